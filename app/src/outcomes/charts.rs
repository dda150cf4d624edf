//! The `/outcomes` charts: one count per group (a day, a waiting time, a technician), drawn on
//! the server as SVG like the history's, each with its numbers as a table beside the title and
//! description a screen reader reads.

use leptos::prelude::*;

/// Most technicians the chart draws by name; the table below the chart lists them all.
const MOST_BARS: usize = 10;

/// What one chart shows.
#[derive(Debug, Clone)]
pub struct Counts {
    /// The chart's title ("Sessions per day (UTC)").
    pub title: String,
    /// A unique prefix for the SVG's element IDs.
    pub id: &'static str,
    /// What a group is, for the description: `day`, `waiting` or `technician`.
    pub noun: &'static str,
    /// What a group is, as the table's column heads it ("Day").
    pub group: String,
    /// The groups and their session counts, in drawing order.
    pub counts: Vec<(String, u64)>,
}

impl Counts {
    /// The largest count (at least 1, so scales never divide by zero).
    fn peak(&self) -> u64 {
        self.counts
            .iter()
            .map(|(_, n)| *n)
            .max()
            .unwrap_or(0)
            .max(1)
    }

    /// The chart in one sentence.
    fn description(&self) -> String {
        let total: u64 = self.counts.iter().map(|(_, n)| n).sum();
        let busiest = self
            .counts
            .iter()
            .max_by(|(a, x), (b, y)| x.cmp(y).then(b.cmp(a)))
            .filter(|(_, n)| *n > 0)
            .map(|(label, n)| (label.as_str(), *n));
        crate::words::counts_summary(total, self.counts.len(), self.noun, busiest)
    }
}

/// The numbers behind a chart, as a table.
fn numbers(counts: &Counts) -> impl IntoView {
    let rows = counts
        .counts
        .iter()
        .map(|(label, n)| {
            view! {
                <tr>
                    <th scope="row">{label.clone()}</th>
                    <td>{*n}</td>
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
                        <th scope="col">{counts.group.clone()}</th>
                        <th scope="col">{crate::say!("sessions")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}

/// A figure: caption, SVG (labelled by its title and description) and numbers.
fn figure(counts: &Counts, (w, h): (f64, f64), shapes: Vec<AnyView>) -> AnyView {
    let title_id = format!("{}-title", counts.id);
    let desc_id = format!("{}-desc", counts.id);
    let labelled = format!("{title_id} {desc_id}");
    view! {
        <figure class="chart">
            <figcaption>{counts.title.clone()}</figcaption>
            <svg viewBox=format!("0 0 {w} {h}") role="img" aria-labelledby=labelled>
                <title id=title_id>{counts.title.clone()}</title>
                <desc id=desc_id>{counts.description()}</desc>
                {shapes}
            </svg>
            {numbers(counts)}
        </figure>
    }
    .into_any()
}

/// One column per group, the first and last labels under the axis.
#[component]
pub fn Columns(
    /// The counts.
    counts: Counts,
) -> impl IntoView {
    const W: f64 = 640.0;
    const H: f64 = 200.0;
    const LEFT: f64 = 36.0;
    const BOTTOM: f64 = 22.0;
    let peak = counts.peak();
    let slot = (W - LEFT) / counts.counts.len().max(1) as f64;
    // Few columns stay slim rather than filling the chart.
    let bar = (slot * 0.8).clamp(1.0, 64.0);
    let scale = (H - BOTTOM - 8.0) / peak as f64;
    let mut shapes: Vec<AnyView> = vec![
        view! { <line x1=LEFT y1=H - BOTTOM x2=W y2=H - BOTTOM class="axis"/> }.into_any(),
        view! { <text x=LEFT - 4.0 y=12 text-anchor="end" class="tick">{peak}</text> }.into_any(),
        view! { <text x=LEFT - 4.0 y=H - BOTTOM text-anchor="end" class="tick">"0"</text> }
            .into_any(),
    ];
    for (i, (label, n)) in counts.counts.iter().enumerate() {
        let x = LEFT + i as f64 * slot + (slot - bar) / 2.0;
        let h = *n as f64 * scale;
        let tip = format!("{label}: {n}");
        shapes.push(
            view! {
                <rect class="bar" x=format!("{x:.1}") y=format!("{:.1}", H - BOTTOM - h) width=format!("{bar:.1}") height=format!("{h:.1}")>
                    <title>{tip}</title>
                </rect>
            }
            .into_any(),
        );
    }
    if let (Some((first, _)), Some((last, _))) = (counts.counts.first(), counts.counts.last()) {
        // A lone column is labelled under itself, not at the chart's edge.
        let (x, anchor) = match counts.counts.len() {
            1 => (LEFT + slot / 2.0, "middle"),
            _ => (LEFT, "start"),
        };
        shapes.push(
            view! { <text x=x y=H - 6.0 text-anchor=anchor class="tick">{first.clone()}</text> }
                .into_any(),
        );
        if counts.counts.len() > 1 {
            shapes.push(
                view! { <text x=W y=H - 6.0 text-anchor="end" class="tick">{last.clone()}</text> }
                    .into_any(),
            );
        }
    }
    figure(&counts, (W, H), shapes)
}

/// One bar per group, the busiest first, past [`MOST_BARS`] the rest summed.
#[component]
pub fn Bars(
    /// The counts, the busiest first.
    counts: Counts,
) -> impl IntoView {
    const W: f64 = 640.0;
    const ROW: f64 = 24.0;
    const LABEL: f64 = 210.0;
    const RIGHT: f64 = 48.0;
    let mut drawn = counts.counts.clone();
    if drawn.len() > MOST_BARS {
        let rest = drawn.split_off(MOST_BARS - 1);
        let sum = rest.iter().map(|(_, n)| n).sum();
        drawn.push((crate::words::others(rest.len()), sum));
    }
    let peak = drawn.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let h = ROW * drawn.len().max(1) as f64 + 4.0;
    let scale = (W - LABEL - RIGHT) / peak as f64;
    let mut shapes: Vec<AnyView> = Vec::new();
    for (i, (label, n)) in drawn.iter().enumerate() {
        let y = 2.0 + i as f64 * ROW;
        let short = if label.chars().count() > 30 {
            label.chars().take(29).collect::<String>() + "…"
        } else {
            label.clone()
        };
        let w = *n as f64 * scale;
        let tip = format!("{label}: {n}");
        shapes.push(
            view! {
                <text x=LABEL - 6.0 y=y + ROW * 0.65 text-anchor="end" class="label">{short}</text>
                <rect class="bar" x=LABEL y=y + 3.0 width=format!("{w:.1}") height=ROW - 6.0>
                    <title>{tip}</title>
                </rect>
                <text x=LABEL + w + 4.0 y=y + ROW * 0.65 class="tick">{*n}</text>
            }
            .into_any(),
        );
    }
    figure(&counts, (W, h), shapes)
}
