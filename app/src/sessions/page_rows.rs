//! The first list's rows, read back from the page instead of sent twice.
//!
//! Why: the server writes the rows as HTML (`row_html`) so the page works before, and without,
//! JavaScript. The island's props used to carry the same rows again as JSON, which cost a
//! thousand-row page a third of its bytes on the wire and the browser a second parse. Now the
//! props travel without rows and the browser reads them from the table it was sent: the cells
//! hold every text a row shows (the merged cells in spans of their own), and the `<tr>` carries what no cell shows (technician ID, when
//! the status changed, the pending action). A row that cannot be read (the page was altered)
//! makes the island read the list from the server instead.

use crate::shared::action::SessionAction;
use crate::shared::row::{badge_class, Badge, PendingMark, Row};

/// The `id` of the table body the server writes its rows into.
pub const BODY_ID: &str = "session-rows";

/// What follows a lead technician's name in their cell, in the page's language.
pub fn lead_mark() -> String {
    crate::say!("lead-mark")
}

/// The `<tr>` attribute with the time the status last changed (absent when Rescue gave none).
pub const CHANGED_ATTRIBUTE: &str = "data-changed";

/// The `<tr>` attribute with the pending action (only on rows that have one): the action's
/// place in `SessionAction::ALL` (one digit), `1` if its outcome is unknown or else `0`, when
/// it was requested (seconds since 1970), a space, and the time as shown. Only the server
/// writes these attributes (the browser's own rows are never read back), so the hydrate
/// bundle holds just the reader.
pub const PENDING_ATTRIBUTE: &str = "data-pending";

/// What the reader needs of an element of the page: the DOM in the browser, an HTML parser's
/// tree in tests, so both run the one reader.
pub trait PageElement: Sized {
    /// The value of attribute `name`.
    fn attribute(&self, name: &str) -> Option<String>;
    /// All the text inside.
    fn text(&self) -> Option<String>;
    /// The child element at `index`.
    fn child(&self, index: u32) -> Option<Self>;
    /// Whether it has child elements.
    fn has_children(&self) -> bool;
}

/// The row a server-written `<tr>` shows, as the island's props would have carried it; `None`
/// if it is not a row the server wrote.
pub fn row_of<E: PageElement>(tr: &E) -> Option<Row> {
    let text = |n: u32| tr.child(n)?.text().map(unspaced);
    let badge = tr.child(1)?.child(0)?;
    // The technician's cell holds one element only, the lead marker, after the name.
    let lead = tr.child(2)?.has_children();
    let mut technician = text(2)?;
    if lead {
        technician.truncate(technician.strip_suffix(lead_mark().as_str())?.len());
    }
    let number = |text: &str| text.parse::<i64>().ok();
    let changed_at = match tr.attribute(CHANGED_ATTRIBUTE) {
        Some(at) => number(&at).filter(|at| *at != 0)?,
        None => 0,
    };
    let pending = match tr.attribute(PENDING_ATTRIBUTE) {
        Some(text) => Some(pending_of(&text)?),
        None => None,
    };
    // The session's cell holds its checkbox, then a link to its record when one is kept.
    let recorded = tr.child(0)?.child(1).is_some();
    // The merged cells: the waiting time over the start; the customer over the language and
    // the transfer comment, whose line is left out when there is none.
    let (times, customer) = (tr.child(4)?, tr.child(5)?);
    let part = |cell: &E, n: u32| cell.child(n)?.text().map(unspaced);
    Some(Row {
        id: u32::try_from(number(&tr.attribute("data-session")?)?).ok()?,
        status: unspaced(badge.text()?),
        badge: badge_of_class(&badge.attribute("class")?)?,
        technician_id: u32::try_from(number(&tr.attribute("data-technician")?)?).ok()?,
        technician: unspaced(technician),
        channel: text(3)?,
        start_time: part(&times, 1)?,
        started_at: 0,
        waiting_secs: None,
        changed_at,
        customer: part(&customer, 0)?,
        custom_text: String::new(),
        language: part(&customer, 1)?,
        transfer: part(&customer, 2).unwrap_or_default(),
        lead,
        pending,
        recorded,
        transferring: false,
    })
}

/// The [`PENDING_ATTRIBUTE`] value of a row's pending action.
#[cfg(any(feature = "ssr", test))]
pub fn pending_attribute(pending: &PendingMark) -> String {
    let action = SessionAction::ALL
        .iter()
        .position(|a| *a == pending.action)
        .unwrap_or_default();
    let uncertain = u8::from(pending.uncertain);
    format!(
        "{action}{uncertain}{} {}",
        pending.requested_at, pending.requested_text
    )
}

/// The pending action a [`PENDING_ATTRIBUTE`] value names. Read byte by byte: a splitting
/// pattern would add its searcher to the hydrate bundle.
fn pending_of(text: &str) -> Option<PendingMark> {
    let bytes = text.as_bytes();
    let action = *SessionAction::ALL.get(usize::from(bytes.first()?.checked_sub(b'0')?))?;
    let uncertain = match bytes.get(1)? {
        b'1' => true,
        b'0' => false,
        _ => return None,
    };
    let space = bytes.iter().position(|b| *b == b' ')?;
    Some(PendingMark {
        action,
        requested_at: text.get(2..space)?.parse().ok()?,
        uncertain,
        requested_text: text.get(space + 1..)?.to_owned(),
    })
}

/// An empty text is written as one space (as the view system writes it, so both renderings
/// agree); read back, that space is the empty text again.
fn unspaced(text: String) -> String {
    if text == " " {
        String::new()
    } else {
        text
    }
}

fn badge_of_class(class: &str) -> Option<Badge> {
    [
        Badge::Waiting,
        Badge::Live,
        Badge::OnHold,
        Badge::Finished,
        Badge::Unknown,
    ]
    .into_iter()
    .find(|badge| badge_class(*badge) == class)
}

/// The rows of the table body [`BODY_ID`] in this page; `None` if any of them cannot be read.
#[cfg(feature = "hydrate")]
pub fn read() -> Option<Vec<Row>> {
    let body = web_sys::window()?.document()?.get_element_by_id(BODY_ID)?;
    let trs = body.children();
    (0..trs.length())
        .map(|index| row_of(&trs.item(index)?))
        .collect()
}

/// Why so few DOM methods (children, attributes, text): each one used is glue in the hydrate
/// bundle, which has a size budget.
#[cfg(feature = "hydrate")]
impl PageElement for web_sys::Element {
    fn attribute(&self, name: &str) -> Option<String> {
        self.get_attribute(name)
    }

    fn text(&self) -> Option<String> {
        self.text_content()
    }

    fn child(&self, index: u32) -> Option<Self> {
        self.children().item(index)
    }

    fn has_children(&self) -> bool {
        self.children().length() > 0
    }
}

/// Outside the browser there is no page to read.
#[cfg(not(feature = "hydrate"))]
pub fn read() -> Option<Vec<Row>> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pending_mark_survives_its_attribute_and_junk_is_refused() {
        let mark = PendingMark {
            action: SessionAction::Transfer,
            requested_at: 1_795_000_000,
            requested_text: "14:03:27 UTC".into(),
            uncertain: true,
        };
        assert_eq!(pending_attribute(&mark), "211795000000 14:03:27 UTC");
        assert_eq!(pending_of(&pending_attribute(&mark)), Some(mark));
        for junk in [
            "",
            "2",
            "21",
            "21x 14:03:27 UTC",
            "91795000000 14:03:27 UTC",
            "/1795000000 14:03:27 UTC",
            "231795000000 14:03:27 UTC",
            "211795000000",
            "2\u{e9}1795000000 t",
        ] {
            assert_eq!(pending_of(junk), None, "{junk}");
        }
    }
}
