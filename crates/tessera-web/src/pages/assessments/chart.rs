//! The self-assessment chart: one bar per item for the level it was given (two bars, then and
//! now, when two assessments are compared), drawn on the server as SVG with a title and a
//! description; the page shows the same levels in a table beside it.
//!
//! Drawn [`WIDTH`] units wide with 14-unit text like Tessera's other charts, so text stays
//! readable on a 320 px phone; each item's name has a line of its own above its bars.

use askama::Template;
use tessera_app::assessments::{Item, Kind};
use tessera_l10n::{t, ta};

use crate::ui::charts::{NEWCOMERS_COLOUR, RECEIVING_COLOUR, WIDTH};

/// Characters of an item's name drawn at most (the table has the whole name).
const LABEL_CHARS: usize = 40;
const LEGEND_LINE: f64 = 20.0;
const LABEL_LINE: f64 = 18.0;
const BAR_LINE: f64 = 16.0;
const ROW_GAP: f64 = 10.0;
const AXIS_HEIGHT: f64 = 34.0;

/// One bar.
pub(crate) struct Bar {
    pub y: f64,
    /// The bar's length in SVG units (0 for level 0, drawn as a tick).
    pub length: f64,
    /// What it says, for a pointer's tooltip.
    pub label: String,
    /// When the item was not scored: a note where the bar would be.
    pub note: Option<String>,
    /// Its colour.
    pub colour: &'static str,
    /// Filled (the later or only assessment) or outlined (the earlier one).
    pub solid: bool,
}

/// One item's row: its name, then its bars (earlier first).
pub(crate) struct Row {
    pub label: String,
    pub label_y: f64,
    pub bars: Vec<Bar>,
}

/// A tick on the level axis.
pub(crate) struct Tick {
    pub at: f64,
    pub label: String,
    pub anchor: &'static str,
}

/// The chart of one assessment, or of two side by side.
#[derive(Template)]
#[template(path = "assessments/chart.svg", escape = "html")]
pub(crate) struct LevelChart {
    pub id: String,
    pub title: String,
    pub description: String,
    pub width: f64,
    pub height: f64,
    pub plot_left: f64,
    pub plot_top: f64,
    pub axis_y: f64,
    pub rows: Vec<Row>,
    pub ticks: Vec<Tick>,
    /// (name, colour, solid) of each series, earlier first.
    pub legend: Vec<(String, &'static str, bool)>,
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

impl LevelChart {
    /// Lays out the `series` (each a name and the level per item, earlier first) over `items`.
    pub(crate) fn new(
        id: &str,
        title: &str,
        kind: Kind,
        items: &[Item],
        series: &[(String, Vec<Option<u8>>)],
    ) -> Self {
        let (plot_left, plot_right) = (16.0, WIDTH - 20.0);
        let top = f64::from(kind.top());
        let x = |level: u8| (f64::from(level) / top) * (plot_right - plot_left);
        let levels = kind.levels();
        // The later assessment is solid, the earlier outlined, so colour is not the only
        // difference between them.
        let styles: [(&'static str, bool); 2] = if series.len() > 1 {
            [(RECEIVING_COLOUR, false), (NEWCOMERS_COLOUR, true)]
        } else {
            [(NEWCOMERS_COLOUR, true), (NEWCOMERS_COLOUR, true)]
        };
        let plot_top = if series.len() > 1 {
            LEGEND_LINE * series.len() as f64 + 6.0
        } else {
            6.0
        };
        let row_height = LABEL_LINE + BAR_LINE * series.len() as f64 + ROW_GAP;
        let rows: Vec<Row> = items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let row_top = plot_top + i as f64 * row_height;
                Row {
                    label: shorten(&label_of(item), LABEL_CHARS),
                    label_y: row_top + 14.0,
                    bars: series
                        .iter()
                        .enumerate()
                        .map(|(s, (name, values))| {
                            let y = row_top + LABEL_LINE + s as f64 * BAR_LINE;
                            let value = values.get(i).copied().flatten();
                            Bar {
                                y,
                                length: value.map_or(0.0, x),
                                label: match value {
                                    Some(l) => format!(
                                        "{name}: {l} – {}",
                                        levels.get(usize::from(l)).cloned().unwrap_or_default()
                                    ),
                                    None => format!("{name}: {}", t("assessments-not-scored")),
                                },
                                note: value.is_none().then(|| {
                                    ta("assessments-chart-not-scored", &[("name", name.into())])
                                }),
                                colour: styles[s.min(1)].0,
                                solid: styles[s.min(1)].1,
                            }
                        })
                        .collect(),
                }
            })
            .collect();
        let axis_y = plot_top + rows.len() as f64 * row_height;
        let ticks = (0..=kind.top())
            .map(|l| Tick {
                at: plot_left + x(l),
                label: l.to_string(),
                anchor: if l == 0 {
                    "start"
                } else if l == kind.top() {
                    "end"
                } else {
                    "middle"
                },
            })
            .collect();
        let description = describe(items, series, &levels);
        Self {
            id: id.to_owned(),
            title: title.to_owned(),
            description,
            width: WIDTH,
            height: axis_y + AXIS_HEIGHT,
            plot_left,
            plot_top,
            axis_y,
            rows,
            ticks,
            legend: series
                .iter()
                .enumerate()
                .map(|(s, (name, _))| (name.clone(), styles[s.min(1)].0, styles[s.min(1)].1))
                .collect(),
        }
    }
}

/// An item's short label: its group letter and number, then its name (`P1 Lead locally…`).
pub(crate) fn label_of(item: &Item) -> String {
    format!("{} {}", code_of(item), item.name)
}

/// `P1`, `A3`, `B2`: the item's group letter (localised) and number.
pub(crate) fn code_of(item: &Item) -> String {
    let letter = t(match item.group {
        tessera_app::assessments::Group::Principle => "assessments-code-principle",
        tessera_app::assessments::Group::Area => "assessments-code-area",
        tessera_app::assessments::Group::Barrier => "assessments-code-barrier",
    });
    format!("{letter}{}", item.number)
}

fn describe(items: &[Item], series: &[(String, Vec<Option<u8>>)], levels: &[String]) -> String {
    let mut parts = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let values: Vec<String> = series
            .iter()
            .map(|(name, values)| {
                let text = match values.get(i).copied().flatten() {
                    Some(l) => format!(
                        "{l} ({})",
                        levels.get(usize::from(l)).cloned().unwrap_or_default()
                    ),
                    None => t("assessments-not-scored"),
                };
                if series.len() > 1 {
                    format!("{name} {text}")
                } else {
                    text
                }
            })
            .collect();
        parts.push(format!("{}: {}", label_of(item), values.join(", ")));
    }
    parts.join("; ")
}
