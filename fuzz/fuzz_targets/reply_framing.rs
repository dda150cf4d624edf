//! Reply framing: any bytes either frame or fail cleanly, and a framed reply keeps its promises
//! (an upper-case code, `\n` line ends only, the payload a suffix of the normalised body).
#![no_main]

use libfuzzer_sys::fuzz_target;
use rescue::Reply;

fuzz_target!(|bytes: &[u8]| {
    let Ok(reply) = Reply::from_bytes(bytes.to_vec()) else {
        return;
    };
    let text = std::str::from_utf8(bytes).expect("framed bytes are UTF-8");
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    assert!(
        normalised.ends_with(reply.payload()),
        "payload is not the body's tail"
    );
    assert!(normalised.to_ascii_uppercase().contains(&reply.code));
    assert!(!reply.code.is_empty() && reply.code.len() <= 64);
});
