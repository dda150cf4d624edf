//! Every operation `API.asmx` offers. One table drives the WSDL, the help pages, request
//! decoding and response encoding, so the four cannot drift apart.

use super::ops::{Enumeration, Kind, Operation, Out, Param};

/// The operation with this name. Names are matched exactly, as an XML element name is.
pub(crate) fn find(name: &str) -> Option<&'static Operation> {
    OPERATIONS.iter().find(|op| op.name == name)
}

const NODE_REF: Enumeration = Enumeration {
    name: "NODEREF",
    members: &[("NODE", "NODE"), ("CHANNEL", "CHANNEL")],
};

const REPORT_NODE_REF: Enumeration = Enumeration {
    name: "REPORTNODEREF",
    members: &[
        ("NODE", "NODE"),
        ("CHANNEL", "CHANNEL"),
        ("EXTERNALROOT", "EXTERNALROOT"),
        ("EXTERNALTECH", "EXTERNALTECH"),
        ("EXTERNALGROUP", "EXTERNALGROUP"),
    ],
};

const OUTPUT: Enumeration = Enumeration {
    name: "OUTPUT",
    members: &[("TEXT", "TEXT"), ("XML", "XML")],
};

/// Report areas by name; the HTTP pages take the numbers (rescue-api.md §2.15).
const REPORT_AREA: Enumeration = Enumeration {
    name: "REPORTAREA",
    members: &[
        ("SESSION", "0"),
        ("CUSTOMER_SURVEY", "1"),
        ("LOGIN", "2"),
        ("MISSED_SESSIONS", "3"),
        ("PERFORMANCE", "4"),
        ("CHAT_LOG", "5"),
        ("CUSTOM_FIELDS", "6"),
        ("TRANSFERRED_SESSIONS", "7"),
        ("TECHNICIAN_SURVEY", "8"),
        ("COLLABORATION_CHAT_LOG", "9"),
        ("FAILED_SESSIONS", "10"),
        ("TRANSFERRED_SESSIONS_EXTENDED", "16"),
    ],
};

const AUTH: Param = Param {
    element: "sAuthCode",
    http: "authcode",
    kind: Kind::Str,
};
const EMAIL: Param = Param {
    element: "sEmail",
    http: "email",
    kind: Kind::Str,
};
const PASSWORD: Param = Param {
    element: "sPassword",
    http: "pwd",
    kind: Kind::Str,
};
const SESSION: Param = Param {
    element: "iSession",
    http: "session",
    kind: Kind::Int,
};
const NODE_ID: Param = Param {
    element: "iNodeID",
    http: "node",
    kind: Kind::Int,
};
const TARGET: Param = Param {
    element: "iNode",
    http: "node",
    kind: Kind::Int,
};
const NODE_REF_PARAM: Param = Param {
    element: "eNodeRef",
    http: "noderef",
    kind: Kind::Enum(&NODE_REF),
};

const READER: &[&str] = &[
    "OK",
    "ERROR",
    "NOTLOGGEDIN",
    "INVALIDPARAM_NODE",
    "INVALID_SECRETAUTHCODE",
    "USER_DELETED_OR_DISABLED",
];
const ADMIN: &[&str] = &[
    "OK",
    "ERROR",
    "NOTLOGGEDINASADMIN",
    "ACTIONFAILED",
    "INVALID_SECRETAUTHCODE",
    "USER_DELETED_OR_DISABLED",
];
const REPORT_SETTER: &[&str] = &[
    "OK",
    "ERROR",
    "NOTLOGGEDIN",
    "INVALID_SECRETAUTHCODE",
    "USER_DELETED_OR_DISABLED",
];

const GET_SESSION: &[Param] = &[NODE_ID, NODE_REF_PARAM, AUTH];

const fn admin_action(
    name: &'static str,
    summary: &'static str,
    params: &'static [Param],
    result_type: &'static str,
    prefix: &'static str,
) -> Operation {
    Operation {
        name,
        summary,
        params,
        result_type,
        prefix,
        codes: ADMIN,
        out: Out::Nothing,
    }
}

const fn report_setter(
    name: &'static str,
    summary: &'static str,
    param: &'static [Param],
) -> Operation {
    Operation {
        name,
        summary,
        params: param,
        result_type: "setReportRet",
        prefix: "setReport_",
        codes: REPORT_SETTER,
        out: Out::Nothing,
    }
}

/// Every operation, in the order the service lists them.
pub(crate) const OPERATIONS: &[Operation] = &[
    Operation {
        name: "login",
        summary: "Logs in with e-mail and password; the login lives in the ASP.NET_SessionId cookie.",
        params: &[EMAIL, PASSWORD],
        result_type: "loginRet",
        prefix: "login_",
        codes: &["ERROR", "OK", "INVALID", "LIMITREACHED", "GLOBALIPRESTRICTED"],
        out: Out::Nothing,
    },
    Operation {
        name: "logout",
        summary: "Ends the cookie login.",
        params: &[],
        result_type: "logoutRet",
        prefix: "logout_",
        codes: &["OK", "ERROR", "NOTLOGGEDIN"],
        out: Out::Nothing,
    },
    Operation {
        name: "requestAuthCode",
        summary: "Issues a secret authentication code, replacing the previous one.",
        params: &[EMAIL, PASSWORD],
        result_type: "requestAuthCodeRet",
        prefix: "requestAuthCode_",
        codes: &["OK", "ERROR", "INVALID", "POLLRATEEXCEEDED"],
        out: Out::AuthCode,
    },
    Operation {
        name: "requestAuthCodeSSO",
        summary: "Issues a secret authentication code for a single sign-on user (the company's SSO password and ID), replacing the previous one.",
        params: &[
            Param {
                element: "sSSOID",
                http: "ssoid",
                kind: Kind::Str,
            },
            PASSWORD,
            Param {
                element: "sCompany",
                http: "company",
                kind: Kind::Str,
            },
        ],
        result_type: "requestAuthCodeSSORet",
        prefix: "requestAuthCodeSSO_",
        codes: &["OK", "ERROR", "INVALID", "INVALIDPARAM_COMPANY"],
        out: Out::AuthCode,
    },
    Operation {
        name: "getAccount_v2",
        summary: "Says whose login this is: the account, the caller's admin or technician ID and e-mail.",
        params: &[AUTH],
        result_type: "getAccountRet",
        prefix: "getAccount_",
        codes: &[
            "OK",
            "ERROR",
            "NOTLOGGEDIN",
            "INVALID_SECRETAUTHCODE",
            "USER_DELETED_OR_DISABLED",
        ],
        out: Out::Account,
    },
    Operation {
        name: "getSession",
        summary: "Lists the sessions of a technician, group or channel.",
        params: GET_SESSION,
        result_type: "getSessionRet",
        prefix: "getSession_",
        codes: READER,
        out: Out::Sessions("SESSION"),
    },
    Operation {
        name: "getSession_v2",
        summary: "getSession with the lead technician and hand-off columns.",
        params: GET_SESSION,
        result_type: "getSessionRet",
        prefix: "getSession_",
        codes: READER,
        out: Out::Sessions("SESSION_V2"),
    },
    Operation {
        name: "getSession_V3",
        summary: "getSession_v2 with custom fields 3 to 5.",
        params: GET_SESSION,
        result_type: "getSessionRet",
        prefix: "getSession_",
        codes: READER,
        out: Out::Sessions("SESSION_V3"),
    },
    Operation {
        name: "getHierarchy",
        summary: "Lists every node of the account.",
        params: &[AUTH],
        result_type: "getHierarchyRet",
        prefix: "getHierarchy_",
        codes: READER,
        out: Out::Hierarchy,
    },
    Operation {
        name: "getHierarchy_v2",
        summary: "Lists one node or every node, optionally without offline technicians.",
        params: &[
            Param {
                element: "bIsNode",
                http: "isnode",
                kind: Kind::Bool,
            },
            NODE_ID,
            Param {
                element: "bFilterOffline",
                http: "filteroffline",
                kind: Kind::Bool,
            },
            AUTH,
        ],
        result_type: "getHierarchyRet",
        prefix: "getHierarchy_",
        codes: READER,
        out: Out::Hierarchy,
    },
    Operation {
        name: "isAnyTechAvailableOnChannel",
        summary: "Whether a technician of the channel could take a session now.",
        params: &[
            Param {
                element: "iChannelID",
                http: "ChannelID",
                kind: Kind::Int,
            },
            Param {
                element: "bExcludingAwayAndBusy",
                http: "ExcludingAwayAndBusy",
                kind: Kind::Bool,
            },
            AUTH,
        ],
        result_type: "isAnyTechAvailableOnChannelRet",
        prefix: "isAnyTechAvailableOnChannel_",
        codes: &[
            "OK",
            "ERROR",
            "NOTLOGGEDIN",
            "INVALIDPARAM_CHANNEL",
            "INVALID_SECRETAUTHCODE",
            "USER_DELETED_OR_DISABLED",
        ],
        out: Out::Available,
    },
    admin_action(
        "startSession",
        "Asks a technician to pick up a waiting session.",
        &[SESSION, TARGET, AUTH],
        "startSessionRet",
        "startSessionRet_",
    ),
    admin_action(
        "holdSession",
        "Asks the technician to put a session on hold.",
        &[
            Param {
                element: "iSessionID",
                http: "session",
                kind: Kind::Int,
            },
            AUTH,
        ],
        "holdSessionRet",
        "holdSessionRet_",
    ),
    Operation {
        codes: &[
            "OK",
            "ERROR",
            "NOTLOGGEDINASADMIN",
            "ACTIONFAILED",
            "INVALIDPARAM_NODE",
            "INVALID_SECRETAUTHCODE",
            "USER_DELETED_OR_DISABLED",
        ],
        ..admin_action(
            "transferSession",
            "Asks the technician to transfer a session to a technician or channel.",
            &[
                SESSION,
                TARGET,
                NODE_REF_PARAM,
                Param {
                    element: "sComment",
                    http: "comment",
                    kind: Kind::Str,
                },
                AUTH,
            ],
            "transferSessionRet",
            "transferSessionRet_",
        )
    },
    admin_action(
        "closeSession",
        "Asks the technician to close a session.",
        &[SESSION, AUTH],
        "closeSessionRet",
        "closeSessionRet_",
    ),
    admin_action(
        "cancelAction",
        "Cancels the action the administrator requested on a session; the session returns to its previous state.",
        &[SESSION, AUTH],
        "cancelActionRet",
        "cancelActionRet_",
    ),
    report_setter("setReportArea", "Chooses the report.", &[AREA, AUTH]),
    report_setter("setReportArea_v2", "Chooses the report.", &[AREA, AUTH]),
    report_setter("setReportArea_v8", "Chooses the report.", &[AREA, AUTH]),
    Operation {
        codes: &[
            "OK",
            "ERROR",
            "NOTLOGGEDIN",
            "INVALIDFORMAT",
            "INVALIDDATERANGE",
            "INVALID_SECRETAUTHCODE",
            "USER_DELETED_OR_DISABLED",
        ],
        ..report_setter(
            "setReportDate_v2",
            "Sets the report's date range, in the login's time zone.",
            &[
                Param {
                    element: "dBeginDate",
                    http: "bdate",
                    kind: Kind::DateTime,
                },
                Param {
                    element: "dEndDate",
                    http: "edate",
                    kind: Kind::DateTime,
                },
                AUTH,
            ],
        )
    },
    report_setter(
        "setTimezone",
        "Sets the report's time zone as an offset from UTC in minutes.",
        &[
            Param {
                element: "sTimezone",
                http: "timezone",
                kind: Kind::Str,
            },
            AUTH,
        ],
    ),
    report_setter(
        "setOutput",
        "Chooses TEXT or XML reports.",
        &[
            Param {
                element: "eOutput",
                http: "output",
                kind: Kind::Enum(&OUTPUT),
            },
            AUTH,
        ],
    ),
    Operation {
        name: "getReport_v2",
        summary: "The report chosen by the setters, for a node; node -2 with EXTERNALROOT or NODE is the whole account.",
        params: &[
            NODE_ID,
            Param {
                element: "eNodeRef",
                http: "nodetype",
                kind: Kind::Enum(&REPORT_NODE_REF),
            },
            AUTH,
        ],
        result_type: "getReportRet",
        prefix: "getReport_",
        codes: READER,
        out: Out::Report,
    },
];

const AREA: Param = Param {
    element: "eReportArea",
    http: "area",
    kind: Kind::Enum(&REPORT_AREA),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_follow_the_documented_spelling() {
        let cancel = find("cancelAction").unwrap();
        assert_eq!(cancel.member("OK"), "cancelActionRet_OK");
        assert_eq!(
            cancel.member("NOTLOGGEDINASADMIN"),
            "cancelActionRet_NotLoggedInAsAdmin"
        );
        // No member for it in the documented enum.
        assert_eq!(
            cancel.member("INVALIDPARAM_SESSION"),
            "cancelActionRet_Error"
        );
        assert!(!cancel.members().any(|m| m.contains("InvalidParam")));
        let login = find("login").unwrap();
        assert_eq!(login.member("LIMITREACHED"), "login_LimitReached");
        assert!(login.members().any(|m| m == "login_GlobalIpRestricted"));
        assert_eq!(
            find("getSession_V3").unwrap().member("INVALIDPARAM_NODE"),
            "getSession_InvalidParam_NodeID"
        );
    }

    #[test]
    fn every_code_listed_has_a_member_and_names_are_unique() {
        for op in OPERATIONS {
            assert_eq!(op.members().count(), op.codes.len(), "{}", op.name);
            assert_eq!(OPERATIONS.iter().filter(|o| o.name == op.name).count(), 1);
        }
    }
}
