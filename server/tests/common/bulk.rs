//! What the bulk action tests share: a confirmation's address, its Confirm form, and its
//! results once every answer is in.

use super::cancel::post_fields;
use super::*;
use axum::http::StatusCode;
use rescue_sim::seed::ids;
use std::time::Duration;

pub fn bulk_page(action: &str, picks: &[(u32, u32)]) -> String {
    let mut address = format!(
        "/sessions/bulk?action={action}&node={}&noderef=NODE",
        ids::ROOT
    );
    for (session, tech) in picks {
        address.push_str(&format!("&pick={session}%3A{tech}"));
    }
    address
}

pub fn rescue_calls(h: &Harness) -> usize {
    h.sim.requests().len()
}

/// Presses Confirm on the confirmation page `html`: the run's results address.
pub async fn confirm_bulk(b: &mut Browser, h: &Harness, html: &str) -> String {
    assert!(html.contains("action=\"/sessions/bulk/run\""), "{html}");
    let reply = post_fields(b, h, "/sessions/bulk/run", &run_form(html)).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let results = reply.location.expect("sent to the results");
    assert!(results.starts_with("/sessions/bulk?run="), "{results}");
    results
}

/// The hidden fields of the confirmation's run form (the rows, their list, the one-time token).
pub fn run_form(html: &str) -> Vec<(String, String)> {
    let start = html
        .find("action=\"/sessions/bulk/run\"")
        .expect("a Confirm form");
    let end = start + html[start..].find("</form>").expect("its end");
    hidden_fields(&html[start..end])
}

/// The results page once every answer is in (it reloads itself until then).
pub async fn finished(b: &mut Browser, h: &Harness, results: &str) -> String {
    for _ in 0..200 {
        let page = b.get(h, results).await;
        assert_eq!(page.status, StatusCode::OK);
        if !page.body.contains("http-equiv=\"refresh\"") {
            return page.body;
        }
        assert!(page.body.contains("answered so far"), "{}", page.body);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the run did not finish");
}
