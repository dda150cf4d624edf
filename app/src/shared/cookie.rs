//! Reading one cookie of a request: the preferences the pickers keep (colours, language), the
//! single sign-on's binding.

/// The value of the cookie `name` the request carries, if any (the first, as browsers send
/// the most specific first); cookies that do not parse are passed over.
pub fn cookie(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(tower_sessions::cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_owned())
}
