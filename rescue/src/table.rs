//! Rescue's pipe tables: a header line then rows, every line ending with the delimiter
//! (rescue-api.md §3 items 3–5). Columns are found by header name, never by position, and a row
//! whose field count differs from the header's is reported as malformed instead of being
//! silently shifted: values are not escaped, so an embedded `|` or line break desynchronises it.

use std::collections::HashMap;

/// The most columns a table may have. Rescue's widest documented list has 20; a header wider
/// than this is refused before any row is read, so a hostile or broken reply cannot make every
/// row allocate that many fields.
pub const MAX_COLUMNS: usize = 1_000;

/// Why a payload is not a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableError {
    /// No header line at all.
    NoHeader,
    /// More than [`MAX_COLUMNS`] columns.
    TooWide,
    /// A column name that is empty or only digits (a data row glued onto the header), at this
    /// 1-based position.
    BadName(usize),
    /// The same name twice (compared without case).
    Repeated(String),
}

/// A parsed table: the header and each data line split into fields.
#[derive(Debug, Clone)]
pub struct Table<'a> {
    header: Vec<&'a str>,
    index: HashMap<String, usize>,
    /// Data lines with their 1-based position among the data lines.
    lines: Vec<(usize, &'a str)>,
}

/// One data line split into fields, with its position in the payload.
#[derive(Debug, Clone)]
pub struct Row<'a, 'b> {
    /// 1-based position among the data lines (blank lines and the header not counted).
    pub line: usize,
    /// The fields, without the trailing empty one; at most one more than the header has.
    pub fields: &'b [&'a str],
    /// How many fields the line has (counted, not split, past the header's width).
    pub width: usize,
}

/// Splits one line on `|`, dropping the empty field after the trailing delimiter.
fn split_fields(line: &str) -> impl Iterator<Item = &str> {
    line.strip_suffix('|').unwrap_or(line).split('|')
}

impl<'a> Table<'a> {
    /// Reads the header from the first non-empty line and checks it: at most [`MAX_COLUMNS`]
    /// names, each non-empty, not a number, and none twice. One pass over the header, whatever
    /// its width (a pairwise check was quadratic in the columns).
    pub fn parse(payload: &'a str) -> Result<Self, TableError> {
        let mut lines = payload.split('\n').filter(|line| !line.trim().is_empty());
        let header_line = lines.next().ok_or(TableError::NoHeader)?;
        let mut header: Vec<&str> = Vec::new();
        for name in split_fields(header_line) {
            if header.len() == MAX_COLUMNS {
                return Err(TableError::TooWide);
            }
            header.push(name.trim());
        }
        // Header names are compared case-insensitively: Rescue's own casing varies across
        // methods (`HandingOff`, `Is Lead Technician`), and a client must not care.
        let mut index = HashMap::with_capacity(header.len());
        for (i, name) in header.iter().enumerate() {
            if name.is_empty() || name.bytes().all(|b| b.is_ascii_digit()) {
                return Err(TableError::BadName(i + 1));
            }
            if index.insert(name.to_ascii_lowercase(), i).is_some() {
                return Err(TableError::Repeated((*name).to_owned()));
            }
        }
        Ok(Table {
            header,
            index,
            lines: lines.enumerate().map(|(i, line)| (i + 1, line)).collect(),
        })
    }

    /// The column names as sent.
    pub fn header(&self) -> &[&'a str] {
        &self.header
    }

    /// Position of a column by case-insensitive name.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.index.get(&name.to_ascii_lowercase()).copied()
    }

    /// Calls `visit` with each data row split into fields, reusing one buffer for all rows
    /// (lists can hold thousands of rows). Callers check `fields.len()` against the header: a
    /// row is split into at most one field more than the header has, enough to tell that it
    /// has too many, so a line of a million `|` costs no more than a well-formed one.
    pub fn for_each_row(&self, mut visit: impl FnMut(Row<'a, '_>)) {
        let most = self.header.len() + 1;
        let mut fields = Vec::with_capacity(most);
        for &(line, raw) in &self.lines {
            fields.clear();
            fields.extend(split_fields(raw).take(most));
            let width = if fields.len() < most {
                fields.len()
            } else {
                raw.strip_suffix('|').unwrap_or(raw).matches('|').count() + 1
            };
            visit(Row {
                line,
                fields: &fields,
                width,
            });
        }
    }

    /// Number of data lines.
    pub fn len(&self) -> usize {
        self.lines.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_delimiter_and_empty_trailing_fields() {
        let table = Table::parse("A|B|C|\n1|||\n").unwrap();
        assert_eq!(table.header(), ["A", "B", "C"]);
        let mut rows = Vec::new();
        table.for_each_row(|row| rows.push((row.line, row.fields.join(","))));
        assert_eq!(rows, [(1, "1,,".to_owned())]);
    }

    #[test]
    fn header_only_is_an_empty_table() {
        let table = Table::parse("A|B|\n").unwrap();
        assert_eq!(table.len(), 0);
        assert_eq!(Table::parse("\n\n").err(), Some(TableError::NoHeader));
    }

    #[test]
    fn wide_and_repeated_headers_are_refused_in_one_pass() {
        let wide: String = (0..MAX_COLUMNS).map(|i| format!("C{i}|")).collect();
        assert!(Table::parse(&wide).is_ok());
        let wider = format!("{wide}Extra|");
        assert_eq!(Table::parse(&wider).err(), Some(TableError::TooWide));
        // A header of millions of columns is refused after the first thousand.
        let huge = "C|".repeat(2_000_000);
        assert_eq!(Table::parse(&huge).err(), Some(TableError::TooWide));
        assert_eq!(
            Table::parse("ID|Status|id|\n").err(),
            Some(TableError::Repeated("id".into()))
        );
        assert_eq!(Table::parse("ID||\n").err(), Some(TableError::BadName(2)));
        assert_eq!(
            Table::parse("ID|123|\n").err(),
            Some(TableError::BadName(2))
        );
    }

    #[test]
    fn a_row_is_split_into_at_most_one_field_more_than_the_header() {
        let payload = format!("A|B|\n{}\n", "x|".repeat(100_000));
        let table = Table::parse(&payload).unwrap();
        let mut widths = Vec::new();
        table.for_each_row(|row| widths.push((row.fields.len(), row.width)));
        assert_eq!(widths, [(3, 100_000)]);
    }

    #[test]
    fn columns_by_name_case_insensitive() {
        let table = Table::parse("ID|Status|\n").unwrap();
        assert_eq!(table.column("status"), Some(1));
        assert_eq!(table.column("Technician"), None);
    }
}
