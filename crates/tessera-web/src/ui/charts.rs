//! Charts drawn on the server as SVG: estimates with interval bars, and lines across waves with
//! interval bands. Geometry is computed here; the templates only place it. Every chart has a
//! title and a description, and its page shows the same figures in a table.

use askama::Template;

use crate::ui::results::{CellView, Format, LineView};

/// Newcomers are drawn as circles, the receiving community as squares, so colour is not the only
/// difference. Both colours have more than 3:1 contrast against white.
pub(crate) const NEWCOMERS_COLOUR: &str = "#0b5c5a";
pub(crate) const RECEIVING_COLOUR: &str = "#8a3b00";

/// A point with an interval.
pub(crate) struct Mark {
    pub x: f64,
    pub y: f64,
    pub low: f64,
    pub high: f64,
    pub label: String,
}

/// One row of the interval chart.
pub(crate) struct IntervalRow {
    pub label: String,
    pub y: f64,
    pub newcomers: Option<Mark>,
    pub receiving: Option<Mark>,
    pub note: String,
}

/// A tick on the value axis.
pub(crate) struct Tick {
    pub at: f64,
    pub label: String,
}

/// Estimates of both groups with their intervals, one row per breakdown value.
#[derive(Template)]
#[template(path = "charts/intervals.svg", escape = "html")]
pub(crate) struct IntervalChart {
    pub id: String,
    pub title: String,
    pub description: String,
    pub width: f64,
    pub height: f64,
    pub plot_left: f64,
    pub plot_right: f64,
    pub rows: Vec<IntervalRow>,
    pub ticks: Vec<Tick>,
    pub newcomers_colour: &'static str,
    pub receiving_colour: &'static str,
}

/// The lowest and highest figure drawn (interval ends, or estimates without intervals).
fn value_range(lines: &[LineView]) -> Option<(f64, f64)> {
    let (lo, hi) = lines
        .iter()
        .flat_map(|l| {
            [&l.newcomers, &l.receiving_community]
                .into_iter()
                .flat_map(|c| [c.ci_low.or(c.estimate), c.ci_high.or(c.estimate)])
                .flatten()
        })
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (a.min(v), b.max(v))
        });
    lo.is_finite().then_some((lo, hi))
}

/// The chart's description: every figure in words, for screen readers.
fn describe(lines: &[LineView]) -> String {
    let side = |c: &CellView| {
        if c.estimate.is_some() {
            c.text.clone()
        } else {
            "too few responses".to_owned()
        }
    };
    lines
        .iter()
        .map(|l| {
            format!(
                "{}: newcomers {}, receiving community {}.",
                l.label,
                side(&l.newcomers),
                side(&l.receiving_community)
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

const LABEL_WIDTH: f64 = 180.0;
const ROW_HEIGHT: f64 = 44.0;
const TOP: f64 = 40.0;

fn scale(lo: f64, hi: f64, proportion: bool) -> (f64, f64, Vec<f64>) {
    if proportion {
        return (0.0, 1.0, vec![0.0, 0.25, 0.5, 0.75, 1.0]);
    }
    let (lo, hi) = if (hi - lo).abs() < 1e-12 {
        (lo - 1.0, hi + 1.0)
    } else {
        (lo, hi)
    };
    let raw = (hi - lo) / 4.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(raw);
    let start = (lo / step).floor() * step;
    let end = (hi / step).ceil() * step;
    let mut ticks = Vec::new();
    let mut t = start;
    while t <= end + step / 2.0 {
        ticks.push(t);
        t += step;
    }
    (start, end, ticks)
}

impl IntervalChart {
    /// Lays out `lines` of one measure; `title` names what is shown.
    pub(crate) fn new(id: &str, title: &str, lines: &[LineView], f: Format) -> Self {
        let width = 760.0;
        let (plot_left, plot_right) = (LABEL_WIDTH + 20.0, width - 30.0);
        let (lo, hi) = value_range(lines).unwrap_or((0.0, 1.0));
        let (start, end, tick_values) = scale(lo, hi, f.proportion);
        let x = |v: f64| plot_left + (v - start) / (end - start) * (plot_right - plot_left);
        let mark = |c: &crate::ui::results::CellView, y: f64, who: &str| {
            c.estimate.map(|e| Mark {
                x: x(e),
                y,
                low: x(c.ci_low.unwrap_or(e)),
                high: x(c.ci_high.unwrap_or(e)),
                label: format!(
                    "{who}: {}{}",
                    c.text,
                    if c.interval_text.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", c.interval_text)
                    }
                ),
            })
        };
        let rows: Vec<IntervalRow> = lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let y = TOP + i as f64 * ROW_HEIGHT + ROW_HEIGHT / 2.0;
                let newcomers = mark(&l.newcomers, y - 7.0, "Newcomers");
                let receiving = mark(&l.receiving_community, y + 7.0, "Receiving community");
                let note = if newcomers.is_none() && receiving.is_none() {
                    "Too few responses".to_owned()
                } else if newcomers.is_none() || receiving.is_none() {
                    "One group: too few responses".to_owned()
                } else {
                    String::new()
                };
                IntervalRow {
                    label: l.label.clone(),
                    y,
                    newcomers,
                    receiving,
                    note,
                }
            })
            .collect();
        let height = TOP + rows.len() as f64 * ROW_HEIGHT + 30.0;
        let ticks = tick_values
            .into_iter()
            .map(|v| Tick {
                at: x(v),
                label: f.value(Some(v)),
            })
            .collect();
        let description = describe(lines);
        Self {
            id: id.to_owned(),
            title: title.to_owned(),
            description,
            width,
            height,
            plot_left,
            plot_right,
            rows,
            ticks,
            newcomers_colour: NEWCOMERS_COLOUR,
            receiving_colour: RECEIVING_COLOUR,
        }
    }
}

/// A series across waves with its interval band.
pub(crate) struct Series {
    pub colour: &'static str,
    pub square: bool,
    pub points: Vec<(f64, f64, String)>,
    /// The polyline through the estimates, as SVG `points`.
    pub line: String,
    /// The interval band, as SVG polygon `points`.
    pub band: String,
}

/// Both groups across waves, with interval bands.
#[derive(Template)]
#[template(path = "charts/trend.svg", escape = "html")]
pub(crate) struct TrendChart {
    pub id: String,
    pub title: String,
    pub description: String,
    pub width: f64,
    pub height: f64,
    pub plot_bottom: f64,
    pub plot_left: f64,
    pub plot_right: f64,
    pub x_labels: Vec<Tick>,
    pub y_ticks: Vec<Tick>,
    pub series: Vec<Series>,
}

impl TrendChart {
    /// Lays out one line per wave (`lines` in wave order); `None` with fewer than two waves.
    pub(crate) fn new(id: &str, title: &str, lines: &[LineView], f: Format) -> Option<Self> {
        if lines.len() < 2 {
            return None;
        }
        let (width, height) = (760.0, 320.0);
        let (plot_left, plot_right, plot_top, plot_bottom) =
            (70.0, width - 30.0, 30.0, height - 50.0);
        let (lo, hi) = value_range(lines)?;
        let (start, end, ticks) = scale(lo, hi, f.proportion);
        let y = |v: f64| plot_bottom - (v - start) / (end - start) * (plot_bottom - plot_top);
        let step = (plot_right - plot_left) / (lines.len() - 1) as f64;
        let x = |i: usize| plot_left + i as f64 * step;
        let series =
            |name: &str, colour, square, pick: fn(&LineView) -> &crate::ui::results::CellView| {
                let mut points = Vec::new();
                let mut upper = Vec::new();
                let mut lower = Vec::new();
                for (i, l) in lines.iter().enumerate() {
                    let c = pick(l);
                    if let Some(e) = c.estimate {
                        points.push((x(i), y(e), format!("{name}, {}: {}", l.label, c.text)));
                        upper.push(format!("{:.1},{:.1}", x(i), y(c.ci_high.unwrap_or(e))));
                        lower.push(format!("{:.1},{:.1}", x(i), y(c.ci_low.unwrap_or(e))));
                    }
                }
                lower.reverse();
                let line = points
                    .iter()
                    .map(|(px, py, _)| format!("{px:.1},{py:.1}"))
                    .collect::<Vec<_>>()
                    .join(" ");
                let band = upper.into_iter().chain(lower).collect::<Vec<_>>().join(" ");
                Series {
                    colour,
                    square,
                    points,
                    line,
                    band,
                }
            };
        let description = describe(lines);
        Some(Self {
            id: id.to_owned(),
            title: title.to_owned(),
            description,
            width,
            height,
            plot_bottom,
            plot_left,
            plot_right,
            x_labels: lines
                .iter()
                .enumerate()
                .map(|(i, l)| Tick {
                    at: x(i),
                    label: l.label.clone(),
                })
                .collect(),
            y_ticks: ticks
                .into_iter()
                .map(|v| Tick {
                    at: y(v),
                    label: f.value(Some(v)),
                })
                .collect(),
            series: vec![
                series("Newcomers", NEWCOMERS_COLOUR, false, |l| &l.newcomers),
                series("Receiving community", RECEIVING_COLOUR, true, |l| {
                    &l.receiving_community
                }),
            ],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_cover_the_values_in_round_steps() {
        let (start, end, ticks) = scale(3.2, 7.9, false);
        assert!(start <= 3.2 && end >= 7.9);
        assert!(ticks.len() >= 3 && ticks.len() <= 7, "{ticks:?}");
        assert_eq!(scale(0.2, 0.4, true).2, vec![0.0, 0.25, 0.5, 0.75, 1.0]);
    }
}
