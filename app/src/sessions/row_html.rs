//! The sessions table's rows as the server writes them: plain HTML, straight into one string.
//!
//! Why not the view system: rendering a thousand rows as reactive components (an owner, signals
//! and a type-erased view per cell) took most of the sessions page's server time. The server
//! never updates these rows, so it needs only their markup; the browser builds its own reactive
//! rows once hydrated (`SessionRows`). A test holds this markup to what those reactive rows
//! render, so a page that has not hydrated yet, or never will (no JavaScript), looks and works
//! the same.

use html_escape::{encode_double_quoted_attribute_to_string, encode_text_to_string};

use crate::sessions::live::age_words;
use crate::sessions::look::{ActionLink, RowLook};
use crate::sessions::page_rows::{
    pending_attribute, CHANGED_ATTRIBUTE, LEAD_MARK, PENDING_ATTRIBUTE,
};
use crate::sessions::rows::Place;
use crate::shared::row::{age_of, overdue, Row};
use crate::words::waiting_mark;

/// A row's HTML is about a kilobyte, most of it the action links.
const ROW_BYTES: usize = 1280;

/// The `<tr>` elements of `rows`, their waiting times by `clock` (the server's time), the
/// customers waiting past `alert_secs` marked.
pub fn rows_html(rows: &[Row], (clock, alert_secs): (i64, u32), place: &Place) -> String {
    rows_html_with(rows, (clock, alert_secs), place, Readable::Back)
}

/// Whether rows carry what the browser needs to read them back (see `page_rows`). Only the
/// server's rows do: the browser's own rows are never read back, so they leave it out.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Readable {
    Back,
    #[cfg(test)]
    Shown,
}

fn rows_html_with(rows: &[Row], clock: (i64, u32), place: &Place, readable: Readable) -> String {
    let mut html = String::with_capacity(rows.len().saturating_mul(ROW_BYTES));
    // One buffer for every link's address, escaped into the page from there.
    let mut href = String::with_capacity(128);
    for row in rows {
        write_row(&mut html, &mut href, row, (clock, place, readable));
    }
    html
}

fn write_row(
    html: &mut String,
    href: &mut String,
    row: &Row,
    ((clock, alert_secs), place, readable): ((i64, u32), &Place, Readable),
) {
    let look = RowLook::of(row, place.node);
    let mut id_digits = itoa::Buffer::new();
    let id = id_digits.format(row.id);
    let mut technician_digits = itoa::Buffer::new();
    push(
        html,
        &[
            r#"<tr data-session=""#,
            id,
            r#"" data-technician=""#,
            technician_digits.format(row.technician_id),
            r#"""#,
        ],
    );
    // What no cell shows, for the browser to read the rows back (see `page_rows`).
    if let (Readable::Back, Some(changed_at)) = (readable, age_of(row)) {
        push(html, &[" ", CHANGED_ATTRIBUTE, r#"=""#]);
        html.push_str(itoa::Buffer::new().format(changed_at));
        html.push('"');
    }
    if let (Readable::Back, Some(pending)) = (readable, row.pending.as_ref().map(pending_attribute))
    {
        push(html, &[" ", PENDING_ATTRIBUTE, r#"=""#]);
        encode_double_quoted_attribute_to_string(&pending, html);
        html.push('"');
    }
    push(
        html,
        &[
            r#" class=""#,
            &look.class(false),
            r#""><td class="pin-start"><input type="checkbox" name="pick" form="bulk" value=""#,
            id,
            ":",
            technician_digits.format(row.technician_id),
            r#"" aria-label="Select session "#,
            id,
            r#"" class="pick">"#,
            id,
            r#"</td><td><span class=""#,
            look.badge_class,
            r#"">"#,
        ],
    );
    text(html, &row.status);
    html.push_str("</span>");
    if let Some(pending) = &look.pending_text {
        html.push_str(r#"<span class="pending-mark">"#);
        text(html, pending);
        html.push_str("</span>");
    }
    if let Some(changed_at) = age_of(row).filter(|_| overdue(row, clock, alert_secs)) {
        html.push_str(r#"<span class="wait-alert">"#);
        text(html, &waiting_mark(&age_words(clock, changed_at)));
        html.push_str("</span>");
    }
    html.push_str("</td><td>");
    text(html, &row.technician);
    if row.lead {
        push(html, &[r#"<span class="muted">"#, LEAD_MARK, "</span>"]);
    }
    html.push_str("</td>");
    cell(html, "<td>", &row.channel);
    cell(html, "<td>", &row.start_time);
    html.push_str(r#"<td><span class="age">"#);
    // As the browser's rows show it: no waiting time for a row Rescue gave none.
    let waiting = age_of(row).map(|changed_at| age_words(clock, changed_at));
    text(html, &waiting.unwrap_or_default());
    html.push_str("</span></td>");
    cell(html, r#"<td class="wrap">"#, &row.customer);
    cell(html, "<td>", &row.language);
    cell(html, r#"<td class="wrap">"#, &row.transfer);
    html.push_str(r#"<td class="pin-end"><div class="row-actions">"#);
    link(html, href, &look.cancel);
    html.push_str(concat!(
        r#"<details class="more-actions">"#,
        r#"<summary class="button small secondary">More</summary><ul>"#
    ));
    for action in &look.more {
        html.push_str("<li>");
        link(html, href, action);
        html.push_str("</li>");
    }
    html.push_str("</ul></details></div></td></tr>");
}

/// Appends each of `parts`.
fn push(html: &mut String, parts: &[&str]) {
    for part in parts {
        html.push_str(part);
    }
}

/// A cell opened by `open` (`<td>` with its class, if any) holding `value`.
fn cell(html: &mut String, open: &str, value: &str) {
    html.push_str(open);
    text(html, value);
    html.push_str("</td>");
}

/// A link to the action's confirmation page, its address escaped for the attribute.
fn link(html: &mut String, href: &mut String, link: &ActionLink) {
    html.push_str(r#"<a href=""#);
    href.clear();
    link.write_href(href);
    encode_double_quoted_attribute_to_string(&*href, html);
    push(
        html,
        &[r#"" class=""#, link.class, r#"">"#, link.label, "</a>"],
    );
}

/// Text from Rescue, escaped. An empty text is a space, as the view system writes it, so the
/// two renderings of a row stay alike.
fn text(html: &mut String, value: &str) {
    if value.is_empty() {
        html.push(' ');
    } else {
        encode_text_to_string(value, html);
    }
}

#[cfg(test)]
mod tests {
    use leptos::prelude::*;

    use super::*;
    use crate::actions::ActOnSession;
    use crate::core::Page;
    use crate::sessions::live::{Fetching, Live};
    use crate::sessions::rows::LiveRows;
    use crate::sessions::{Loaded, SessionsView};
    use crate::shared::action::SessionAction;
    use crate::shared::address::{NodeAddress, NodeKind};
    use crate::shared::row::{Badge, PendingMark};

    const CLOCK: i64 = 1_795_000_000;
    /// Past 4 minutes a waiting customer is alerted: the queued row (5 minutes) is.
    const ALERT: u32 = 240;

    fn row(id: u32, technician_id: u32, status: &str, badge: Badge) -> Row {
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
                kind: NodeKind::Node,
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
}
