//! Status lines as every method's outcome, requestAuthCode payloads and login `Set-Cookie`
//! headers. The checks themselves live in `rescue::fuzzing`, beside the crate-private parsers.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    rescue::fuzzing::outcome_line(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        rescue::fuzzing::auth_code_payload(text);
        // Headers as reqwest hands them over: visible ASCII only (`HeaderValue::to_str`).
        let headers: Vec<&str> = text
            .split('\n')
            .filter(|h| {
                h.bytes()
                    .all(|b| b == b' ' || b == b'\t' || b.is_ascii_graphic())
            })
            .collect();
        rescue::fuzzing::set_cookie_headers(&headers);
    }
});
