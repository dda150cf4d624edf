//! The catalogues against the code and each other: every key the code says is in English,
//! every English key is said somewhere, every language has exactly English's keys and values,
//! and every catalogue compiles without a problem.

use std::collections::BTreeSet;
use std::path::Path;

use super::catalogue::{Arg, Catalogue, Part};
use super::compile::{catalogue, compile, source};
use super::lang::Lang;

/// The calls that name a key, as the code writes them.
const CALLS: [&str; 5] = ["say!(", "t(", "tr(", "pieces(", "count_templates("];

/// Every key the Rust sources of `dir` name.
fn keys_in(dir: &Path, found: &mut BTreeSet<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            keys_in(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for call in CALLS {
                for (at, _) in text.match_indices(call) {
                    // `t("` is also the end of `get("`: only a call of its own counts.
                    let before = text[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let Some(rest) = text[at + call.len()..].trim_start().strip_prefix('"') else {
                        continue;
                    };
                    let key = rest.split('"').next().unwrap_or_default();
                    let is_key = key.starts_with(|c: char| c.is_ascii_lowercase())
                        && key
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    if is_key {
                        found.insert(key.to_owned());
                    }
                }
            }
        }
    }
}

fn used_keys() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut keys = BTreeSet::new();
    keys_in(&root.join("src"), &mut keys);
    keys_in(&root.join("../server/src"), &mut keys);
    // The key this file names in its own test.
    keys.remove("no-such-key");
    keys
}

/// The names of the values a message's parts use, selections included.
fn values(parts: &[Part], out: &mut BTreeSet<String>) {
    for part in parts {
        match part {
            Part::Text(_) => {}
            Part::Arg { a } => {
                out.insert(a.clone());
            }
            Part::Select { s, c, d } => {
                out.insert(s.clone());
                for (_, parts) in c {
                    values(parts, out);
                }
                values(d, out);
            }
        }
    }
}

fn own(lang: Lang) -> Catalogue {
    let (catalogue, problems) = compile(lang.tag(), source(lang));
    assert!(problems.is_empty(), "{}: {problems:#?}", lang.tag());
    catalogue
}

#[test]
fn every_key_the_code_says_is_in_english_and_every_english_key_is_said() {
    let english: BTreeSet<String> = own(Lang::En).messages.into_keys().collect();
    let used = used_keys();
    let missing: Vec<_> = used.difference(&english).collect();
    let unused: Vec<_> = english.difference(&used).collect();
    assert!(
        missing.is_empty(),
        "keys the code uses that en.ftl lacks: {missing:?}"
    );
    assert!(unused.is_empty(), "keys of en.ftl no code uses: {unused:?}");
}

#[test]
fn every_language_has_englishs_keys_and_values_and_no_other() {
    let english = own(Lang::En);
    for lang in Lang::OFFERED.into_iter().filter(|l| *l != Lang::En) {
        let catalogue = own(lang);
        let theirs: BTreeSet<&String> = catalogue.messages.keys().collect();
        let ours: BTreeSet<&String> = english.messages.keys().collect();
        let missing: Vec<_> = ours.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&ours).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
        assert!(
            extra.is_empty(),
            "{} has keys English lacks: {extra:?}",
            lang.tag()
        );
        for (key, parts) in &catalogue.messages {
            let (mut mine, mut englishs) = (BTreeSet::new(), BTreeSet::new());
            values(parts, &mut mine);
            values(&english.messages[key], &mut englishs);
            // A translation may leave a value out (a language without plural words needs no
            // count to choose on), but never name one the code does not give.
            let unknown: Vec<_> = mine.difference(&englishs).collect();
            assert!(
                unknown.is_empty(),
                "{} {key}: unknown values {unknown:?}",
                lang.tag()
            );
        }
    }
}

#[test]
fn a_message_formats_its_values_plurals_and_choices() {
    let english = catalogue(Lang::En);
    assert_eq!(
        english.format("row-count", &[("total", Arg::Num(1))]),
        "1 row."
    );
    assert_eq!(
        english.format("row-count", &[("total", Arg::Num(1234))]),
        "1,234 rows."
    );
    assert_eq!(
        english.format("history-count", &[("count", Arg::Num(0))]),
        "No recorded actions match."
    );
    let german = catalogue(Lang::De);
    assert_eq!(
        german.format("row-count", &[("total", Arg::Num(1234))]),
        "1.234 Zeilen."
    );
    let japanese = catalogue(Lang::Ja);
    assert!(japanese
        .format("row-count", &[("total", Arg::Num(7))])
        .contains('7'));
    // Each language's own plural rules and digit grouping, as CLDR has them: French counts 0
    // as singular and groups with a narrow no-break space; Spanish and Italian group only from
    // five digits; Korean and Chinese have no plural words at all.
    let rows = |lang, n| catalogue(lang).format("row-count", &[("total", Arg::Num(n))]);
    assert_eq!(rows(Lang::Fr, 0), "0 ligne.");
    assert_eq!(rows(Lang::Fr, 1234), "1\u{202f}234 lignes.");
    assert_eq!(rows(Lang::Es, 1), "1 fila.");
    assert_eq!(rows(Lang::Es, 1234), "1234 filas.");
    assert_eq!(rows(Lang::Es, 12345), "12.345 filas.");
    assert_eq!(rows(Lang::It, 1234), "1234 righe.");
    assert_eq!(rows(Lang::It, 12345), "12.345 righe.");
    assert_eq!(rows(Lang::Nl, 1), "1 rij.");
    assert_eq!(rows(Lang::PtBr, 1234), "1.234 linhas.");
    assert_eq!(rows(Lang::Ko, 1234), "1,234행.");
    assert_eq!(rows(Lang::ZhHans, 1234), "1,234 行。");
    // A key no catalogue has shows as itself; a value not given, by name.
    assert_eq!(english.format("no-such-key", &[]), "no-such-key");
    assert_eq!(english.format("row-count", &[]), "{total} rows.");
}

#[test]
fn the_pseudo_locale_accents_every_message_and_makes_it_a_third_longer() {
    let (english, pseudo) = (catalogue(Lang::En), catalogue(Lang::Pseudo));
    // The letters of a message, without the names of the values it was not given.
    let letters = |text: &str| {
        let mut inside = false;
        text.chars()
            .filter(|c| {
                inside = (inside || *c == '{') && *c != '}';
                !inside && *c != '}'
            })
            .count()
    };
    for key in english.messages.keys() {
        let (plain, long) = (english.format(key, &[]), pseudo.format(key, &[]));
        assert!(
            long.starts_with('⟦') && long.ends_with('⟧'),
            "{key}: {long}"
        );
        assert!(letters(&long) * 10 >= letters(&plain) * 12, "{key}: {long}");
    }
    assert_eq!(pseudo.format("sign-out", &[]), "⟦Šîĝñ öût···⟧");
}

/// Every (message, value chosen on, case key) in `lang`'s source, default cases included.
fn case_keys(lang: Lang) -> BTreeSet<(String, String, String)> {
    use fluent_syntax::ast;
    fn walk(key: &str, value: &ast::Pattern<&str>, out: &mut BTreeSet<(String, String, String)>) {
        for element in &value.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_keys(key, expression, out);
            }
        }
    }
    fn expression_keys(
        key: &str,
        expression: &ast::Expression<&str>,
        out: &mut BTreeSet<(String, String, String)>,
    ) {
        let ast::Expression::Select { selector, variants } = expression else {
            return;
        };
        let ast::InlineExpression::VariableReference { id } = selector else {
            return;
        };
        for variant in variants {
            let case = match &variant.key {
                ast::VariantKey::Identifier { name } => name.to_string(),
                ast::VariantKey::NumberLiteral { value } => value.to_string(),
            };
            out.insert((key.to_owned(), id.name.to_owned(), case));
            walk(key, &variant.value, out);
        }
    }
    let resource = match fluent_syntax::parser::parse(source(lang)) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    let mut out = BTreeSet::new();
    for entry in &resource.body {
        if let ast::Entry::Message(message) = entry {
            if let Some(value) = &message.value {
                walk(message.id.name, value, &mut out);
            }
        }
    }
    out
}

#[test]
fn every_languages_choices_name_only_cases_the_code_gives() {
    // A mistyped case (`[hlod]`) would never be chosen: the default's words would show for
    // it, silently wrong. A case is English's, a CLDR plural category, or a number.
    const PLURALS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    let english = case_keys(Lang::En);
    for lang in Lang::OFFERED.into_iter().filter(|l| *l != Lang::En) {
        let stray: Vec<_> = case_keys(lang)
            .into_iter()
            .filter(|(message, on, case)| {
                !english.contains(&(message.clone(), on.clone(), case.clone()))
                    && !PLURALS.contains(&case.as_str())
                    && case.parse::<u64>().is_err()
            })
            .collect();
        assert!(
            stray.is_empty(),
            "{}: cases English lacks: {stray:?}",
            lang.tag()
        );
    }
}
