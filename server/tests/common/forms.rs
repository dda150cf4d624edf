//! Reading a page's forms as a browser would: a form's action URL and its hidden fields.
#![allow(dead_code)]

/// The action URL of the form posting to server function `name` (`/api/<name><hash>`).
pub fn form_action(html: &str, name: &str) -> String {
    let prefix = format!("action=\"/api/{name}");
    html.match_indices(&prefix)
        .find_map(|(at, _)| {
            let rest = &html[at + 8..];
            let url = &rest[..rest.find('"')?];
            url[5 + name.len()..]
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| url.to_owned())
        })
        .unwrap_or_else(|| panic!("no form for {name}"))
}

/// A confirmation form as the page holds it: where it posts, and its hidden fields (the
/// row, its list, the page to return to and the one-time token).
#[derive(Debug, Clone)]
pub struct ConfirmForm {
    pub action: String,
    pub fields: Vec<(String, String)>,
}

impl ConfirmForm {
    /// The form's fields with `name` set to `value` (added if the form has none).
    pub fn with(&self, name: &str, value: &str) -> Vec<(String, String)> {
        let mut fields = self.fields.clone();
        match fields.iter_mut().find(|(n, _)| n == name) {
            Some(field) => field.1 = value.to_owned(),
            None => fields.push((name.to_owned(), value.to_owned())),
        }
        fields
    }

    /// The value of hidden field `name`.
    pub fn value(&self, name: &str) -> String {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("no {name} in {:?}", self.fields))
    }
}

/// The form posting to server function `name` in `html`: its action URL and hidden fields.
pub fn form_of(html: &str, name: &str) -> ConfirmForm {
    let action = form_action(html, name);
    let start = html
        .find(&format!("action=\"{action}\""))
        .expect("the form");
    let end = start + html[start..].find("</form>").expect("the form's end");
    ConfirmForm {
        action,
        fields: hidden_fields(&html[start..end]),
    }
}

/// Every hidden input of `html`, in order.
pub fn hidden_fields(html: &str) -> Vec<(String, String)> {
    let attribute = |tag: &str, name: &str| {
        let marker = format!(" {name}=\"");
        let start = tag.find(&marker)? + marker.len();
        let end = start + tag[start..].find('"')?;
        Some(
            tag[start..end]
                .replace("&#x27;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&"),
        )
    };
    html.split("<input")
        .skip(1)
        .map(|rest| &rest[..rest.find('>').unwrap_or(rest.len())])
        .filter(|tag| tag.contains("type=\"hidden\""))
        .filter_map(|tag| {
            Some((
                attribute(tag, "name")?,
                attribute(tag, "value").unwrap_or_default(),
            ))
        })
        .collect()
}
