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
use crate::sessions::look::Place;
use crate::sessions::look::{ActionLink, RowLook};
use crate::sessions::page_rows::{
    lead_mark, pending_attribute, CHANGED_ATTRIBUTE, PENDING_ATTRIBUTE,
};
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
pub(crate) enum Readable {
    /// With the marks the browser reads back.
    Back,
    /// As shown, without them (the tests' comparison with the browser's rows).
    #[cfg(test)]
    Shown,
}

/// The rows' HTML, with or without what reading them back needs.
pub(crate) fn rows_html_with(
    rows: &[Row],
    clock: (i64, u32),
    place: &Place,
    readable: Readable,
) -> String {
    let mut html = String::with_capacity(rows.len().saturating_mul(ROW_BYTES));
    // One buffer for every link's address, escaped into the page from there.
    let mut href = String::with_capacity(128);
    let words = RowWords::new();
    for row in rows {
        write_row(&mut html, &mut href, row, (clock, place, readable), &words);
    }
    html
}

/// The words every row repeats, looked up once a table.
struct RowWords {
    lead: String,
    more: String,
    /// "Select session { $session }", escaped for an attribute, cut where the ID goes.
    select: (String, String),
}

impl RowWords {
    fn new() -> Self {
        use crate::words::{pieces, Piece};
        let mut select = (String::new(), String::new());
        let mut after = false;
        for piece in pieces("select-session", &["session"]) {
            match piece {
                Piece::Slot(_) => after = true,
                Piece::Text(text) if after => {
                    encode_double_quoted_attribute_to_string(text, &mut select.1);
                }
                Piece::Text(text) => {
                    encode_double_quoted_attribute_to_string(text, &mut select.0);
                }
            }
        }
        RowWords {
            lead: lead_mark(),
            more: crate::say!("more-actions"),
            select,
        }
    }
}

fn write_row(
    html: &mut String,
    href: &mut String,
    row: &Row,
    ((clock, alert_secs), place, readable): ((i64, u32), &Place, Readable),
    words: &RowWords,
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
            r#"" aria-label=""#,
            &words.select.0,
            id,
            &words.select.1,
            r#"" class="pick">"#,
        ],
    );
    if row.recorded {
        push(html, &[r#"<a href="/outcomes/"#, id, r#"" aria-label=""#]);
        encode_double_quoted_attribute_to_string(crate::words::record_link(row.id), html);
        push(html, &[r#"">"#, id, "</a>"]);
    } else {
        html.push_str(id);
    }
    push(
        html,
        &[r#"</td><td><span class=""#, look.badge_class, r#"">"#],
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
    html.push_str(r#"</td><td class="wrap">"#);
    text(html, &row.technician);
    if row.lead {
        html.push_str(r#"<span class="muted">"#);
        text(html, &words.lead);
        html.push_str("</span>");
    }
    html.push_str("</td>");
    cell(html, r#"<td class="wrap">"#, &row.channel);
    html.push_str(r#"<td><span class="age">"#);
    // As the browser's rows show it: no waiting time for a row Rescue gave none.
    let waiting = age_of(row).map(|changed_at| age_words(clock, changed_at));
    text(html, &waiting.unwrap_or_default());
    html.push_str(r#"</span><span class="sub">"#);
    text(html, &row.start_time);
    html.push_str(r#"</span></td><td class="wrap"><span>"#);
    text(html, &row.customer);
    html.push_str(r#"</span><span class="sub">"#);
    text(html, &row.language);
    html.push_str("</span>");
    if !row.transfer.is_empty() {
        html.push_str(r#"<span class="sub transfer">"#);
        text(html, &row.transfer);
        html.push_str("</span>");
    }
    html.push_str("</td>");
    html.push_str(r#"<td class="pin-end"><div class="row-actions">"#);
    link(html, href, &look.cancel);
    html.push_str(r#"<details class="more-actions"><summary class="button small secondary">"#);
    text(html, &words.more);
    html.push_str("</summary><ul>");
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
        &[r#"" class=""#, link.class, r#"">"#, &link.label, "</a>"],
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
