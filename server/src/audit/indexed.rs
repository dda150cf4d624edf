//! What the `/outcomes` filters, summary and charts read of a Post-to-URL post, written beside
//! its fields when it is kept: the technician, the searchable text and the times in seconds.
//! Posts kept before a column existed are indexed at start-up, so every post reads alike.

use sqlx::{QueryBuilder, Row};

use super::db::on_db;
use super::{AuditError, AuditLog};

/// What the derived columns say of one post.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Indexed {
    /// The technician's name, else their ID.
    pub technician: String,
    /// The customer's name, custom fields, tracking ID and notes, lower-cased (never the chat:
    /// the text filter is not a way to read chats across sessions).
    pub search: String,
    /// `WaitingTime`, seconds.
    pub waiting_s: Option<i64>,
    /// `PickupTime`, seconds.
    pub pickup_s: Option<i64>,
    /// `WorkTime`, seconds.
    pub work_s: Option<i64>,
}

/// The fields the text filter searches.
const SEARCHED: [&str; 8] = [
    "cfield0",
    "cfield1",
    "cfield2",
    "cfield3",
    "cfield4",
    "cfield5",
    "tracking0",
    "notes",
];

/// Rows indexed per statement at start-up.
const BATCH: i64 = 500;

impl Indexed {
    /// What `fields` (lower-case names, as kept) give.
    pub fn of(fields: &[(String, String)]) -> Self {
        let field = |name: &str| {
            fields
                .iter()
                .find(|(n, v)| n == name && !v.trim().is_empty())
                .map(|(_, v)| v.trim())
        };
        Indexed {
            technician: field("techname")
                .or_else(|| field("techid"))
                .unwrap_or_default()
                .to_owned(),
            search: SEARCHED
                .iter()
                .filter_map(|name| field(name))
                .collect::<Vec<_>>()
                .join("\n")
                .to_lowercase(),
            waiting_s: field("waitingtime").and_then(seconds),
            pickup_s: field("pickuptime").and_then(seconds),
            work_s: field("worktime").and_then(seconds),
        }
    }
}

/// A whole number of seconds; anything else (a date, a fraction, a negative or absurd number)
/// is not a duration the charts can use, and stays only in the post's fields.
fn seconds(value: &str) -> Option<i64> {
    // Ten years: past that a "duration" is a misread field, not a session.
    const MOST: i64 = 10 * 366 * 86_400;
    value.parse::<i64>().ok().filter(|s| (0..=MOST).contains(s))
}

impl AuditLog {
    /// Writes the derived columns of posts kept before they existed: how many rows.
    pub(super) async fn index_old_posts(&self) -> Result<u64, AuditError> {
        let mut done = 0;
        loop {
            let rows = on_db!(&self.db, pool, D => {
                QueryBuilder::<D>::new(
                    "SELECT id, fields FROM outcome_posts WHERE indexed = 0 ORDER BY id LIMIT ",
                )
                .push_bind(BATCH)
                .build()
                .fetch_all(pool)
                .await?
                .iter()
                .map(|row| -> Result<(i64, String), sqlx::Error> {
                    Ok((row.try_get("id")?, row.try_get("fields")?))
                })
                .collect::<Result<Vec<_>, _>>()?
            });
            if rows.is_empty() {
                return Ok(done);
            }
            for (id, fields) in rows {
                let fields: Vec<(String, String)> =
                    serde_json::from_str(&fields).unwrap_or_default();
                let at = Indexed::of(&fields);
                on_db!(&self.db, pool, D => {
                    QueryBuilder::<D>::new("UPDATE outcome_posts SET technician = ")
                        .push_bind(at.technician)
                        .push(", search = ")
                        .push_bind(at.search)
                        .push(", waiting_s = ")
                        .push_bind(at.waiting_s)
                        .push(", pickup_s = ")
                        .push_bind(at.pickup_s)
                        .push(", work_s = ")
                        .push_bind(at.work_s)
                        .push(", indexed = 1 WHERE id = ")
                        .push_bind(id)
                        .build()
                        .execute(pool)
                        .await?;
                });
                done += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn times_are_whole_seconds_or_nothing() {
        let at = Indexed::of(&fields(&[
            ("techname", " "),
            ("techid", "42"),
            ("waitingtime", " 75 "),
            ("pickuptime", "2026-12-04 10:00:00"),
            ("worktime", "-3"),
            ("cfield0", "Ann BÉE"),
            ("notes", "Fixed"),
            ("chatlog", "secret chat"),
        ]));
        assert_eq!(at.technician, "42");
        assert_eq!(at.waiting_s, Some(75));
        assert_eq!(at.pickup_s, None);
        assert_eq!(at.work_s, None);
        assert_eq!(at.search, "ann bée\nfixed");
        assert_eq!(seconds("99999999999999999999"), None);
        assert_eq!(seconds("1.5"), None);
    }
}
