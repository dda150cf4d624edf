//! The rows the server writes and the rows the browser keeps live, compared: both render one
//! `RowLook`, and these tests hold them to the same markup.

use leptos::prelude::*;

use crate::actions::ActOnSession;
use crate::core::Page;
use crate::sessions::live::{Fetching, Live};
use crate::sessions::look::Place;
use crate::sessions::row_html::*;
use crate::sessions::rows::LiveRows;
use crate::sessions::{Loaded, SessionsView};
use crate::shared::action::SessionAction;
use crate::shared::address::{NodeAddress, NodeRef};
use crate::shared::row::Row;
use crate::shared::row::{Badge, PendingMark};

const CLOCK: i64 = 1_795_000_000;
/// Past 4 minutes a waiting customer is alerted: the queued row (5 minutes) is.
const ALERT: u32 = 240;

/// A row of the tests' list (also the live changes' tests).
pub(crate) fn row(id: u32, technician_id: u32, status: &str, badge: Badge) -> Row {
    Row {
        id,
        status: status.into(),
        badge,
        technician_id,
        technician: if technician_id == 0 {
            String::new()
        } else {
            format!("Tech {technician_id}")
        },
        channel: "Support Channel".into(),
        start_time: "11/29/2026 2:07 AM".into(),
        started_at: CLOCK - 900,
        waiting_secs: Some(300),
        changed_at: CLOCK - 300,
        customer: "Kofi".into(),
        custom_text: String::new(),
        language: "en".into(),
        transfer: String::new(),
        lead: false,
        pending: None,
        recorded: false,
        transferring: false,
    }
}

/// Rows in every state the table shows differently, with text that needs escaping.
fn rows() -> Vec<Row> {
    let queued = row(1_073_200_000, 0, "Waiting", Badge::Waiting);
    let mut led = row(1_073_200_002, 337_202, "Active", Badge::Live);
    led.lead = true;
    led.customer = r#"<b>Kofi & "Sons"</b>"#.into();
    led.transfer = "Ana — needs a specialist".into();
    led.pending = Some(PendingMark {
        action: SessionAction::Cancel,
        requested_at: CLOCK - 20,
        requested_text: "14:03:27 UTC".into(),
        uncertain: false,
    });
    let mut localized = row(1_073_200_003, 337_203, "En attente <tech>", Badge::Unknown);
    localized.technician = "O'Brien".into();
    localized.channel = String::new();
    localized.language = String::new();
    // Rescue gave no waiting time.
    localized.waiting_secs = None;
    localized.changed_at = 0;
    let finished = row(
        1_073_200_004,
        337_204,
        "Closed by technician",
        Badge::Finished,
    );
    let mut held = row(1_073_200_005, 337_205, "On Hold", Badge::OnHold);
    // Rescue posted this one: its ID links to its record.
    held.recorded = true;
    // A clock behind the change (two servers' clocks apart).
    held.changed_at = CLOCK + 30;
    let mut recent = row(1_073_200_006, 337_206, "Active", Badge::Live);
    recent.changed_at = CLOCK - 42;
    recent.pending = Some(PendingMark {
        action: SessionAction::Hold,
        requested_at: CLOCK - 5,
        requested_text: "09:00:00 UTC".into(),
        uncertain: true,
    });
    // Rescue may list a session and technician twice.
    let twice = led.clone();
    vec![queued, led, localized, finished, held, recent, twice]
}

fn place() -> Place {
    Place {
        node: NodeAddress {
            id: 337_020,
            kind: NodeRef::Node,
        },
        back: "/sessions?node=337020&noderef=NODE".into(),
    }
}

/// The rows as the browser's reactive table renders them, without hydration markers.
fn reactive_rows(rows: Vec<Row>) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let loaded: Signal<Loaded> = Signal::stored(Page::Ready(SessionsView {
            rows,
            now: CLOCK,
            ..Default::default()
        }));
        let live = Live::start(
            Callback::new(|_: bool| {}),
            loaded,
            RwSignal::new(CLOCK),
            Fetching::new(),
            (Signal::stored(15), ALERT),
            Signal::stored(false),
        );
        let picker = Memo::new(|_| Vec::new());
        let act = ServerAction::<ActOnSession>::new();
        let chosen = RwSignal::new(None);
        let place = place();
        view! { <LiveRows loaded live picker place act chosen/> }
            .to_html()
            .replace("<!>", "")
    })
}

#[test]
fn the_server_writes_the_rows_the_browser_renders() {
    let reactive = reactive_rows(rows());
    let shown = rows_html_with(&rows(), (CLOCK, ALERT), &place(), Readable::Shown);
    let written = format!("<tbody>{shown}</tbody>");
    assert_eq!(written, reactive);
    assert_eq!(written.matches("<tr ").count(), rows().len());
}

/// The reader's view of an HTML parser's element, as a browser's DOM gives it.
impl crate::sessions::page_rows::PageElement for scraper::ElementRef<'_> {
    fn attribute(&self, name: &str) -> Option<String> {
        self.attr(name).map(str::to_owned)
    }

    fn text(&self) -> Option<String> {
        Some(scraper::ElementRef::text(self).collect())
    }

    fn child(&self, index: u32) -> Option<Self> {
        self.child_elements().nth(index as usize)
    }

    fn has_children(&self) -> bool {
        self.child_elements().next().is_some()
    }
}

/// Reads `html`'s rows as `page_rows::read` does in the browser, with a browser's parser.
fn read_back(html: &str) -> Vec<Option<Row>> {
    let page = scraper::Html::parse_document(&format!("<table><tbody>{html}</tbody></table>"));
    let rows = scraper::Selector::parse("tbody > tr").unwrap();
    page.select(&rows)
        .map(|tr| crate::sessions::page_rows::row_of(&tr))
        .collect()
}

#[test]
fn the_browser_reads_back_the_rows_the_props_no_longer_carry() {
    // What the island's props carried before: the rows as they travel (`RowWire`).
    let travelled: Vec<Row> = rows()
        .into_iter()
        .map(|row| serde_json::from_value(serde_json::to_value(row).unwrap()).unwrap())
        .collect();
    let read: Vec<Option<Row>> = read_back(&rows_html(&rows(), (CLOCK, ALERT), &place()));
    assert_eq!(read, travelled.into_iter().map(Some).collect::<Vec<_>>());

    // A row someone altered in the page is not taken for a row of the list.
    let html = rows_html(&rows()[..1], (CLOCK, ALERT), &place());
    for altered in [
        html.replace("data-session=\"1073200000\"", "data-session=\"x\""),
        html.replace("badge waiting", "badge shiny"),
        html.replace(
            &format!("data-changed=\"{}\"", CLOCK - 300),
            "data-changed=\"soon\"",
        ),
    ] {
        assert_ne!(altered, html);
        assert_eq!(read_back(&altered), vec![None], "{altered}");
    }
}

#[test]
fn rescue_text_is_escaped_and_each_state_shows() {
    let html = rows_html(&rows(), (CLOCK, ALERT), &place());
    assert!(
        html.contains("&lt;b&gt;Kofi &amp; \"Sons\"&lt;/b&gt;"),
        "{html}"
    );
    assert!(html.contains("En attente &lt;tech&gt;"));
    assert!(!html.contains("<b>") && !html.contains("<tech>"));
    assert!(html.contains(
        r#"<span class="pending-mark">Cancel requested at 14:03:27 UTC, pending</span>"#
    ));
    assert!(html.contains(r#"class="button small cancel-action highlight""#));
    assert!(html.contains(
        r#"<tr data-session="1073200002" data-technician="337202" data-changed="1794999700" data-pending="001794999980 14:03:27 UTC" class="has-pending">"#
    ));
    assert!(html.contains(r#"Tech 337202<span class="muted"> (lead)</span>"#));
    assert!(html.contains(
        r#"class="pick"><a href="/outcomes/1073200005" aria-label="Record of session 1073200005">1073200005</a></td>"#
    ));
    assert!(html.contains(r#"class="pick">1073200004</td>"#));
    assert!(html.contains(r#"<span class="age">5 min</span>"#));
    assert!(html.contains(r#"<span class="age">42 s</span>"#));
    assert!(html.contains(r#"<span class="age">0 s</span>"#));
    assert!(html.contains(
        r#"href="/sessions/cancel?session=1073200000&amp;technician=0&amp;node=337020&amp;noderef=NODE""#
    ));
    // A finished session offers Cancel action only; a waiting one Transfer, Start, Close.
    let finished = html
        .split("<tr ")
        .find(|r| r.contains("1073200004"))
        .unwrap_or_default();
    assert!(finished.contains("<ul></ul>"), "{finished}");
    let queued = html
        .split("<tr ")
        .find(|r| r.contains("1073200000"))
        .unwrap_or_default();
    for action in ["Transfer", "Start", "Close"] {
        assert!(queued.contains(&format!(">{action}</a>")), "{action}");
    }
    assert!(!queued.contains(">Hold</a>"));
}
