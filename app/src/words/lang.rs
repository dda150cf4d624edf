//! The languages the dashboard speaks, and which one a request gets: the picker's cookie if
//! the admin chose one, else the browser's `Accept-Language`, else English.

/// The cookie holding the picker's choice.
pub const LANG_COOKIE: &str = "lang";

/// A language with a complete catalogue in `app/locales/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the catalogue every other is checked against.
    #[default]
    En,
    /// German.
    De,
    /// Japanese.
    Ja,
    /// The pseudo-locale: English accented and a third longer, so words missing from the
    /// catalogues and layouts too tight for longer languages show. Never negotiated from a
    /// browser's languages: only the picker's cookie chooses it (translators and tests).
    Pseudo,
}

impl Lang {
    /// The languages the picker offers, in its order.
    pub const OFFERED: [Lang; 3] = [Lang::En, Lang::De, Lang::Ja];

    /// Every language with a catalogue, the pseudo-locale last.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Ja, Lang::Pseudo];

    /// The BCP 47 tag: `<html lang>`, the cookie, the catalogue's file name.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Ja => "ja",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's own name for itself, as the picker lists it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Ja => "日本語",
            Lang::Pseudo => "Ƥšéûđö",
        }
    }

    /// The language a tag names exactly (case aside); `None` for anything else.
    pub fn parse(tag: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.tag().eq_ignore_ascii_case(tag.trim()))
    }
}

/// The language of a request with these headers.
#[cfg(feature = "ssr")]
pub fn from_headers(headers: &http::HeaderMap) -> Lang {
    chosen(headers).unwrap_or_else(|| accepted(headers))
}

/// The picker's choice, if the request carries a valid one.
#[cfg(feature = "ssr")]
fn chosen(headers: &http::HeaderMap) -> Option<Lang> {
    crate::shared::cookie::cookie(headers, LANG_COOKIE).and_then(|value| Lang::parse(&value))
}

/// The best of the offered languages for the browser's `Accept-Language` (its quality values
/// and regional variants weighed by Fluent's negotiation), English when none matches.
#[cfg(feature = "ssr")]
fn accepted(headers: &http::HeaderMap) -> Lang {
    use fluent_langneg::{negotiate_languages, NegotiationStrategy};
    use unic_langid::LanguageIdentifier;
    // A header longer than any browser sends is junk: English, without parsing it.
    const LONGEST: usize = 1024;
    let Some(header) = headers
        .get(http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .filter(|h| h.len() <= LONGEST)
    else {
        return Lang::En;
    };
    let requested = fluent_langneg::accepted_languages::parse(header);
    let available: Vec<LanguageIdentifier> = Lang::OFFERED
        .iter()
        .filter_map(|lang| lang.tag().parse().ok())
        .collect();
    let best = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    best.first()
        .and_then(|id| Lang::parse(&id.to_string()))
        .unwrap_or(Lang::En)
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn with(name: http::HeaderName, value: &str) -> http::HeaderMap {
        let mut headers = http::HeaderMap::new();
        headers.insert(name, http::HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn the_browsers_languages_choose_by_preference() {
        let of = |v| from_headers(&with(http::header::ACCEPT_LANGUAGE, v));
        assert_eq!(of("de-DE,de;q=0.9,en;q=0.8"), Lang::De);
        assert_eq!(of("fr-FR, ja;q=0.5, en;q=0.3"), Lang::Ja);
        assert_eq!(of("en-US,en;q=0.9"), Lang::En);
        // Nothing offered, junk and the pseudo-locale's tag all get English.
        assert_eq!(of("sv-SE"), Lang::En);
        assert_eq!(of(";;;q=x,,"), Lang::En);
        assert_eq!(of("en-XA"), Lang::En);
        assert_eq!(of(&"de,".repeat(600)), Lang::En);
        assert_eq!(from_headers(&http::HeaderMap::new()), Lang::En);
    }

    #[test]
    fn the_pickers_cookie_wins_and_junk_in_it_counts_as_none() {
        let mut headers = with(http::header::ACCEPT_LANGUAGE, "de");
        headers.insert(http::header::COOKIE, "theme=dark; lang=ja".parse().unwrap());
        assert_eq!(from_headers(&headers), Lang::Ja);
        headers.insert(http::header::COOKIE, "lang=en-xa".parse().unwrap());
        assert_eq!(from_headers(&headers), Lang::Pseudo);
        headers.insert(http::header::COOKIE, "lang=<script>".parse().unwrap());
        assert_eq!(from_headers(&headers), Lang::De);
    }
}
