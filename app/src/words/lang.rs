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
    /// Spanish.
    Es,
    /// French.
    Fr,
    /// Italian.
    It,
    /// Dutch.
    Nl,
    /// Portuguese as written in Brazil.
    PtBr,
    /// Japanese.
    Ja,
    /// Korean.
    Ko,
    /// Chinese in simplified characters.
    ZhHans,
    /// The pseudo-locale: English accented and a third longer, so words missing from the
    /// catalogues and layouts too tight for longer languages show. Never negotiated from a
    /// browser's languages: only the picker's cookie chooses it (translators and tests).
    Pseudo,
}

impl Lang {
    /// The languages the picker offers, in its order: the Administration Center's set, the
    /// Latin-script ones first.
    pub const OFFERED: [Lang; 10] = [
        Lang::En,
        Lang::De,
        Lang::Es,
        Lang::Fr,
        Lang::It,
        Lang::Nl,
        Lang::PtBr,
        Lang::Ja,
        Lang::Ko,
        Lang::ZhHans,
    ];

    /// Every language with a catalogue: the offered ones, the pseudo-locale last.
    pub const ALL: [Lang; Lang::OFFERED.len() + 1] = {
        let mut all = [Lang::Pseudo; Lang::OFFERED.len() + 1];
        let mut i = 0;
        while i < Lang::OFFERED.len() {
            all[i] = Lang::OFFERED[i];
            i += 1;
        }
        all
    };

    /// The BCP 47 tag: `<html lang>`, the cookie, the catalogue's file name.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::It => "it",
            Lang::Nl => "nl",
            Lang::PtBr => "pt-BR",
            Lang::Ja => "ja",
            Lang::Ko => "ko",
            // The script, not a country: mainland China and Singapore both write it.
            Lang::ZhHans => "zh-Hans",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's own name for itself, as the picker lists it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::It => "Italiano",
            Lang::Nl => "Nederlands",
            Lang::PtBr => "Português (Brasil)",
            Lang::Ja => "日本語",
            Lang::Ko => "한국어",
            Lang::ZhHans => "简体中文",
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
    // A browser set to traditional Chinese also sends the bare `zh` after it (Chrome in Taiwan:
    // `zh-TW,zh;q=0.9,en-US;q=0.8`): that `zh` means the same reader, so it is dropped too.
    let mut reads_traditional = false;
    let requested: Vec<LanguageIdentifier> = fluent_langneg::accepted_languages::parse(header)
        .into_iter()
        .filter(|id| {
            let traditional = traditional_chinese(id);
            let bare = id.language.as_str() == "zh" && id.script.is_none() && id.region.is_none();
            reads_traditional |= traditional;
            !(traditional || (reads_traditional && bare))
        })
        .collect();
    let available: Vec<LanguageIdentifier> = Lang::OFFERED
        .iter()
        .filter_map(|lang| lang.tag().parse().ok())
        .collect();
    let best = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    best.first()
        .and_then(|id| Lang::parse(&id.to_string()))
        .unwrap_or(Lang::En)
}

/// Whether `id` asks for Chinese in traditional characters (`zh-Hant`, or a place that writes
/// them: Taiwan, Hong Kong, Macau). Negotiation alone would give such a browser the simplified
/// catalogue (it falls back from `zh-TW` to any `zh`), which is the wrong script for its
/// reader; it gets the next language it accepts instead.
#[cfg(feature = "ssr")]
fn traditional_chinese(id: &unic_langid::LanguageIdentifier) -> bool {
    if id.language.as_str() != "zh" {
        return false;
    }
    match id.script {
        Some(script) => script.as_str() == "Hant",
        None => id
            .region
            .is_some_and(|region| matches!(region.as_str(), "TW" | "HK" | "MO")),
    }
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
        assert_eq!(of("sv-SE, ja;q=0.5, en;q=0.3"), Lang::Ja);
        assert_eq!(of("en-US,en;q=0.9"), Lang::En);
        // Regional variants reach their language; Chinese goes by script, so a browser set
        // to traditional characters (Taiwan, Hong Kong) is not given simplified ones.
        assert_eq!(of("es-MX,es;q=0.9"), Lang::Es);
        assert_eq!(of("fr-CA"), Lang::Fr);
        assert_eq!(of("it-IT"), Lang::It);
        assert_eq!(of("nl-BE"), Lang::Nl);
        assert_eq!(of("pt-BR"), Lang::PtBr);
        assert_eq!(of("pt"), Lang::PtBr);
        assert_eq!(of("ko-KR,ko;q=0.9"), Lang::Ko);
        assert_eq!(of("zh-CN,zh;q=0.9"), Lang::ZhHans);
        assert_eq!(of("zh-Hans"), Lang::ZhHans);
        assert_eq!(of("zh-TW"), Lang::En);
        assert_eq!(of("zh-Hant-HK, ja;q=0.5"), Lang::Ja);
        assert_eq!(of("zh-SG"), Lang::ZhHans);
        // What Chrome sends in Taiwan and Hong Kong: the bare `zh` it adds is the same reader.
        assert_eq!(of("zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7"), Lang::En);
        assert_eq!(of("zh-HK,zh;q=0.9,ja;q=0.5"), Lang::Ja);
        // A bare `zh` put first is a reader of either script: simplified it is.
        assert_eq!(of("zh,zh-TW;q=0.5"), Lang::ZhHans);
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
