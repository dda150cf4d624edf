//! The action form (`action`, `session`, `target`, `comment`) as any browser or script may
//! post it: refused with a sentence, or a request whose every part is what Rescue accepts.
#![no_main]

use app::actions::request::{check_comment, Call, Request, COMMENT_MAX};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|form: (&str, &str, Option<&str>, Option<&str>)| {
    let (action, session, target, comment) = form;
    let Ok(request) = Request::check(action, session, target, comment) else {
        return;
    };
    assert_eq!(
        request.session.to_string(),
        session.trim().trim_start_matches('0')
    );
    if let Call::Transfer(_, _, comment) = &request.call {
        assert!(comment.chars().count() <= COMMENT_MAX);
        assert_eq!(
            check_comment(comment).as_ref(),
            Ok(comment),
            "not idempotent"
        );
    }
});
