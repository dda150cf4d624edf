//! `getAccount_v2`: whose login an authcode is. Only Rescue's SOAP service documents it
//! (rescue-api.md §2.14: input `sAuthCode`; `iAccountID`, `sOrganization`, `iAdminID`,
//! `iTechID`, `sEmail`, `bTcRunning`), so it is the one call this client makes over SOAP 1.1
//! (`API.asmx`, next to the `.aspx` pages under the same base URL).

use quick_xml::events::Event;

use crate::error::{Error, Result};

/// The SOAP service's namespace, and the stem of its SOAPActions.
pub(crate) const NAMESPACE: &str = "https://secure.logmeinrescue.com/API/API.asmx";

/// Who an authcode belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Account {
    /// The Rescue account (company) ID.
    pub account_id: Option<u64>,
    /// The company's name.
    pub organization: String,
    /// The caller's administrator node, when they are an administrator (0 or absent: not).
    pub admin_id: Option<u32>,
    /// The caller's technician node, when they are a technician.
    pub tech_id: Option<u32>,
    /// The caller's e-mail (empty when Rescue did not say).
    pub email: String,
}

/// The request envelope for `getAccount_v2` with `code` (escaped: it is the caller's text).
pub(crate) fn request(code: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\
         <soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>\
         <getAccount_v2 xmlns=\"{NAMESPACE}\"><sAuthCode>{}</sAuthCode></getAccount_v2>\
         </soap:Body></soap:Envelope>",
        quick_xml::escape::escape(code)
    )
}

/// The result code (`getAccount_Invalid_SecretAuthCode` → `INVALID_SECRETAUTHCODE`, the
/// `.aspx` pages' spelling) and, for `OK`, the account.
pub(crate) fn parse(body: &[u8]) -> Result<(String, Account)> {
    let mut reader = quick_xml::Reader::from_reader(body);
    let mut buf = Vec::new();
    let malformed = |e: String| Error::MalformedReply(format!("getAccount_v2: {e}"));
    // The element being read and its text so far (entity references arrive apart).
    let mut current: Option<(String, String)> = None;
    let mut result = None;
    let mut account = Account::default();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(start)) => {
                let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
                current = Some((name, String::new()));
            }
            Ok(Event::Text(text)) => {
                if let Some((_, value)) = current.as_mut() {
                    value.push_str(&text.decode().map_err(|e| malformed(e.to_string()))?);
                }
            }
            Ok(Event::GeneralRef(r)) => {
                if let Some((_, value)) = current.as_mut() {
                    value.push_str(&crate::report::reference(&r).map_err(malformed)?);
                }
            }
            Ok(Event::End(_)) => {
                let Some((name, value)) = current.take() else {
                    continue;
                };
                let value = value.trim().to_owned();
                match name.as_str() {
                    "getAccount_v2Result" => result = Some(value),
                    "iAccountID" => account.account_id = value.parse().ok(),
                    "sOrganization" => account.organization = value,
                    "iAdminID" => account.admin_id = value.parse().ok().filter(|&id| id > 0),
                    "iTechID" => account.tech_id = value.parse().ok().filter(|&id| id > 0),
                    "sEmail" => account.email = value,
                    _ => {}
                }
            }
            Ok(Event::DocType(_)) => {
                // A SOAP reply never carries one; refusing it keeps entity tricks out.
                return Err(malformed("a DTD in the reply".into()));
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => return Err(malformed(e.to_string())),
        }
        buf.clear();
    }
    let result = result.ok_or_else(|| Error::MalformedReply("getAccount_v2: no result".into()))?;
    let code = result
        .strip_prefix("getAccount_")
        .unwrap_or(&result)
        .to_ascii_uppercase();
    Ok((code, account))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_request_escapes_the_code() {
        let envelope = request("a<b&c");
        assert!(
            envelope.contains("<sAuthCode>a&lt;b&amp;c</sAuthCode>"),
            "{envelope}"
        );
    }

    #[test]
    fn an_answer_is_read_by_local_names() {
        let body = br#"<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><getAccount_v2Response xmlns="https://secure.logmeinrescue.com/API/API.asmx"><getAccount_v2Result>getAccount_OK</getAccount_v2Result><iAccountID>4201337</iAccountID><sOrganization>Demo &amp; Co</sOrganization><iAdminID>337011</iAdminID><iTechID>0</iTechID><sEmail>admin@demo.example</sEmail><bTcRunning>false</bTcRunning></getAccount_v2Response></soap:Body></soap:Envelope>"#;
        let (code, account) = parse(body).expect("read");
        assert_eq!(code, "OK");
        assert_eq!(account.email, "admin@demo.example");
        assert_eq!(account.organization, "Demo & Co");
        assert_eq!(account.admin_id, Some(337_011));
        assert_eq!(account.tech_id, None);
        let refused = br#"<Envelope><Body><getAccount_v2Response><getAccount_v2Result>getAccount_Invalid_SecretAuthCode</getAccount_v2Result></getAccount_v2Response></Body></Envelope>"#;
        assert_eq!(parse(refused).expect("read").0, "INVALID_SECRETAUTHCODE");
        assert!(parse(b"<a>").is_err());
        assert!(parse(b"<!DOCTYPE x [<!ENTITY e 'x'>]><a>&e;</a>").is_err());
    }
}
