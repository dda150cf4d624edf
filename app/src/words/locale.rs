//! A language's plural categories and digit grouping: CLDR's rules on both ends, through ICU4X
//! on the server and the browser's own `Intl` in the browser (no rule tables in the bundle).

/// The CLDR cardinal plural category of `n` in `lang`: "one", "few", "many", "other"…
pub fn plural(lang: &str, n: u64) -> &'static str {
    imp::plural(lang, n)
}

/// `n` with `lang`'s digits and grouping: "1,234", "1.234", "1 234".
pub fn number(lang: &str, n: u64) -> String {
    // Below a thousand every language here writes the plain digits: no lookup needed.
    if n < 1000 {
        return n.to_string();
    }
    imp::number(lang, n)
}

#[cfg(feature = "ssr")]
mod imp {
    use icu_decimal::input::Decimal;
    use icu_decimal::DecimalFormatter;
    use icu_locale_core::Locale;
    use icu_plurals::{PluralCategory, PluralRules};
    use std::cell::RefCell;
    use std::collections::HashMap;

    /// A language's formatters, made once per thread (they are not cheap to make).
    struct Formats {
        decimal: Option<DecimalFormatter>,
        plurals: Option<PluralRules>,
    }

    thread_local! {
        static FORMATS: RefCell<HashMap<String, Formats>> = RefCell::new(HashMap::new());
    }

    fn with<R>(lang: &str, f: impl FnOnce(&Formats) -> R) -> R {
        FORMATS.with(|cache| {
            let mut cache = cache.borrow_mut();
            let formats = cache.entry(lang.to_owned()).or_insert_with(|| {
                let locale: Locale = lang.parse().unwrap_or(Locale::UNKNOWN);
                Formats {
                    decimal: DecimalFormatter::try_new((&locale).into(), Default::default()).ok(),
                    plurals: PluralRules::try_new_cardinal((&locale).into()).ok(),
                }
            });
            f(formats)
        })
    }

    pub fn plural(lang: &str, n: u64) -> &'static str {
        with(lang, |f| {
            match f.plurals.as_ref().map(|p| p.category_for(n)) {
                Some(PluralCategory::Zero) => "zero",
                Some(PluralCategory::One) => "one",
                Some(PluralCategory::Two) => "two",
                Some(PluralCategory::Few) => "few",
                Some(PluralCategory::Many) => "many",
                Some(PluralCategory::Other) => "other",
                None => super::fallback_plural(n),
            }
        })
    }

    pub fn number(lang: &str, n: u64) -> String {
        with(lang, |f| match &f.decimal {
            Some(decimal) => decimal.format(&Decimal::from(n)).to_string(),
            None => n.to_string(),
        })
    }
}

#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
mod imp {
    use js_sys::{Array, Intl, Object};
    use leptos::wasm_bindgen::JsValue;
    use std::cell::RefCell;

    /// The page's one language's formatters, made on first use.
    struct Formats {
        lang: String,
        plurals: Intl::PluralRules,
        numbers: Intl::NumberFormat,
    }

    thread_local! {
        static FORMATS: RefCell<Option<Formats>> = const { RefCell::new(None) };
    }

    fn with<R>(lang: &str, f: impl FnOnce(&Formats) -> R) -> R {
        FORMATS.with(|cell| {
            let mut cell = cell.borrow_mut();
            if cell.as_ref().is_some_and(|formats| formats.lang != lang) {
                *cell = None;
            }
            let formats = cell.get_or_insert_with(|| {
                let locales = Array::of1(&JsValue::from_str(lang));
                Formats {
                    lang: lang.to_owned(),
                    plurals: Intl::PluralRules::new(&locales, &Object::new()),
                    numbers: Intl::NumberFormat::new(&locales, &Object::new()),
                }
            });
            f(formats)
        })
    }

    pub fn plural(lang: &str, n: u64) -> &'static str {
        let category = with(lang, |f| f.plurals.select(n as f64));
        match String::from(category).as_str() {
            "zero" => "zero",
            "one" => "one",
            "two" => "two",
            "few" => "few",
            "many" => "many",
            _ => "other",
        }
    }

    pub fn number(lang: &str, n: u64) -> String {
        with(lang, |f| {
            let format = f.numbers.format();
            format
                .call1(&JsValue::UNDEFINED, &JsValue::from_f64(n as f64))
                .ok()
                .and_then(|text| text.as_string())
                .unwrap_or_else(|| n.to_string())
        })
    }
}

/// Neither end (a build of the types alone): English's rule, plain digits.
#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
mod imp {
    pub fn plural(_lang: &str, n: u64) -> &'static str {
        super::fallback_plural(n)
    }

    pub fn number(_lang: &str, n: u64) -> String {
        n.to_string()
    }
}

/// English's rule, for a language whose rules cannot be had.
#[cfg_attr(all(feature = "hydrate", not(feature = "ssr")), allow(dead_code))]
fn fallback_plural(n: u64) -> &'static str {
    if n == 1 {
        "one"
    } else {
        "other"
    }
}
