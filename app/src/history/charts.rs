//! Outcome charts as SVG, drawn on the server: readable without JavaScript, no chart library to
//! download, and each with a text alternative (an SVG title and description, and the numbers
//! as a table for screen readers and for anyone who would rather read them).

use leptos::prelude::*;

use crate::audit::Tally;
use crate::shared::outcome::Outcome;

/// Most groups a bar chart shows by name; the rest are summed as "Others".
const MOST_GROUPS: usize = 10;

/// Most bars over time; beyond that, days are summed into months.
const MOST_DAYS: usize = 62;

/// Counts per outcome for one group (a day, a month, an admin, a technician).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// What the group is.
    pub label: String,
    /// One count per outcome of the [`Series`], in its order.
    pub counts: Vec<u64>,
}

impl Group {
    /// All records of the group.
    pub fn total(&self) -> u64 {
        self.counts.iter().sum()
    }
}

/// Groups with their counts per outcome, ready to draw.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Series {
    /// The outcomes, `OK` first, then by how often they occur.
    pub outcomes: Vec<Outcome>,
    /// The groups, in drawing order.
    pub groups: Vec<Group>,
}

impl Series {
    /// The largest group total (at least 1, so scales never divide by zero).
    pub fn peak(&self) -> u64 {
        self.groups
            .iter()
            .map(Group::total)
            .max()
            .unwrap_or(0)
            .max(1)
    }
}

/// The outcome codes of `tallies`, `OK` first, then the most frequent first.
fn outcome_order(tallies: &[Tally]) -> Vec<Outcome> {
    let mut totals: Vec<(Outcome, u64)> = Vec::new();
    for t in tallies {
        match totals.iter_mut().find(|(o, _)| *o == t.outcome) {
            Some((_, n)) => *n += t.count,
            None => totals.push((t.outcome.clone(), t.count)),
        }
    }
    totals.sort_by(|(a, x), (b, y)| {
        (b.accepted().cmp(&a.accepted()))
            .then(y.cmp(x))
            .then(a.code().cmp(&b.code()))
    });
    totals.into_iter().map(|(o, _)| o).collect()
}

/// Groups `tallies` by key, keeping `order`'s outcome order.
fn grouped(tallies: &[Tally], outcomes: &[Outcome], key: impl Fn(&str) -> String) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for t in tallies {
        let label = key(&t.key);
        let at = match groups.iter().position(|g| g.label == label) {
            Some(at) => at,
            None => {
                groups.push(Group {
                    label,
                    counts: vec![0; outcomes.len()],
                });
                groups.len() - 1
            }
        };
        if let Some(i) = outcomes.iter().position(|o| *o == t.outcome) {
            groups[at].counts[i] += t.count;
        }
    }
    groups
}

/// Outcomes over time: one bar per day in date order, or per month when there are too many
/// days to draw legibly.
pub fn over_time(tallies: &[Tally]) -> Series {
    let outcomes = outcome_order(tallies);
    let mut groups = grouped(tallies, &outcomes, str::to_owned);
    if groups.len() > MOST_DAYS {
        groups = grouped(tallies, &outcomes, |day| day.chars().take(7).collect());
    }
    groups.sort_by(|a, b| a.label.cmp(&b.label));
    Series { outcomes, groups }
}

/// Outcomes by admin or technician: the busiest first, the tail summed as "Others".
pub fn by_key(tallies: &[Tally]) -> Series {
    let outcomes = outcome_order(tallies);
    let mut groups = grouped(tallies, &outcomes, |k| {
        if k.is_empty() {
            crate::say!("none-value")
        } else {
            k.to_owned()
        }
    });
    groups.sort_by(|a, b| b.total().cmp(&a.total()).then(a.label.cmp(&b.label)));
    if groups.len() > MOST_GROUPS {
        let rest = groups.split_off(MOST_GROUPS - 1);
        let mut others = Group {
            label: crate::words::others(rest.len()),
            counts: vec![0; outcomes.len()],
        };
        for g in rest {
            for (sum, n) in others.counts.iter_mut().zip(g.counts) {
                *sum += n;
            }
        }
        groups.push(others);
    }
    Series { outcomes, groups }
}

/// The colour of an outcome: green for done, red for refused, then distinct hues.
fn colour(outcome: &Outcome, index: usize) -> &'static str {
    const OTHERS: [&str; 6] = [
        "#b26a00", "#6f42c1", "#0b7285", "#c2255c", "#5c677d", "#2b8a3e",
    ];
    match outcome {
        Outcome::Answered(rescue::ActionOutcome::Ok) => "#137333",
        Outcome::Answered(rescue::ActionOutcome::ActionFailed) => "#b42318",
        _ => OTHERS[index % OTHERS.len()],
    }
}

/// A sentence summing up a series, for the SVG's description; `noun` names one group.
fn described(series: &Series, what: &str, noun: &str) -> String {
    let per_outcome: Vec<(String, u64)> = series
        .outcomes
        .iter()
        .enumerate()
        .map(|(i, o)| (o.code(), series.groups.iter().map(|g| g.counts[i]).sum()))
        .collect();
    crate::words::chart_summary(&per_outcome, series.groups.len(), what, noun)
}

/// The legend: outcome colours.
fn legend(series: &Series) -> impl IntoView {
    let items = series
        .outcomes
        .iter()
        .enumerate()
        .map(|(i, o)| {
            // An SVG swatch: the CSP allows no inline style attributes.
            view! {
                <li>
                    <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true">
                        <rect width="10" height="10" rx="2" fill=colour(o, i)></rect>
                    </svg>
                    {o.code()}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="legend" aria-hidden="true">{items}</ul> }.into_any()
}

/// The numbers behind a chart, as a table.
fn numbers(series: &Series, group: String) -> impl IntoView {
    let heads = series
        .outcomes
        .iter()
        .map(|o| view! { <th scope="col">{o.code()}</th> })
        .collect_view();
    let rows = series
        .groups
        .iter()
        .map(|g| {
            let cells = g
                .counts
                .iter()
                .map(|n| view! { <td>{*n}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{g.label.clone()}</th>
                    {cells}
                    <td>{g.total()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="numbers">
            <summary>{crate::say!("chart-numbers")}</summary>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{group}</th>
                        {heads}
                        <th scope="col">{crate::say!("chart-total")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
    .into_any()
}

/// Stacked columns over time.
#[component]
pub fn OverTime(
    /// Counts per day and outcome.
    series: Series,
) -> impl IntoView {
    const W: f64 = 640.0;
    const H: f64 = 200.0;
    const LEFT: f64 = 36.0;
    const BOTTOM: f64 = 22.0;
    let peak = series.peak();
    let n = series.groups.len().max(1);
    let slot = (W - LEFT) / n as f64;
    // Few bars stay slim rather than filling the chart.
    let bar = (slot * 0.8).clamp(1.0, 48.0);
    let scale = (H - BOTTOM - 8.0) / peak as f64;
    let mut rects = Vec::new();
    for (gi, g) in series.groups.iter().enumerate() {
        let x = LEFT + gi as f64 * slot + (slot - bar) / 2.0;
        let mut y = H - BOTTOM;
        for (oi, count) in g.counts.iter().enumerate() {
            if *count == 0 {
                continue;
            }
            let h = *count as f64 * scale;
            y -= h;
            let tip = format!("{}: {} {}", g.label, count, series.outcomes[oi]);
            rects.push(view! {
                <rect x=format!("{x:.1}") y=format!("{y:.1}") width=format!("{bar:.1}") height=format!("{h:.1}") fill=colour(&series.outcomes[oi], oi)>
                    <title>{tip}</title>
                </rect>
            });
        }
    }
    let first = series
        .groups
        .first()
        .map(|g| g.label.clone())
        .unwrap_or_default();
    let last = series
        .groups
        .last()
        .map(|g| g.label.clone())
        .unwrap_or_default();
    let noun = match series.groups.first() {
        Some(g) if g.label.len() == 7 => "month",
        _ => "day",
    };
    let description = described(&series, "over-time", noun);
    view! {
        <figure class="chart">
            <figcaption>{crate::say!("chart-over-time-utc")}</figcaption>
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby="over-time-title over-time-desc">
                <title id="over-time-title">{crate::say!("chart-over-time")}</title>
                <desc id="over-time-desc">{description}</desc>
                <line x1=LEFT y1=H - BOTTOM x2=W y2=H - BOTTOM class="axis"/>
                <text x=LEFT - 4.0 y=12 text-anchor="end" class="tick">{peak}</text>
                <text x=LEFT - 4.0 y=H - BOTTOM text-anchor="end" class="tick">"0"</text>
                <text x=LEFT y=H - 6.0 class="tick">{first}</text>
                <text x=W y=H - 6.0 text-anchor="end" class="tick">{last}</text>
                {rects}
            </svg>
            {legend(&series)}
            {numbers(&series, crate::say!("chart-day"))}
        </figure>
    }
    .into_any()
}

/// Stacked bars, one per admin or technician.
#[component]
pub fn ByKey(
    /// Counts per key and outcome.
    series: Series,
    /// What a bar is: `admin` or `technician` (the title, column head and element IDs
    /// follow from it).
    noun: &'static str,
) -> impl IntoView {
    let title = crate::say!("chart-by", noun = noun);
    let group = crate::say!("chart-group", noun = noun);
    let id = format!("by-{noun}");
    const W: f64 = 640.0;
    const ROW: f64 = 24.0;
    const LABEL: f64 = 210.0;
    const RIGHT: f64 = 48.0;
    let peak = series.peak();
    let h = ROW * series.groups.len().max(1) as f64 + 4.0;
    let scale = (W - LABEL - RIGHT) / peak as f64;
    let mut shapes = Vec::new();
    for (gi, g) in series.groups.iter().enumerate() {
        let y = 2.0 + gi as f64 * ROW;
        let mut label = g.label.clone();
        if label.chars().count() > 30 {
            label = label.chars().take(29).collect::<String>() + "…";
        }
        shapes.push(
            view! {
                <text x=LABEL - 6.0 y=y + ROW * 0.65 text-anchor="end" class="label">{label}</text>
            }
            .into_any(),
        );
        let mut x = LABEL;
        for (oi, count) in g.counts.iter().enumerate() {
            if *count == 0 {
                continue;
            }
            let w = *count as f64 * scale;
            let tip = format!("{}: {} {}", g.label, count, series.outcomes[oi]);
            shapes.push(
                view! {
                    <rect x=format!("{x:.1}") y=y + 3.0 width=format!("{w:.1}") height=ROW - 6.0 fill=colour(&series.outcomes[oi], oi)>
                        <title>{tip}</title>
                    </rect>
                }
                .into_any(),
            );
            x += w;
        }
        shapes.push(
            view! { <text x=x + 4.0 y=y + ROW * 0.65 class="tick">{g.total()}</text> }.into_any(),
        );
    }
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled = format!("{title_id} {desc_id}");
    let description = described(&series, &id, noun);
    view! {
        <figure class="chart">
            <figcaption>{title.clone()}</figcaption>
            <svg viewBox=format!("0 0 {W} {h}") role="img" aria-labelledby=labelled>
                <title id=title_id>{title}</title>
                <desc id=desc_id>{description}</desc>
                {shapes}
            </svg>
            {legend(&series)}
            {numbers(&series, group)}
        </figure>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(key: &str, outcome: &str, count: u64) -> Tally {
        Tally {
            key: key.into(),
            outcome: Outcome::from_code(outcome),
            count,
        }
    }

    #[test]
    fn ok_comes_first_then_the_most_frequent() {
        let s = over_time(&[
            t("2026-11-02", "TIMEOUT", 1),
            t("2026-11-01", "ACTIONFAILED", 5),
            t("2026-11-01", "OK", 2),
        ]);
        let codes: Vec<String> = s.outcomes.iter().map(Outcome::code).collect();
        assert_eq!(codes, ["OK", "ACTIONFAILED", "TIMEOUT"]);
        assert_eq!(s.groups[0].label, "2026-11-01");
        assert_eq!(s.groups[0].counts, [2, 5, 0]);
        assert_eq!(s.groups[1].counts, [0, 0, 1]);
        assert_eq!(s.peak(), 7);
    }

    #[test]
    fn many_days_are_summed_into_months() {
        let tallies: Vec<Tally> = (0..90)
            .map(|d| {
                let month = 9 + d / 30;
                t(&format!("2026-{month:02}-{:02}", 1 + d % 30), "OK", 1)
            })
            .collect();
        let s = over_time(&tallies);
        let labels: Vec<&str> = s.groups.iter().map(|g| g.label.as_str()).collect();
        assert_eq!(labels, ["2026-09", "2026-10", "2026-11"]);
        assert!(s.groups.iter().all(|g| g.total() == 30));
    }

    #[test]
    fn the_tail_of_a_long_list_is_summed() {
        let tallies: Vec<Tally> = (0..14u64)
            .map(|i| t(&format!("tech {i:02}"), "OK", i + 1))
            .collect();
        let s = by_key(&tallies);
        assert_eq!(s.groups.len(), MOST_GROUPS);
        assert_eq!(s.groups[0].label, "tech 13");
        let others = s.groups.last().unwrap();
        assert_eq!(others.label, "Others (5)");
        assert_eq!(others.total(), 1 + 2 + 3 + 4 + 5);
        let total: u64 = s.groups.iter().map(Group::total).sum();
        assert_eq!(total, (1..=14).sum::<u64>(), "nothing lost");
    }

    #[test]
    fn descriptions_say_the_numbers() {
        let s = by_key(&[t("a@x", "OK", 3), t("b@x", "TIMEOUT", 1)]);
        assert_eq!(
            described(&s, "by-admin", "admin"),
            "4 actions by admin, 2 admins: OK 3, TIMEOUT 1."
        );
    }
}
