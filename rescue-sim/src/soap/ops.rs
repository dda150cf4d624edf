//! What an `API.asmx` operation is: its Hungarian-named SOAP elements and the HTTP parameters
//! they stand for, its result enum, and what else its response carries (rescue-api.md §2,
//! §5.1). The operations themselves are in [`super::table`].

/// A parameter's XML Schema type, which decides how its text is checked and passed on.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Kind {
    /// `s:int`: must parse as a 32-bit integer, or the request is malformed.
    Int,
    /// `s:string`, passed as it is.
    Str,
    /// `s:boolean`: `true`/`false`/`1`/`0`, passed on as `true`/`false`.
    Bool,
    /// `s:dateTime`, passed on in Rescue's HTTP form `M/D/YYYY H:MM:SS`.
    DateTime,
    /// A string enum: SOAP member names and the HTTP values they stand for.
    Enum(&'static Enumeration),
}

/// A named string enum of the schema.
#[derive(Debug)]
pub(crate) struct Enumeration {
    /// The `s:simpleType` name.
    pub name: &'static str,
    /// (SOAP member, HTTP value).
    pub members: &'static [(&'static str, &'static str)],
}

/// One request element.
#[derive(Debug)]
pub(crate) struct Param {
    /// Element name in the SOAP body.
    pub element: &'static str,
    /// The HTTP parameter it becomes.
    pub http: &'static str,
    /// Its schema type.
    pub kind: Kind,
}

/// What a response carries besides the result enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Out {
    /// Nothing.
    Nothing,
    /// `sAuthCode`: the new authcode.
    AuthCode,
    /// `aSessions` of the named row type (`SESSION`, `SESSION_V2`, `SESSION_V3`).
    Sessions(&'static str),
    /// `aHierarchy` of `HIERARCHY` nodes.
    Hierarchy,
    /// `bAvailable`: the HTTP page's `TRUE`/`FALSE`.
    Available,
    /// `sReport`: the report text or XML.
    Report,
    /// getAccount_v2's `iAccountID`, `sOrganization`, `iAdminID`, `iTechID`, `sEmail`,
    /// `bTcRunning`, from the HTTP page's `KEY: value` lines.
    Account,
}

/// getAccount_v2's fields: element, schema type, and the HTTP page's key.
pub(crate) const ACCOUNT_FIELDS: [(&str, &str, &str); 6] = [
    ("iAccountID", "s:int", "ACCOUNTID"),
    ("sOrganization", "s:string", "ORGANIZATION"),
    ("iAdminID", "s:int", "ADMINID"),
    ("iTechID", "s:int", "TECHID"),
    ("sEmail", "s:string", "EMAIL"),
    ("bTcRunning", "s:boolean", "TCRUNNING"),
];

/// One operation.
#[derive(Debug)]
pub(crate) struct Operation {
    /// Operation and request element name.
    pub name: &'static str,
    /// What it does, for the WSDL and the help pages.
    pub summary: &'static str,
    /// Request elements, in schema order.
    pub params: &'static [Param],
    /// Result enum type name (`cancelActionRet`).
    pub result_type: &'static str,
    /// Prefix of the result members (`cancelActionRet_`, `login_`: it differs per operation).
    pub prefix: &'static str,
    /// HTTP result codes that have an enum member.
    pub codes: &'static [&'static str],
    /// The rest of the response.
    pub out: Out,
}

impl Operation {
    /// The enum members, in schema order.
    pub fn members(&self) -> impl Iterator<Item = String> + '_ {
        self.codes
            .iter()
            .filter_map(|code| member_suffix(code))
            .map(|suffix| format!("{}{suffix}", self.prefix))
    }

    /// The member for an HTTP result code. A code the enum has no member for (cancelAction's
    /// `INVALIDPARAM_SESSION`, rescue-api.md §2.11) cannot be serialised by an .asmx service,
    /// so it travels as the operation's `Error` member.
    pub fn member(&self, code: &str) -> String {
        let suffix = self
            .codes
            .iter()
            .find(|c| c.eq_ignore_ascii_case(code))
            .and_then(|c| member_suffix(c))
            .unwrap_or("Error");
        format!("{}{suffix}", self.prefix)
    }

    /// The SOAPAction of SOAP 1.1 requests (without the quotes clients put around it).
    pub fn action(&self) -> String {
        format!("{}/{}", super::NAMESPACE, self.name)
    }

    /// Whether the form-post variant serves it: .asmx offers that only to operations whose
    /// reply is the result alone.
    pub fn form_post(&self) -> bool {
        self.out == Out::Nothing
    }
}

/// The CamelCase member suffix of an HTTP result code.
fn member_suffix(code: &str) -> Option<&'static str> {
    Some(match code {
        "OK" => "OK",
        "ERROR" => "Error",
        "INVALID" => "Invalid",
        "LIMITREACHED" => "LimitReached",
        "GLOBALIPRESTRICTED" => "GlobalIpRestricted",
        "POLLRATEEXCEEDED" => "PollRateExceeded",
        "NOTLOGGEDIN" => "NotLoggedIn",
        "NOTLOGGEDINASADMIN" => "NotLoggedInAsAdmin",
        "ACTIONFAILED" => "ActionFailed",
        "INVALID_SECRETAUTHCODE" => "Invalid_SecretAuthCode",
        "USER_DELETED_OR_DISABLED" => "User_Deleted_Or_Disabled",
        "INVALIDPARAM_NODE" => "InvalidParam_NodeID",
        "INVALIDPARAM_CHANNEL" => "InvalidParam_ChannelID",
        // Named as the other InvalidParam members are; no WSDL sample shows it.
        "INVALIDPARAM_COMPANY" => "InvalidParam_Company",
        "INVALIDFORMAT" => "InvalidFormat",
        "INVALIDDATERANGE" => "InvalidDateRange",
        _ => return None,
    })
}
