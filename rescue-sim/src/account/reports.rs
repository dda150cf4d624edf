//! The session report: its settings per login (`setReportArea_v8`, `setReportDate_v2`,
//! `setTimezone`, `setOutput`) and `getReport_v2`, one a minute per login.

use super::{Account, Answer, Caller, Params};
use crate::clock::Millis;
use crate::model::*;
use crate::report;

impl Account {
    /// Who holds a report's settings: Rescue keeps them per login, so per cookie or authcode.
    pub(super) fn report_key(caller: Caller<'_>) -> String {
        match caller.authcode.filter(|c| !c.is_empty()) {
            Some(code) => format!("authcode:{code}"),
            None => format!("cookie:{}", caller.cookie.unwrap_or_default()),
        }
    }

    /// The reader of a report call: as any read, except that an account set to refuse
    /// authcodes for reports does so even for a valid one.
    fn report_reader(&mut self, caller: Caller<'_>, now: Millis) -> Result<u32, Answer> {
        let user = self.authenticate_reader(caller, now)?;
        if self.reports_refuse_authcodes && caller.authcode.is_some_and(|c| !c.is_empty()) {
            return Err(Answer::code("INVALID_SECRETAUTHCODE"));
        }
        Ok(user)
    }

    /// setReportArea / setReportDate_v2 / setOutput: store one setting for this login.
    pub(super) fn set_report(
        &mut self,
        method: &str,
        params: &Params,
        caller: Caller<'_>,
        now: Millis,
    ) -> Answer {
        if let Err(answer) = self.report_reader(caller, now) {
            return answer;
        }
        let settings = self.reports.entry(Self::report_key(caller)).or_default();
        let stored = match method {
            // Rescue's documented refusals: a date it cannot read, a range that ends first.
            "setreportdate_v2" => {
                match (
                    params.get("bdate").and_then(report::parse_date),
                    params.get("edate").and_then(report::parse_date),
                ) {
                    (Some(begin), Some(end)) if begin <= end => {
                        settings.range = Some((begin, end));
                        true
                    }
                    (Some(_), Some(_)) => return Answer::code("INVALIDDATERANGE"),
                    _ => return Answer::code("INVALIDFORMAT"),
                }
            }
            // Minutes from UTC; the caller works out daylight saving itself.
            "settimezone" => match params.get("timezone").and_then(report::parse_offset) {
                Some(minutes) => {
                    settings.offset_minutes = minutes;
                    true
                }
                None => false,
            },
            "setoutput" => match params.get("output") {
                Some(o) if o.eq_ignore_ascii_case("XML") => {
                    settings.xml = true;
                    true
                }
                Some(o) if o.eq_ignore_ascii_case("TEXT") => {
                    settings.xml = false;
                    true
                }
                _ => false,
            },
            _ => match params
                .get("area")
                .and_then(|a| a.trim().parse::<u32>().ok())
            {
                Some(area) => {
                    settings.area = Some(area);
                    true
                }
                None => false,
            },
        };
        Answer::code(if stored { "OK" } else { "ERROR" })
    }

    /// getReport_v2: the session report of a node for the stored range, one per 60 seconds.
    pub(super) fn get_report(
        &mut self,
        params: &Params,
        caller: Caller<'_>,
        now: Millis,
    ) -> Answer {
        if let Err(answer) = self.report_reader(caller, now) {
            return answer;
        }
        let key = Self::report_key(caller);
        let settings = self.reports.get(&key).cloned().unwrap_or_default();
        if settings
            .last_report
            .is_some_and(|last| now - last < report::REPORT_INTERVAL_MS)
        {
            return Answer::code(report::TOO_SOON);
        }
        // Only the session report (area 0) is simulated; a range must have been set.
        let (Some(0), Some((begin, end))) = (settings.area, settings.range) else {
            return Answer::code("ERROR");
        };
        let selected = match (params.get("node"), params.get("nodetype")) {
            // Node -2 is the whole account (rescue-api.md §5.2), asked for as EXTERNALROOT or
            // as a plain node.
            (Some("-2"), kind)
                if kind.is_none_or(|k| {
                    ["", "NODE", "EXTERNALROOT"]
                        .iter()
                        .any(|w| k.eq_ignore_ascii_case(w))
                }) =>
            {
                self.sessions.values().collect()
            }
            // The simulated account has no external technicians: no such node.
            (_, Some(kind)) if kind.to_ascii_uppercase().starts_with("EXTERNAL") => {
                return Answer::code("INVALIDPARAM_NODE")
            }
            (node, kind) => match self.sessions_of(node, kind) {
                Ok(selected) => selected,
                Err(answer) => return answer,
            },
        };
        // The range is in the login's zone, as the times it is shown.
        let shift = i64::from(settings.offset_minutes) * 60_000;
        let in_range: Vec<&Session> = selected
            .into_iter()
            .filter(|s| {
                let started = crate::clock::to_naive(s.started + shift);
                begin <= started && started <= end
            })
            .collect();
        let payload = report::write(&in_range, &self.nodes, now, shift, settings.xml);
        if let Some(stored) = self.reports.get_mut(&key) {
            stored.last_report = Some(now);
        }
        Answer::data(payload)
    }
}
