//! The Fluent catalogues (`app/locales/<tag>.ftl`), compiled once per process into the form
//! both ends format from. The subset of Fluent a catalogue may use: text, `{ $value }`,
//! `{ -term }` and selections on a value; anything else is reported as a problem (the
//! catalogue tests fail on one) and the message falls back to English.

use fluent_syntax::ast;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use super::catalogue::{Catalogue, Part};
use super::lang::Lang;

/// The catalogue sources, built into the server.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En | Lang::Pseudo => include_str!("../../locales/en.ftl"),
        Lang::De => include_str!("../../locales/de.ftl"),
        Lang::Es => include_str!("../../locales/es.ftl"),
        Lang::Fr => include_str!("../../locales/fr.ftl"),
        Lang::It => include_str!("../../locales/it.ftl"),
        Lang::Nl => include_str!("../../locales/nl.ftl"),
        Lang::PtBr => include_str!("../../locales/pt-BR.ftl"),
        Lang::Ja => include_str!("../../locales/ja.ftl"),
        Lang::Ko => include_str!("../../locales/ko.ftl"),
        Lang::ZhHans => include_str!("../../locales/zh-Hans.ftl"),
    }
}

static CATALOGUES: LazyLock<HashMap<Lang, Arc<Catalogue>>> = LazyLock::new(|| {
    let (english, problems) = compile(Lang::En.tag(), source(Lang::En));
    report(Lang::En, &problems);
    let mut all = HashMap::new();
    for lang in Lang::ALL {
        let catalogue = match lang {
            Lang::En => english.clone(),
            Lang::Pseudo => pseudo(&english),
            _ => {
                let (mut own, problems) = compile(lang.tag(), source(lang));
                report(lang, &problems);
                // A message a catalogue lacks is said in English rather than not at all.
                for (key, parts) in &english.messages {
                    own.messages
                        .entry(key.clone())
                        .or_insert_with(|| parts.clone());
                }
                own
            }
        };
        all.insert(lang, Arc::new(catalogue));
    }
    all
});

/// A language's compiled catalogue.
pub fn catalogue(lang: Lang) -> Arc<Catalogue> {
    CATALOGUES.get(&lang).cloned().unwrap_or_default()
}

/// Each catalogue as the browser fetches it: its address, named after its content so
/// browsers keep it for a year and a new build's words are a new address, and its JSON.
static SERVED: LazyLock<HashMap<Lang, (String, String)>> = LazyLock::new(|| {
    use sha2::{Digest, Sha256};
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let json = serde_json::to_string(&*catalogue(lang)).unwrap_or_default();
            let hash = Sha256::digest(json.as_bytes());
            let short: String = hash.iter().take(8).map(|b| format!("{b:02x}")).collect();
            (lang, (format!("/words/{}-{short}.json", lang.tag()), json))
        })
        .collect()
});

/// The address of `lang`'s catalogue for the browser.
pub fn address(lang: Lang) -> String {
    SERVED
        .get(&lang)
        .map(|(address, _)| address.clone())
        .unwrap_or_default()
}

/// The catalogue at `path` (an [`address`]), if it is one.
pub fn served(path: &str) -> Option<&'static str> {
    SERVED
        .values()
        .find(|(address, _)| address == path)
        .map(|(_, json)| json.as_str())
}

fn report(lang: Lang, problems: &[String]) {
    for problem in problems {
        tracing::warn!(lang = lang.tag(), "catalogue problem: {problem}");
    }
}

/// Compiles a Fluent source; the problems name the messages left out or cut short.
pub fn compile(tag: &str, source: &str) -> (Catalogue, Vec<String>) {
    let (resource, mut problems) = match fluent_syntax::parser::parse(source) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => {
            let problems = errors
                .iter()
                .map(|e| format!("syntax error at bytes {:?}: {:?}", e.pos, e.kind))
                .collect();
            (resource, problems)
        }
    };
    let terms: HashMap<&str, &ast::Pattern<&str>> = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Term(term) => Some((term.id.name, &term.value)),
            _ => None,
        })
        .collect();
    let mut messages = HashMap::new();
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let key = message.id.name;
        let Some(value) = &message.value else {
            problems.push(format!("{key}: no value"));
            continue;
        };
        let mut out = Vec::new();
        match pattern(value, &terms, &mut out) {
            Ok(()) => {
                if messages.insert(key.to_owned(), out).is_some() {
                    problems.push(format!("{key}: defined twice"));
                }
            }
            Err(why) => problems.push(format!("{key}: {why}")),
        }
    }
    let catalogue = Catalogue {
        lang: tag.to_owned(),
        messages,
    };
    (catalogue, problems)
}

type Terms<'s> = HashMap<&'s str, &'s ast::Pattern<&'s str>>;

fn pattern(value: &ast::Pattern<&str>, terms: &Terms, out: &mut Vec<Part>) -> Result<(), String> {
    for element in &value.elements {
        match element {
            ast::PatternElement::TextElement { value } => text(out, value),
            ast::PatternElement::Placeable { expression } => {
                expression_parts(expression, terms, out)?
            }
        }
    }
    Ok(())
}

/// Appends text, joined to the text before it (the parser splits lines into pieces).
fn text(out: &mut Vec<Part>, value: &str) {
    match out.last_mut() {
        Some(Part::Text(before)) => before.push_str(value),
        _ => out.push(Part::Text(value.to_owned())),
    }
}

fn expression_parts(
    expression: &ast::Expression<&str>,
    terms: &Terms,
    out: &mut Vec<Part>,
) -> Result<(), String> {
    match expression {
        ast::Expression::Inline(inline) => inline_parts(inline, terms, out),
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id } = selector else {
                return Err("a selection must choose on a $value".into());
            };
            let mut cases = Vec::new();
            let mut default = None;
            for variant in variants {
                let mut parts = Vec::new();
                pattern(&variant.value, terms, &mut parts)?;
                let key = match &variant.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                };
                if variant.default {
                    default = Some(parts.clone());
                }
                cases.push((key, parts));
            }
            out.push(Part::Select {
                s: id.name.to_owned(),
                c: cases,
                d: default.ok_or("a selection without a default")?,
            });
            Ok(())
        }
    }
}

fn inline_parts(
    inline: &ast::InlineExpression<&str>,
    terms: &Terms,
    out: &mut Vec<Part>,
) -> Result<(), String> {
    match inline {
        ast::InlineExpression::StringLiteral { value } => {
            // Fluent's escapes: only the two a catalogue needs (a literal brace is `{"{"}`).
            text(out, &value.replace("\\\"", "\"").replace("\\\\", "\\"));
            Ok(())
        }
        ast::InlineExpression::NumberLiteral { value } => {
            text(out, value);
            Ok(())
        }
        ast::InlineExpression::VariableReference { id } => {
            out.push(Part::Arg {
                a: id.name.to_owned(),
            });
            Ok(())
        }
        ast::InlineExpression::TermReference { id, .. } => match terms.get(id.name) {
            Some(value) => pattern(value, terms, out),
            None => Err(format!("unknown term -{}", id.name)),
        },
        ast::InlineExpression::Placeable { expression } => expression_parts(expression, terms, out),
        _ => Err("only text, $values, -terms and selections are supported".into()),
    }
}

/// The pseudo-locale from English: every letter accented, every message a third longer (as
/// German and French run), inside brackets so a word cut off by a layout shows.
pub fn pseudo(english: &Catalogue) -> Catalogue {
    /// The parts accented, each pattern (a selection's cases too) padded by a third of its
    /// own letters, so whichever case is chosen comes out longer.
    fn accent(parts: &[Part]) -> Vec<Part> {
        let letters: usize = parts
            .iter()
            .map(|p| match p {
                Part::Text(t) => t.chars().count(),
                _ => 0,
            })
            .sum();
        let mut out: Vec<Part> = parts
            .iter()
            .map(|part| match part {
                Part::Text(text) => Part::Text(text.chars().map(accented).collect()),
                Part::Arg { a } => Part::Arg { a: a.clone() },
                Part::Select { s, c, d } => Part::Select {
                    s: s.clone(),
                    c: c.iter().map(|(k, p)| (k.clone(), accent(p))).collect(),
                    d: accent(d),
                },
            })
            .collect();
        out.push(Part::Text("·".repeat(letters.div_ceil(3))));
        out
    }
    let messages = english
        .messages
        .iter()
        .map(|(key, parts)| {
            let mut parts = accent(parts);
            parts.insert(0, Part::Text("⟦".into()));
            parts.push(Part::Text("⟧".into()));
            (key.clone(), parts)
        })
        .collect();
    Catalogue {
        lang: Lang::Pseudo.tag().to_owned(),
        messages,
    }
}

/// A letter with an accent that keeps it readable.
fn accented(c: char) -> char {
    const PLAIN: &str = "aceginorsuyzACEGINORSUYZ";
    const MARKED: &str = "åçéĝîñöŕšûýžÅÇÉĜÎÑÖŔŠÛÝŽ";
    match PLAIN.chars().position(|p| p == c) {
        Some(i) => MARKED.chars().nth(i).unwrap_or(c),
        None => c,
    }
}
