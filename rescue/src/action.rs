//! The five session action methods (start, hold, transfer, close, cancel) as one shape: which
//! method ([`ActionMethod`]), what it is sent ([`SessionCall`]), and its answer
//! ([`ActionOutcome`]). They behave alike — a session, an `OK` or a failure code, no payload —
//! and differ only in their parameters and in which codes each documents (rescue-api.md §2.6–
//! §2.11). Without the `client` feature this module still builds, so the dashboard's browser
//! bundle speaks these types too.

use serde::{Deserialize, Serialize};

use crate::ids::{NodeId, NodeRef};

/// A session action method of the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ActionMethod {
    /// `startSession.aspx` (§2.6).
    Start,
    /// `holdSession.aspx` (§2.7).
    Hold,
    /// `transferSession.aspx` (§2.9).
    Transfer,
    /// `closeSession.aspx` (§2.10).
    Close,
    /// `cancelAction.aspx` (§2.11): undo the action this admin requested on a session.
    Cancel,
}

impl ActionMethod {
    /// Every action method.
    pub const ALL: [ActionMethod; 5] = [
        ActionMethod::Start,
        ActionMethod::Hold,
        ActionMethod::Transfer,
        ActionMethod::Close,
        ActionMethod::Cancel,
    ];

    /// The method's name, as in its page's address (`cancelAction`).
    pub fn name(self) -> &'static str {
        match self {
            ActionMethod::Start => "startSession",
            ActionMethod::Hold => "holdSession",
            ActionMethod::Transfer => "transferSession",
            ActionMethod::Close => "closeSession",
            ActionMethod::Cancel => "cancelAction",
        }
    }

    /// The method of `name`, exactly as [`ActionMethod::name`] spells it.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.name() == name)
    }

    /// The failure codes the method's documentation lists. Transfer documents no
    /// `INVALIDPARAM_SESSION`; only start and transfer document `INVALIDPARAM_NODE`.
    pub fn documented_failures(self) -> &'static [&'static str] {
        const COMMON: [&str; 5] = [
            "ERROR",
            "NOTLOGGEDINASADMIN",
            "ACTIONFAILED",
            "INVALID_SECRETAUTHCODE",
            "USER_DELETED_OR_DISABLED",
        ];
        match self {
            ActionMethod::Start => &[
                COMMON[0],
                COMMON[1],
                COMMON[2],
                "INVALIDPARAM_SESSION",
                "INVALIDPARAM_NODE",
                COMMON[3],
                COMMON[4],
            ],
            ActionMethod::Transfer => &[
                COMMON[0],
                COMMON[1],
                COMMON[2],
                "INVALIDPARAM_NODE",
                COMMON[3],
                COMMON[4],
            ],
            ActionMethod::Hold | ActionMethod::Close | ActionMethod::Cancel => &[
                COMMON[0],
                COMMON[1],
                COMMON[2],
                "INVALIDPARAM_SESSION",
                COMMON[3],
                COMMON[4],
            ],
        }
    }
}

/// A session action as it is sent: the method and what it needs beyond the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionCall<'a> {
    /// `startSession`: this technician picks the waiting session up.
    Start {
        /// The technician.
        technician: NodeId,
    },
    /// `holdSession`.
    Hold,
    /// `transferSession`: to a technician (`NodeRef::Node`) or a channel.
    Transfer {
        /// The technician or channel.
        target: NodeId,
        /// Which of the two `target` is.
        target_ref: NodeRef,
        /// The comment for the receiving technician (left out when empty).
        comment: Option<&'a str>,
    },
    /// `closeSession`.
    Close,
    /// `cancelAction`. Never retried: a retry could cancel something newer.
    Cancel,
}

impl SessionCall<'_> {
    /// The method.
    pub fn method(&self) -> ActionMethod {
        match self {
            SessionCall::Start { .. } => ActionMethod::Start,
            SessionCall::Hold => ActionMethod::Hold,
            SessionCall::Transfer { .. } => ActionMethod::Transfer,
            SessionCall::Close => ActionMethod::Close,
            SessionCall::Cancel => ActionMethod::Cancel,
        }
    }
}

/// The answer of a session action method: every code one of the methods documents keeps its
/// name here. A code the *method* does not document stays `Undocumented`, even when another
/// action method documents it (Cancel action answering `INVALIDPARAM_NODE` is news, not a
/// known refusal).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ActionOutcome {
    /// `OK`: Rescue accepted the action.
    Ok,
    /// `ERROR`: unspecified (e.g. timeout).
    Error,
    /// `NOTLOGGEDINASADMIN`: the caller is not logged in as an administrator (also what an
    /// expired login gets).
    NotLoggedInAsAdmin,
    /// `ACTIONFAILED`: technician offline, console not running, or nothing to act on.
    ActionFailed,
    /// `INVALIDPARAM_SESSION`: bad session ID.
    InvalidSession,
    /// `INVALIDPARAM_NODE`: bad technician or channel (start, transfer).
    InvalidNode,
    /// `INVALID_SECRETAUTHCODE`: the authcode is wrong or superseded.
    InvalidSecretAuthCode,
    /// `USER_DELETED_OR_DISABLED`: the caller was deleted or disabled.
    UserDeletedOrDisabled,
    /// A code the method's documentation does not list, kept verbatim.
    Undocumented(String),
}

/// The codes with a variant of their own.
const CODES: [(&str, ActionOutcome); 8] = [
    ("OK", ActionOutcome::Ok),
    ("ERROR", ActionOutcome::Error),
    ("NOTLOGGEDINASADMIN", ActionOutcome::NotLoggedInAsAdmin),
    ("ACTIONFAILED", ActionOutcome::ActionFailed),
    ("INVALIDPARAM_SESSION", ActionOutcome::InvalidSession),
    ("INVALIDPARAM_NODE", ActionOutcome::InvalidNode),
    (
        "INVALID_SECRETAUTHCODE",
        ActionOutcome::InvalidSecretAuthCode,
    ),
    (
        "USER_DELETED_OR_DISABLED",
        ActionOutcome::UserDeletedOrDisabled,
    ),
];

impl ActionOutcome {
    /// `method`'s answer `code` (already upper-cased by the framing).
    pub fn of(method: ActionMethod, code: &str) -> Self {
        if code == "OK" {
            return ActionOutcome::Ok;
        }
        if !method.documented_failures().contains(&code) {
            return ActionOutcome::Undocumented(code.to_owned());
        }
        CODES.iter().find(|(c, _)| *c == code).map_or_else(
            || ActionOutcome::Undocumented(code.to_owned()),
            |(_, o)| o.clone(),
        )
    }

    /// The variant `code` names, whichever method documents it (a code kept in a record,
    /// read back without its method).
    pub fn named(code: &str) -> Self {
        CODES.iter().find(|(c, _)| *c == code).map_or_else(
            || ActionOutcome::Undocumented(code.to_owned()),
            |(_, o)| o.clone(),
        )
    }

    /// The wire code, exactly as Rescue sends it.
    pub fn code(&self) -> &str {
        match self {
            ActionOutcome::Undocumented(code) => code,
            known => CODES
                .iter()
                .find(|(_, o)| o == known)
                .map_or("", |(code, _)| code),
        }
    }

    /// Whether the method that answered documents the code.
    pub fn is_documented(&self) -> bool {
        !matches!(self, ActionOutcome::Undocumented(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_code_maps_to_its_own_variant_and_back() {
        for method in ActionMethod::ALL {
            for code in method.documented_failures() {
                let outcome = ActionOutcome::of(method, code);
                assert!(outcome.is_documented(), "{method:?} {code}");
                assert_eq!(outcome.code(), *code);
            }
            assert_eq!(ActionOutcome::of(method, "OK"), ActionOutcome::Ok);
            assert_eq!(ActionMethod::from_name(method.name()), Some(method));
        }
        assert_eq!(ActionMethod::Cancel.documented_failures().len(), 6);
        assert_eq!(ActionMethod::Start.documented_failures().len(), 7);
    }

    #[test]
    fn a_code_the_method_does_not_document_is_kept_verbatim() {
        // Documented for Start, not for Cancel action: news from the cancelling method.
        assert_eq!(
            ActionOutcome::of(ActionMethod::Cancel, "INVALIDPARAM_NODE"),
            ActionOutcome::Undocumented("INVALIDPARAM_NODE".into())
        );
        assert_eq!(
            ActionOutcome::of(ActionMethod::Start, "INVALIDPARAM_NODE"),
            ActionOutcome::InvalidNode
        );
        assert_eq!(
            ActionOutcome::of(ActionMethod::Transfer, "INVALIDPARAM_SESSION"),
            ActionOutcome::Undocumented("INVALIDPARAM_SESSION".into())
        );
        let new = ActionOutcome::of(ActionMethod::Cancel, "NOTLOGGEDIN");
        assert_eq!(new.code(), "NOTLOGGEDIN");
        assert!(!new.is_documented());
    }
}
