//! Waiting-time alerts on the sessions page as the server writes it (so without JavaScript):
//! the row's mark, the count in the title and above the table, overdue customers first.

use crate::common;

use common::*;
use rescue_sim::model::Status;
use rescue_sim::seed::{self, ids};

/// The waiting sessions of the whole account, longest wait first.
fn waiting_sessions(h: &Harness) -> Vec<u32> {
    h.sim.with_account(|a| {
        let mut waiting: Vec<_> = a
            .sessions()
            .filter(|s| s.status == Status::Waiting)
            .map(|s| (s.changed, s.id))
            .collect();
        waiting.sort();
        waiting.into_iter().map(|(_, id)| id).collect()
    })
}

/// The sessions of the page's rows, in order.
fn row_order(page: &str) -> Vec<u32> {
    page.split("<tr data-session=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next()?.parse().ok())
        .collect()
}

fn title(page: &str) -> &str {
    let start = page.find("<title>").expect("a title") + "<title>".len();
    &page[start..start + page[start..].find("</title>").expect("closed")]
}

#[tokio::test]
async fn overdue_customers_are_marked_counted_and_listed_first() {
    let h = Harness::builder().alerting(1).build().await;
    let waiting = waiting_sessions(&h);
    assert!(waiting.len() >= 2, "the seed has waiting sessions");
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let page = browser
        .get(&h, &format!("/sessions?node={}&noderef=NODE", ids::ROOT))
        .await
        .body;
    let marks = page.matches("class=\"wait-alert\">waiting ").count();
    assert!(
        marks >= waiting.len(),
        "{marks} marks for {} waiting",
        waiting.len()
    );
    let count = row_order(&page)
        .into_iter()
        .filter(|id| waiting.contains(id))
        .count();
    assert_eq!(title(&page), format!("({count}) Sessions — Demo Company"));
    assert!(
        page.contains(&format!("data-alerts=\"{count}\"")),
        "the line above the table"
    );
    assert!(page.contains(&format!("{count} customers waiting longer than 1 s")));
    // First by default, the longest wait first.
    let order = row_order(&page);
    let first: Vec<u32> = order.iter().copied().take(count).collect();
    assert!(
        first.iter().all(|id| waiting.contains(id)),
        "{first:?} vs {waiting:?}"
    );
    // An order the admin chose is kept as chosen.
    let by_id = browser
        .get(
            &h,
            &format!("/sessions?node={}&noderef=NODE&sort=session", ids::ROOT),
        )
        .await
        .body;
    let order = row_order(&by_id);
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
    assert!(by_id.contains("class=\"wait-alert\""), "still marked");
}

#[tokio::test]
async fn no_alert_below_the_limit_or_when_switched_off() {
    for secs in [0, 86_400] {
        let h = Harness::builder().alerting(secs).build().await;
        let mut browser = Browser::new(false);
        browser.sign_in(&h, seed::DEMO_ADMIN).await;
        let page = browser.get(&h, "/sessions").await.body;
        assert!(
            !page.contains("class=\"wait-alert\""),
            "WAIT_ALERT_SECS={secs}"
        );
        assert!(!page.contains("id=\"wait-alerts\""));
        assert_eq!(title(&page), "Sessions — Technicians");
    }
}
