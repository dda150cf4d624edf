//! Rescue's pipe tables: a header line then rows, every line ending with the delimiter
//! (rescue-api.md §3 items 3–5). Columns are found by header name, never by position, and a row
//! whose field count differs from the header's is reported as malformed instead of being
//! silently shifted: values are not escaped, so an embedded `|` or line break desynchronises it.

use std::collections::HashMap;

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
    /// The fields, without the trailing empty one.
    pub fields: &'b [&'a str],
}

/// Splits one line on `|`, dropping the empty field after the trailing delimiter.
fn split_fields(line: &str) -> impl Iterator<Item = &str> {
    line.strip_suffix('|').unwrap_or(line).split('|')
}

impl<'a> Table<'a> {
    /// Reads the header from the first non-empty line. `None` when the payload has no header.
    pub fn parse(payload: &'a str) -> Option<Self> {
        let mut lines = payload.split('\n').filter(|line| !line.trim().is_empty());
        let header_line = lines.next()?;
        let header: Vec<&str> = split_fields(header_line).map(str::trim).collect();
        // Header names are compared case-insensitively: Rescue's own casing varies across
        // methods (`HandingOff`, `Is Lead Technician`), and a client must not care.
        let index = header
            .iter()
            .enumerate()
            .map(|(i, name)| (name.to_ascii_lowercase(), i))
            .collect();
        Some(Table {
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
    /// (lists can hold thousands of rows). Callers check `fields.len()` against the header.
    pub fn for_each_row(&self, mut visit: impl FnMut(Row<'a, '_>)) {
        let mut fields = Vec::with_capacity(self.header.len() + 1);
        for &(line, raw) in &self.lines {
            fields.clear();
            fields.extend(split_fields(raw));
            visit(Row {
                line,
                fields: &fields,
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
        assert!(Table::parse("\n\n").is_none());
    }

    #[test]
    fn columns_by_name_case_insensitive() {
        let table = Table::parse("ID|Status|\n").unwrap();
        assert_eq!(table.column("status"), Some(1));
        assert_eq!(table.column("Technician"), None);
    }
}
