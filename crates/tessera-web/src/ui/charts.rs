//! Charts drawn on the server as SVG: estimates with interval bars, and lines across waves with
//! interval bands. Geometry is computed here; the templates only place it. Every chart has a
//! title and a description, and its page shows the same figures in a table.
//!
//! Text stays readable at any width (issue 13): charts are drawn narrow — [`WIDTH`] units —
//! with 14-unit text, and pages put them in a half-width column. The stylesheet scales a chart
//! to its column's width, so 14-unit text shows at 14 × column ÷ [`WIDTH`] pixels: at least
//! 12.3 px in the 290 px column of a 320 px phone, about 19 px in the 450 px half column of a
//! desktop page. Nothing shrinks further, and every label has its own line: a breakdown's name
//! above its bars, a missing figure's note where its bar would be, so no text is drawn over
//! the interval lines.

use askama::Template;
use tessera_l10n::{t, ta};

use crate::ui::results::{CellView, Format, LineView};

/// Newcomers are drawn as circles, the receiving community as squares, so colour is not the only
/// difference. Both colours have more than 3:1 contrast against white.
pub(crate) const NEWCOMERS_COLOUR: &str = "#0b5c5a";
pub(crate) const RECEIVING_COLOUR: &str = "#8a3b00";

/// Width of every chart in SVG units. With 14-unit text and the narrowest column a page puts
/// a chart in (290 px, a 320 px phone), text shows at 14 × 290 / 330 ≈ 12.3 px.
pub(crate) const WIDTH: f64 = 330.0;
/// Characters of a label drawn at most (the table has the whole text).
const LABEL_CHARS: usize = 40;

/// A point with an interval.
pub(crate) struct Mark {
    pub x: f64,
    pub y: f64,
    pub low: f64,
    pub high: f64,
    pub label: String,
}

/// One side's line in a row: its mark, or a note where the mark would be.
pub(crate) struct SideLine {
    pub y: f64,
    pub mark: Option<Mark>,
    pub note: String,
}

/// One row of the interval chart: its label on a line of its own, then a line per side.
pub(crate) struct IntervalRow {
    pub label: String,
    pub label_y: f64,
    pub newcomers: SideLine,
    pub receiving: SideLine,
}

/// A tick on the value axis.
pub(crate) struct Tick {
    pub at: f64,
    pub label: String,
    /// `start`, `middle` or `end`, so the first and last labels stay inside the drawing.
    pub anchor: &'static str,
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
    pub plot_top: f64,
    pub axis_y: f64,
    pub rows: Vec<IntervalRow>,
    pub ticks: Vec<Tick>,
    pub newcomers_colour: &'static str,
    pub receiving_colour: &'static str,
    pub newcomers_name: String,
    pub receiving_name: String,
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
            t("charts-too-few-responses")
        }
    };
    lines
        .iter()
        .map(|l| {
            ta(
                "charts-description-line",
                &[
                    ("label", l.label.as_str().into()),
                    ("newcomers", side(&l.newcomers).into()),
                    ("receiving", side(&l.receiving_community).into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` cut to `max` characters with an ellipsis.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

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

/// Row layout of the interval chart, in SVG units.
const LEGEND_HEIGHT: f64 = 52.0;
const LABEL_LINE: f64 = 18.0;
const SIDE_LINE: f64 = 20.0;
const ROW_GAP: f64 = 12.0;
const AXIS_HEIGHT: f64 = 34.0;

impl IntervalChart {
    /// Lays out `lines` of one measure; `title` names what is shown.
    pub(crate) fn new(id: &str, title: &str, lines: &[LineView], f: Format) -> Self {
        let (plot_left, plot_right) = (16.0, WIDTH - 20.0);
        let (lo, hi) = value_range(lines).unwrap_or((0.0, 1.0));
        let (start, end, tick_values) = scale(lo, hi, f.proportion);
        let x = |v: f64| plot_left + (v - start) / (end - start) * (plot_right - plot_left);
        let newcomers_name = t("results-newcomers");
        let receiving_name = t("results-receiving");
        let side = |c: &CellView, y: f64, who: &str| SideLine {
            y,
            mark: c.estimate.map(|e| Mark {
                x: x(e),
                y,
                low: x(c.ci_low.unwrap_or(e)),
                high: x(c.ci_high.unwrap_or(e)),
                label: if c.interval_text.is_empty() {
                    format!("{who}: {}", c.text)
                } else {
                    format!("{who}: {} ({})", c.text, c.interval_text)
                },
            }),
            note: if c.estimate.is_some() {
                String::new()
            } else {
                ta("charts-side-too-few", &[("side", who.into())])
            },
        };
        let plot_top = LEGEND_HEIGHT;
        let row_height = LABEL_LINE + 2.0 * SIDE_LINE + ROW_GAP;
        let rows: Vec<IntervalRow> = lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let top = plot_top + i as f64 * row_height;
                IntervalRow {
                    label: shorten(&l.label, LABEL_CHARS),
                    label_y: top + 14.0,
                    newcomers: side(&l.newcomers, top + LABEL_LINE + 12.0, &newcomers_name),
                    receiving: side(
                        &l.receiving_community,
                        top + LABEL_LINE + SIDE_LINE + 12.0,
                        &receiving_name,
                    ),
                }
            })
            .collect();
        let axis_y = plot_top + rows.len() as f64 * row_height;
        let height = axis_y + AXIS_HEIGHT;
        let n_ticks = tick_values.len();
        let ticks = tick_values
            .into_iter()
            .enumerate()
            .map(|(i, v)| Tick {
                at: x(v),
                label: f.value(Some(v)),
                anchor: if i == 0 {
                    "start"
                } else if i + 1 == n_ticks {
                    "end"
                } else {
                    "middle"
                },
            })
            .collect();
        Self {
            id: id.to_owned(),
            title: title.to_owned(),
            description: describe(lines),
            width: WIDTH,
            height,
            plot_left,
            plot_top,
            axis_y,
            rows,
            ticks,
            newcomers_colour: NEWCOMERS_COLOUR,
            receiving_colour: RECEIVING_COLOUR,
            newcomers_name,
            receiving_name,
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
    pub name: String,
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

/// Wave labels drawn at most, so that they never overlap (every figure is in the table).
fn label_every(n: usize, plot_width: f64) -> usize {
    // A wave label ("2025", "Wave 10") takes about 50 units at 14-unit text.
    let fit = (plot_width / 50.0).floor().max(1.0) as usize;
    n.div_ceil(fit).max(1)
}

impl TrendChart {
    /// Lays out one line per wave (`lines` in wave order); `None` with fewer than two waves.
    pub(crate) fn new(id: &str, title: &str, lines: &[LineView], f: Format) -> Option<Self> {
        if lines.len() < 2 {
            return None;
        }
        let (width, height) = (WIDTH, 250.0);
        let (plot_left, plot_right, plot_top, plot_bottom) =
            (48.0, width - 24.0, 56.0, height - 40.0);
        let (lo, hi) = value_range(lines)?;
        let (start, end, ticks) = scale(lo, hi, f.proportion);
        let y = |v: f64| plot_bottom - (v - start) / (end - start) * (plot_bottom - plot_top);
        let step = (plot_right - plot_left) / (lines.len() - 1) as f64;
        let x = |i: usize| plot_left + i as f64 * step;
        let series = |name: String, colour, square, pick: fn(&LineView) -> &CellView| {
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
                name,
            }
        };
        let every = label_every(lines.len(), plot_right - plot_left);
        let last = lines.len() - 1;
        Some(Self {
            id: id.to_owned(),
            title: title.to_owned(),
            description: describe(lines),
            width,
            height,
            plot_bottom,
            plot_left,
            plot_right,
            x_labels: lines
                .iter()
                .enumerate()
                .filter(|(i, _)| *i == last || (i % every == 0 && last - i >= every))
                .map(|(i, l)| Tick {
                    at: x(i),
                    label: shorten(&l.label, 10),
                    anchor: if i == 0 {
                        "start"
                    } else if i == last {
                        "end"
                    } else {
                        "middle"
                    },
                })
                .collect(),
            y_ticks: ticks
                .into_iter()
                .map(|v| Tick {
                    at: y(v),
                    label: f.value(Some(v)),
                    anchor: "end",
                })
                .collect(),
            series: vec![
                series(t("results-newcomers"), NEWCOMERS_COLOUR, false, |l| {
                    &l.newcomers
                }),
                series(t("results-receiving"), RECEIVING_COLOUR, true, |l| {
                    &l.receiving_community
                }),
            ],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tessera_app::results::{Cell, Gap, Line};
    use tessera_stats::Status;

    #[test]
    fn ticks_cover_the_values_in_round_steps() {
        let (start, end, ticks) = scale(3.2, 7.9, false);
        assert!(start <= 3.2 && end >= 7.9);
        assert!(ticks.len() >= 3 && ticks.len() <= 7, "{ticks:?}");
        assert_eq!(scale(0.2, 0.4, true).2, vec![0.0, 0.25, 0.5, 0.75, 1.0]);
    }

    fn line(label: &str, newcomers: Option<f64>, receiving: Option<f64>) -> LineView {
        let cell = |e: Option<f64>| Cell {
            estimate: e,
            ci_low: e.map(|v| v - 0.1),
            ci_high: e.map(|v| v + 0.1),
            n_rounded: e.map(|_| 50),
            status: if e.is_some() {
                Status::Ok
            } else {
                Status::Suppressed
            },
        };
        LineView::new(
            &Line {
                cell: Vec::new(),
                label: label.to_owned(),
                newcomers: cell(newcomers),
                receiving_community: cell(receiving),
                other: None,
                gap: Gap {
                    difference: None,
                    ci_low: None,
                    ci_high: None,
                    ratio: None,
                    status: Status::Suppressed,
                    likely_real: None,
                    side_at_bound: false,
                },
            },
            Format { proportion: true },
        )
    }

    #[test]
    fn a_note_for_a_missing_figure_is_drawn_on_its_own_line_not_over_the_bars() {
        let chart = IntervalChart::new(
            "c",
            "title",
            &[line("Abbey", Some(0.5), None), line("Castle", None, None)],
            Format { proportion: true },
        );
        let abbey = &chart.rows[0];
        assert!(abbey.newcomers.mark.is_some() && abbey.newcomers.note.is_empty());
        assert!(abbey.receiving.mark.is_none());
        assert_eq!(
            abbey.receiving.note,
            "Receiving community: too few responses"
        );
        // Every line of text and every bar has its own height: label, newcomers, receiving.
        let ys = [
            abbey.label_y,
            abbey.newcomers.y,
            abbey.receiving.y,
            chart.rows[1].label_y,
        ];
        for pair in ys.windows(2) {
            assert!(pair[1] - pair[0] >= 16.0, "{ys:?}");
        }
        let svg = chart.render().expect("rendered");
        assert!(!svg.contains("One group: too few responses"));
    }

    #[test]
    fn chart_text_is_at_least_twelve_pixels_in_a_phones_column() {
        // The narrowest column a chart is shown in: 320 px less the page's 15 px margins.
        let column = 290.0;
        let font = 14.0;
        assert!(font * column / WIDTH >= 12.0);
        let chart = IntervalChart::new(
            "c",
            "t",
            &[line(
                "A long breakdown value that goes on and on and on",
                Some(0.5),
                Some(0.6),
            )],
            Format { proportion: true },
        );
        assert_eq!(chart.width, WIDTH);
        assert!(chart.rows[0].label.chars().count() <= LABEL_CHARS);
    }

    #[test]
    fn wave_labels_are_thinned_so_they_never_overlap() {
        let lines: Vec<LineView> = (0..12)
            .map(|i| line(&format!("{}", 2014 + i), Some(0.5), Some(0.6)))
            .collect();
        let chart = TrendChart::new("t", "t", &lines, Format { proportion: true }).expect("chart");
        let xs: Vec<f64> = chart.x_labels.iter().map(|l| l.at).collect();
        for pair in xs.windows(2) {
            assert!(pair[1] - pair[0] >= 45.0, "{xs:?}");
        }
        assert_eq!(
            chart.x_labels.last().map(|l| l.label.as_str()),
            Some("2025")
        );
    }
}
