//! One language's messages in the form both ends format them from: text, the values a message
//! is given, and choices by plural category or by value.
//!
//! The server compiles the Fluent catalogues (`app/locales/*.ftl`) into this form once; the
//! browser gets the active language's copy with the page's island and formats with the same
//! code, so a hydrated page says exactly what the server rendered. A Fluent runtime in the
//! browser would have cost 43 KB of the bundle's gzip budget; plural rules and number formats
//! come from the browser's own `Intl` there (CLDR, like the server's ICU4X).

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A piece of a message. Externally tagged with one-letter names: the browser's reader of
/// this form stays small (an untagged enum would buffer every value to try each variant).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Part {
    /// Words as written.
    #[serde(rename = "t")]
    Text(String),
    /// The value given under this name (`{ $session }`).
    #[serde(rename = "a")]
    Arg {
        /// The value's name.
        a: String,
    },
    /// A choice on a value (`{ $count -> [one] … *[other] … }`): the first case whose key is
    /// the number itself, its plural category, or the text, else the default.
    #[serde(rename = "s")]
    Select {
        /// The value chosen on.
        s: String,
        /// The cases, in the catalogue's order.
        c: Vec<(String, Vec<Part>)>,
        /// The default case (`*[…]`).
        d: Vec<Part>,
    },
}

/// A value a message is given.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arg<'a> {
    /// A count or measure: written with the language's digit grouping, chosen on by plural
    /// category. Identifiers (session IDs, HTTP statuses) are [`Arg::Text`]: never grouped.
    Num(u64),
    /// Anything else, as it is.
    Text(&'a str),
    /// A count not known yet: chosen on as this plural category, written as this text. For
    /// the page's scripts, which fill in the count themselves (`{n}`).
    Plural(&'static str, &'a str),
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Num(n as u64)
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize);

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

/// One language's compiled messages.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Catalogue {
    /// The language's BCP 47 tag (`<html lang>`, `Intl`).
    pub lang: String,
    /// The messages by key.
    pub messages: HashMap<String, Vec<Part>>,
}

impl Catalogue {
    /// The message `key` with `args`. A key the catalogue lacks is written as the key itself,
    /// so it stands out on the page (the catalogue tests keep that from shipping).
    pub fn format(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let mut out = String::new();
        match self.messages.get(key) {
            Some(parts) => self.write(parts, args, &mut out),
            None => out.push_str(key),
        }
        out
    }

    fn write(&self, parts: &[Part], args: &[(&str, Arg)], out: &mut String) {
        for part in parts {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::Arg { a } => match find(args, a) {
                    Some(Arg::Num(n)) => out.push_str(&super::locale::number(&self.lang, n)),
                    Some(Arg::Text(text) | Arg::Plural(_, text)) => out.push_str(text),
                    // A catalogue naming a value the code does not give: visible, not a panic.
                    None => {
                        out.push('{');
                        out.push_str(a);
                        out.push('}');
                    }
                },
                Part::Select { s, c, d } => {
                    let chosen = match find(args, s) {
                        Some(Arg::Num(n)) => {
                            let category = super::locale::plural(&self.lang, n);
                            let exact = n.to_string();
                            c.iter()
                                .find(|(key, _)| *key == exact)
                                .or_else(|| c.iter().find(|(key, _)| key == category))
                        }
                        Some(Arg::Text(text)) => c.iter().find(|(key, _)| key == text),
                        Some(Arg::Plural(category, _)) => c.iter().find(|(key, _)| key == category),
                        None => None,
                    };
                    self.write(chosen.map_or(d, |(_, parts)| parts), args, out);
                }
            }
        }
    }
}

fn find<'a>(args: &[(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    args.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}
