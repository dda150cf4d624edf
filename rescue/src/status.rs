//! Session status texts of getSession_v3 (rescue-api.md §2.5 "Status values").
//!
//! The HTTP reply carries a display text, which Rescue localizes (a Portuguese account sends
//! `Ativas`). Only English texts map to a typed status; any other text is kept verbatim by the
//! caller and gets no typed status rather than a wrong one.

/// A documented session status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum SessionStatus {
    /// `Aborted: technician was deleted or disabled`
    AbortedTechnicianDeletedOrDisabled,
    /// `Active`
    Active,
    /// `Closed by active customer`
    ClosedByActiveCustomer,
    /// `Closed by customer`
    ClosedByCustomer,
    /// `Closed by technician`
    ClosedByTechnician,
    /// `Closed by waiting customer`
    ClosedByWaitingCustomer,
    /// `Connecting`
    Connecting,
    /// `Disconnected`
    Disconnected,
    /// `Not available`
    NotAvailable,
    /// `Offline`
    Offline,
    /// `On Hold`
    OnHold,
    /// `Rebooted`
    Rebooted,
    /// `Rebooting`
    Rebooting,
    /// `Reconnecting`
    Reconnecting,
    /// `Timed out`
    TimedOut,
    /// `Timed out: closed by technician`
    TimedOutClosedByTechnician,
    /// `Transferred`
    Transferred,
    /// `Transferring`
    Transferring,
    /// `Waiting`
    Waiting,
    /// v3: unattended access expired (`Expired`, or a `SESSION_UACCESS_EXPIRED_*` code).
    Expired,
    /// v3: unattended access revoked (`Revoked`, or a `SESSION_UACCESS_REVOKEDBY*` code).
    Revoked,
    /// v3: terms and conditions declined (`Declined by customer`, or its code).
    DeclinedByCustomer,
    /// v3: `SESSION_TIMEOUT_TECHCONNECTIONLOSTORSESSIONWASNOTCLOSEDBYTECH`.
    TimedOutTechConnectionLost,
}

/// Where a session stands, for badges and "live" filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Phase {
    /// Waiting to be picked up.
    Waiting,
    /// Picked up and in progress (including connecting, rebooting, transferring).
    Live,
    /// Put on hold.
    OnHold,
    /// Ended; getSession keeps recently finished sessions in the list.
    Finished,
}

impl SessionStatus {
    /// The typed status of a display text or v3 enum code, if it is a documented English one.
    pub fn from_text(text: &str) -> Option<Self> {
        let text = text.trim();
        if let Some(code) = text.strip_prefix("SESSION_") {
            return Self::from_v3_code(code);
        }
        TEXTS
            .iter()
            .find(|(_, known)| known.eq_ignore_ascii_case(text))
            .map(|&(status, _)| status)
    }

    /// v3 codes may surface verbatim in the text column (their display texts are undocumented).
    fn from_v3_code(code: &str) -> Option<Self> {
        match code {
            "UACCESS_EXPIRED_WASPICKEDUPBEFORE" | "UACCESS_EXPIRED_NOTPICKEDUPBEFORE" => {
                Some(Self::Expired)
            }
            c if c.starts_with("UACCESS_REVOKEDBY") => Some(Self::Revoked),
            "TERMSANDCONDITIONSDECLINED" => Some(Self::DeclinedByCustomer),
            "TIMEOUT_TECHCONNECTIONLOSTORSESSIONWASNOTCLOSEDBYTECH" => {
                Some(Self::TimedOutTechConnectionLost)
            }
            "WAITING" => Some(Self::Waiting),
            "PICKEDUP" => Some(Self::Active),
            "ONHOLD" => Some(Self::OnHold),
            _ => None,
        }
    }

    /// The documented English display text.
    pub fn text(self) -> &'static str {
        match self {
            Self::TimedOutTechConnectionLost => "Timed out: technician connection lost",
            other => TEXTS
                .iter()
                .find(|(status, _)| *status == other)
                .map_or("Unknown", |(_, text)| text),
        }
    }

    /// Whether the session is waiting, live, on hold or finished.
    pub fn phase(self) -> Phase {
        use SessionStatus::*;
        match self {
            Waiting => Phase::Waiting,
            Active | Connecting | Rebooted | Rebooting | Reconnecting | Transferring => Phase::Live,
            OnHold => Phase::OnHold,
            AbortedTechnicianDeletedOrDisabled
            | ClosedByActiveCustomer
            | ClosedByCustomer
            | ClosedByTechnician
            | ClosedByWaitingCustomer
            | Disconnected
            | NotAvailable
            | Offline
            | TimedOut
            | TimedOutClosedByTechnician
            | Transferred
            | Expired
            | Revoked
            | DeclinedByCustomer
            | TimedOutTechConnectionLost => Phase::Finished,
        }
    }
}

/// Display texts as documented (English); compared case-insensitively when parsing.
const TEXTS: &[(SessionStatus, &str)] = &[
    (
        SessionStatus::AbortedTechnicianDeletedOrDisabled,
        "Aborted: technician was deleted or disabled",
    ),
    (SessionStatus::Active, "Active"),
    (
        SessionStatus::ClosedByActiveCustomer,
        "Closed by active customer",
    ),
    (SessionStatus::ClosedByCustomer, "Closed by customer"),
    (SessionStatus::ClosedByTechnician, "Closed by technician"),
    (
        SessionStatus::ClosedByWaitingCustomer,
        "Closed by waiting customer",
    ),
    (SessionStatus::Connecting, "Connecting"),
    (SessionStatus::Disconnected, "Disconnected"),
    (SessionStatus::NotAvailable, "Not available"),
    (SessionStatus::Offline, "Offline"),
    (SessionStatus::OnHold, "On Hold"),
    (SessionStatus::Rebooted, "Rebooted"),
    (SessionStatus::Rebooting, "Rebooting"),
    (SessionStatus::Reconnecting, "Reconnecting"),
    (SessionStatus::TimedOut, "Timed out"),
    (
        SessionStatus::TimedOutClosedByTechnician,
        "Timed out: closed by technician",
    ),
    (SessionStatus::Transferred, "Transferred"),
    (SessionStatus::Transferring, "Transferring"),
    (SessionStatus::Waiting, "Waiting"),
    (SessionStatus::Expired, "Expired"),
    (SessionStatus::Revoked, "Revoked"),
    (SessionStatus::DeclinedByCustomer, "Declined by customer"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_text_round_trips() {
        for &(status, text) in TEXTS {
            assert_eq!(SessionStatus::from_text(text), Some(status));
            assert_eq!(status.text(), text);
        }
    }

    #[test]
    fn localized_and_unknown_texts_have_no_typed_status() {
        assert_eq!(SessionStatus::from_text("Ativas"), None);
        assert_eq!(
            SessionStatus::from_text("Encerrado pelo cliente ativo"),
            None
        );
        assert_eq!(SessionStatus::from_text("Something new"), None);
    }

    #[test]
    fn v3_codes_and_case() {
        assert_eq!(
            SessionStatus::from_text("SESSION_UACCESS_REVOKEDBYADMIN_NOTPICKEDUPBEFORE"),
            Some(SessionStatus::Revoked)
        );
        assert_eq!(
            SessionStatus::from_text("on hold"),
            Some(SessionStatus::OnHold)
        );
        assert_eq!(SessionStatus::OnHold.phase(), Phase::OnHold);
        assert_eq!(SessionStatus::ClosedByCustomer.phase(), Phase::Finished);
    }
}
