//! The theory-of-change diagram as SVG: a wide drawing in columns and a narrow one in rows for
//! phones, shown by CSS container queries (`tessera.css`) so the text is never drawn below
//! 12 px; the text outline; and the full-size view.

use askama::Template;
use tessera_plan::{Diagram, Orientation, Plan, layout, layout_narrow};

/// The smallest size, in CSS pixels, text of the diagram may be drawn at (issue 13).
pub(crate) const MIN_TEXT_PX: f64 = 12.0;

/// The widest a page's content gets, in CSS pixels (the GOV.UK width container). A wide
/// drawing that would need more room than this for 12 px text is shown only on the full-size
/// view; in the page the narrow drawing stands in for it.
pub(crate) const WIDEST_PAGE_PX: f64 = 960.0;

/// One drawing as SVG.
#[derive(Template)]
#[template(path = "plans/diagram.svg")]
pub(crate) struct DiagramSvg {
    /// The prefix of the SVG's element ids (`toc`, `toc-narrow`), unique within a page.
    pub id: &'static str,
    pub orientation: &'static str,
    pub title: String,
    pub description: String,
    pub width: f64,
    pub height: f64,
    pub font_size: f64,
    /// (x, baseline y, text-anchor, text)
    pub labels: Vec<(f64, f64, &'static str, String)>,
    pub nodes: Vec<NodeBox>,
    pub edges: Vec<EdgeLine>,
}

pub(crate) struct EdgeLine {
    pub from: String,
    pub to: String,
    pub points: String,
}

pub(crate) struct NodeBox {
    pub id: String,
    pub class: String,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub text_x: f64,
    /// (baseline y, text) per wrapped line.
    pub lines: Vec<(f64, String)>,
}

impl DiagramSvg {
    pub(crate) fn new(d: &Diagram, id: &'static str) -> Self {
        let nodes = d
            .nodes
            .iter()
            .map(|n| NodeBox {
                id: n.id.clone(),
                class: format!("tessera-toc__node--{}", n.kind.code()),
                x: n.x,
                y: n.y,
                width: n.width,
                height: n.height,
                text_x: n.x + d.padding,
                lines: n
                    .lines
                    .iter()
                    .enumerate()
                    .map(|(i, l)| {
                        (
                            n.y + d.padding + d.line_height * (i as f64 + 0.8),
                            l.clone(),
                        )
                    })
                    .collect(),
            })
            .collect();
        let edges = d
            .edges
            .iter()
            .map(|e| EdgeLine {
                from: e.from.clone(),
                to: e.to.clone(),
                points: e
                    .points
                    .iter()
                    .map(|p| format!("{:.1},{:.1}", p.x, p.y))
                    .collect::<Vec<_>>()
                    .join(" "),
            })
            .collect();
        Self {
            id,
            orientation: match d.orientation {
                Orientation::Wide => "wide",
                Orientation::Narrow => "narrow",
            },
            title: d.title.clone(),
            description: d.description.clone(),
            width: d.width,
            height: d.height,
            font_size: d.font_size,
            labels: d
                .labels
                .iter()
                .map(|l| (l.x, l.y, l.anchor.svg(), l.text.clone()))
                .collect(),
            nodes,
            edges,
        }
    }
}

/// Both drawings of a plan, ready to put in a page.
pub(crate) struct Drawings {
    /// The wide drawing, in columns.
    pub wide: String,
    /// The narrow drawing, in rows.
    pub narrow: String,
    /// The wide drawing's number of columns, which chooses its CSS container query.
    pub columns: usize,
    /// The narrowest the wide drawing may be shown with its text at [`MIN_TEXT_PX`].
    pub wide_min_width: f64,
    /// The outline, the diagram's text alternative.
    pub outline: Vec<OutlineRow>,
}

impl Drawings {
    pub(crate) fn of(plan: &Plan) -> Result<Self, askama::Error> {
        let wide = layout(plan);
        let narrow = layout_narrow(plan);
        Ok(Self {
            wide: DiagramSvg::new(&wide, "toc").render()?,
            narrow: DiagramSvg::new(&narrow, "toc-narrow").render()?,
            columns: wide.columns.len(),
            wide_min_width: wide.min_width_for(MIN_TEXT_PX),
            outline: outline(&wide),
        })
    }

    /// The CSS class choosing when the wide drawing replaces the narrow one: its column count
    /// (`tessera.css` has a container query for each), or `many` when it is too wide to show
    /// inside a page at 12 px.
    pub(crate) fn columns_class(&self) -> String {
        if self.wide_min_width <= WIDEST_PAGE_PX {
            self.columns.to_string()
        } else {
            "many".to_owned()
        }
    }
}

/// One entry of the text outline.
pub(crate) struct OutlineRow {
    pub depth: usize,
    pub kind: String,
    pub text: String,
    pub leads_to: String,
    pub assumptions: Vec<String>,
    pub repeated: bool,
    pub linked: bool,
}

fn outline(d: &Diagram) -> Vec<OutlineRow> {
    let mut parents: Vec<String> = Vec::new();
    d.outline()
        .into_iter()
        .map(|item| {
            parents.truncate(item.depth);
            let leads_to = if item.linked_to_goal && item.depth > 0 {
                parents.last().cloned().unwrap_or_default()
            } else {
                String::new()
            };
            parents.push(item.text.clone());
            OutlineRow {
                depth: item.depth.min(6),
                kind: item.kind.text(),
                text: item.text,
                leads_to,
                assumptions: item.assumptions,
                repeated: item.repeated,
                linked: item.linked_to_goal,
            }
        })
        .collect()
}
