//! Layered layout of a theory of change, ready to draw as SVG, with a text outline.
//!
//! Two drawings come from the same layers and order (the `order` module): the **wide** one ([`layout`]),
//! in columns from the activities on the left to the goal on the right as in the guide's
//! planning table, and the **narrow** one ([`layout_narrow`]) for phones, the goal at the top and
//! one box per row below. By default arrows point *backwards*, from the goal towards the
//! activities: the guide draws them in the direction of planning, which starts at the goal.
//! [`ArrowDirection::Causal`] draws them the other way, in the direction of cause and effect.
//!
//! The texts of the drawing (column headings, the description) are in the language of the
//! request being handled.

mod narrow;
mod order;
mod wide;

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::model::{GOAL_ID, NodeKind, Plan};

pub use narrow::{NarrowOptions, layout_narrow, layout_narrow_with};

/// Which way the arrows of the diagram point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ArrowDirection {
    /// From the later node back to the earlier one (goal → outcomes → outputs → activities),
    /// the direction of planning, as the guide draws it.
    #[default]
    Planning,
    /// From cause to effect (activities → outputs → outcomes → goal).
    Causal,
}

/// Which drawing a [`Diagram`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Orientation {
    /// Columns, activities on the left and the goal on the right.
    #[default]
    Wide,
    /// Rows, the goal at the top, for narrow screens.
    Narrow,
}

/// Sizes and choices for [`layout_with`] (the wide drawing).
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutOptions {
    /// Width of every node box.
    pub node_width: f64,
    /// Characters per wrapped line of node text.
    pub chars_per_line: usize,
    /// Size of the text, in user units.
    pub font_size: f64,
    /// Height of one line of text.
    pub line_height: f64,
    /// Space inside a node box around its text.
    pub padding: f64,
    /// Horizontal space between columns.
    pub column_gap: f64,
    /// Vertical space between boxes in a column.
    pub row_gap: f64,
    /// Space around the whole diagram.
    pub margin: f64,
    /// The least height reserved above the columns for their headings (more when a heading
    /// wraps).
    pub heading_height: f64,
    /// Which way arrows point.
    pub arrows: ArrowDirection,
    /// Rounds of barycentre ordering (each one sweep towards the activities and one back).
    pub sweeps: usize,
}

impl Default for LayoutOptions {
    /// Boxes 150 units wide with 14-unit text: four columns are 710 units wide, so a plan of
    /// four to six columns can be drawn at 12 px or more on a desktop screen (see
    /// [`Diagram::min_width_for`]).
    fn default() -> Self {
        Self {
            node_width: 150.0,
            chars_per_line: chars_for(150.0 - 2.0 * 8.0, 14.0),
            font_size: 14.0,
            line_height: 18.0,
            padding: 8.0,
            column_gap: 30.0,
            row_gap: 16.0,
            margin: 10.0,
            heading_height: 26.0,
            arrows: ArrowDirection::Planning,
            sweeps: 4,
        }
    }
}

/// The width of a character, as a share of the font size, that wrapping allows for.
///
/// An average character of a sans-serif font takes about half its size in width; wide system
/// fonts (DejaVu Sans, the default on many Linux systems) take nearer 0.6. Allowing 0.62 keeps
/// wrapped text inside its box rather than running over the border.
pub(crate) const CHAR_EM: f64 = 0.62;

/// How many characters fit on a line `width` units wide at `font_size`.
pub(crate) fn chars_for(width: f64, font_size: f64) -> usize {
    let per_char = font_size * CHAR_EM;
    if per_char <= 0.0 {
        return 1;
    }
    ((width / per_char).floor() as usize).max(4)
}

/// A point in diagram coordinates (x to the right, y downwards, as in SVG).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// Distance from the left edge.
    pub x: f64,
    /// Distance from the top edge.
    pub y: f64,
}

/// A column of the wide diagram, with its heading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiagramColumn {
    /// The kind of node the column holds.
    pub kind: NodeKind,
    /// The heading to print above it.
    pub heading: String,
    /// The left edge.
    pub x: f64,
    /// The width.
    pub width: f64,
}

/// Where a label's `x` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// At the start of the text.
    Start,
    /// At the middle of the text.
    Middle,
}

impl Anchor {
    /// The SVG `text-anchor` value.
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
        }
    }
}

/// A line of heading text drawn outside the boxes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiagramLabel {
    /// Horizontal position (see `anchor`).
    pub x: f64,
    /// The baseline.
    pub y: f64,
    /// The words.
    pub text: String,
    /// Where `x` is.
    pub anchor: Anchor,
}

/// A box in the diagram.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiagramNode {
    /// The node's id in the plan.
    pub id: String,
    /// Goal, outcome, output or activity.
    pub kind: NodeKind,
    /// The full text.
    pub text: String,
    /// The text wrapped to fit the box, one entry per line.
    pub lines: Vec<String>,
    /// The column index, 0 being the leftmost (0 for every box of the narrow drawing).
    pub column: usize,
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl DiagramNode {
    /// Where the first line of text sits: its baseline, left-aligned inside the padding.
    pub fn text_origin(&self, options: &LayoutOptions) -> Point {
        Point {
            x: self.x + options.padding,
            y: self.y + options.padding + options.line_height * 0.8,
        }
    }
}

/// An arrow between two boxes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiagramEdge {
    /// The causal source in the plan (the earlier step).
    pub from: String,
    /// The causal target in the plan (the later step).
    pub to: String,
    /// The polyline, from the tail to the head; draw the arrowhead at the last point.
    pub points: Vec<Point>,
    /// The assumptions stated on the link.
    pub assumptions: Vec<String>,
}

/// One entry of the text outline, the diagram's accessible alternative.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutlineItem {
    /// Nesting depth: 0 for the goal and for nodes not linked to it.
    pub depth: usize,
    /// Goal, outcome, output or activity.
    pub kind: NodeKind,
    /// The node's id.
    pub id: String,
    /// The node's text.
    pub text: String,
    /// The assumptions on the link from this node to its parent in the outline.
    pub assumptions: Vec<String>,
    /// True when the node was already listed earlier (it leads to more than one step).
    pub repeated: bool,
    /// False for nodes that no chain of links connects to the goal.
    pub linked_to_goal: bool,
}

/// A laid-out theory of change: everything needed to draw it, and its text alternative.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagram {
    /// The plan's title, for the SVG `<title>`.
    pub title: String,
    /// A sentence describing the diagram, for the SVG `<desc>`.
    pub description: String,
    /// Total width.
    pub width: f64,
    /// Total height.
    pub height: f64,
    /// Wide (columns) or narrow (rows).
    pub orientation: Orientation,
    /// Which way the arrows point.
    pub arrows: ArrowDirection,
    /// Size of the text, in user units.
    pub font_size: f64,
    /// Height of one line of node text.
    pub line_height: f64,
    /// Space inside each box around its text.
    pub padding: f64,
    /// The columns, left to right: activities, outputs, outcomes (earliest first), goal. Empty
    /// for the narrow drawing.
    pub columns: Vec<DiagramColumn>,
    /// Heading lines drawn outside the boxes.
    pub labels: Vec<DiagramLabel>,
    /// The boxes.
    pub nodes: Vec<DiagramNode>,
    /// The arrows.
    pub edges: Vec<DiagramEdge>,
    /// How many pairs of edge segments cross between adjacent layers, after ordering.
    pub crossings: usize,
}

/// Lays out a plan in columns with the default options.
pub fn layout(plan: &Plan) -> Diagram {
    layout_with(plan, &LayoutOptions::default())
}

/// Lays out a plan in columns: layers by kind, nodes ordered within layers to reduce crossings
/// (see the `order` module), activities on the left and the goal on the right. Links that skip a column
/// bend through a slot kept free for them.
pub fn layout_with(plan: &Plan, options: &LayoutOptions) -> Diagram {
    let lay = order::layering(plan, options.sweeps);
    wide::geometry(plan, &lay, options)
}

/// The heading of the boxes of a kind, in the language of the request.
fn heading_text(kind: NodeKind) -> String {
    tessera_l10n::t(&format!("plans-diagram-heading-{}", kind.code()))
}

/// The sentence describing a drawing, for its `<desc>`, in the language of the request.
fn description(
    plan: &Plan,
    links: usize,
    orientation: Orientation,
    arrows: ArrowDirection,
) -> String {
    let count = |key: &str, n: usize| tessera_l10n::ta(key, &[("count", n.into())]);
    let shape = match orientation {
        Orientation::Wide => "plans-diagram-desc-wide",
        Orientation::Narrow => "plans-diagram-desc-narrow",
    };
    let arrows = match arrows {
        ArrowDirection::Planning => "plans-diagram-arrows-planning",
        ArrowDirection::Causal => "plans-diagram-arrows-causal",
    };
    tessera_l10n::ta(
        shape,
        &[
            (
                "outcomes",
                count("plans-diagram-count-outcomes", plan.outcomes.len()).into(),
            ),
            (
                "outputs",
                count("plans-diagram-count-outputs", plan.outputs.len()).into(),
            ),
            (
                "activities",
                count("plans-diagram-count-activities", plan.activities.len()).into(),
            ),
            ("links", count("plans-diagram-count-links", links).into()),
            ("arrows", tessera_l10n::t(arrows).into()),
        ],
    )
}

/// Wraps text into lines of at most `width` characters, breaking long words.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(word.drain(..width).collect());
        }
        let word: String = word.into_iter().collect();
        if word.is_empty() {
            continue;
        }
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if !line.is_empty() && needed > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

impl Diagram {
    /// The narrowest rendered width at which the drawing's text is still `min_px` CSS pixels
    /// high: its width scaled by `min_px / font_size` (text shrinks with the drawing when a
    /// page scales an SVG to fit).
    pub fn min_width_for(&self, min_px: f64) -> f64 {
        if self.font_size <= 0.0 {
            return self.width;
        }
        (self.width * min_px / self.font_size).min(self.width)
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&DiagramNode> {
        self.nodes.iter().find(|n| n.id == id)
    }

    /// The theory of change as a nested list: the goal, then what leads to it, and so on back
    /// to the activities, each with the assumptions on its link; then nodes not linked to the goal.
    pub fn outline(&self) -> Vec<OutlineItem> {
        let mut out = Vec::new();
        let mut visited = BTreeSet::new();
        self.outline_from(GOAL_ID, 0, Vec::new(), &mut visited, &mut out);
        for n in &self.nodes {
            if !visited.contains(n.id.as_str()) {
                visited.insert(n.id.as_str());
                out.push(OutlineItem {
                    depth: 0,
                    kind: n.kind,
                    id: n.id.clone(),
                    text: n.text.clone(),
                    assumptions: Vec::new(),
                    repeated: false,
                    linked_to_goal: false,
                });
            }
        }
        out
    }

    fn outline_from<'a>(
        &'a self,
        id: &'a str,
        depth: usize,
        assumptions: Vec<String>,
        visited: &mut BTreeSet<&'a str>,
        out: &mut Vec<OutlineItem>,
    ) {
        let Some(node) = self.node(id) else { return };
        let repeated = !visited.insert(id);
        out.push(OutlineItem {
            depth,
            kind: node.kind,
            id: id.to_owned(),
            text: node.text.clone(),
            assumptions,
            repeated,
            linked_to_goal: true,
        });
        if repeated {
            return;
        }
        // Children in the order they are drawn, top to bottom.
        let mut children: Vec<(&DiagramEdge, f64)> = self
            .edges
            .iter()
            .filter(|e| e.to == id)
            .map(|e| (e, self.node(&e.from).map_or(0.0, |n| n.y)))
            .collect();
        children.sort_by(|a, b| a.1.total_cmp(&b.1));
        for (edge, _) in children {
            self.outline_from(
                &edge.from,
                depth + 1,
                edge.assumptions.clone(),
                visited,
                out,
            );
        }
    }

    /// The outline as indented plain text, two spaces per level.
    pub fn text_outline(&self) -> String {
        let mut text = String::new();
        let mut unlinked_heading = false;
        for item in self.outline() {
            let mut depth = item.depth;
            if !item.linked_to_goal {
                if !unlinked_heading {
                    text.push_str(&tessera_l10n::t("plans-outline-unlinked-heading"));
                    text.push('\n');
                    unlinked_heading = true;
                }
                depth += 1;
            }
            let indent = "  ".repeat(depth);
            let bullet = if depth == 0 { "" } else { "- " };
            let line = tessera_l10n::ta(
                if item.repeated {
                    "plans-outline-item-repeated"
                } else {
                    "plans-outline-item"
                },
                &[
                    ("kind", item.kind.text().into()),
                    ("text", item.text.as_str().into()),
                ],
            );
            text.push_str(&format!("{indent}{bullet}{line}\n"));
            for a in &item.assumptions {
                let a =
                    tessera_l10n::ta("plans-outline-assumption", &[("text", a.as_str().into())]);
                text.push_str(&format!("{indent}  {a}\n"));
            }
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Activity, Assumption, Link, Outcome, Output, PlanKind};

    fn link(from: &str, to: &str) -> Link {
        Link {
            from: from.into(),
            to: to.into(),
            assumptions: vec![],
        }
    }

    fn plan() -> Plan {
        let mut p = Plan::new(
            "Test",
            PlanKind::Intervention,
            "People of all backgrounds feel at home",
        );
        for id in ["o1", "o2"] {
            p.outcomes.push(Outcome {
                id: id.into(),
                text: format!("Outcome {id}"),
                indicators: vec![],
            });
        }
        for id in ["p1", "p2"] {
            p.outputs.push(Output {
                id: id.into(),
                text: format!("Output {id}"),
            });
        }
        for id in ["a1", "a2"] {
            p.activities.push(Activity {
                id: id.into(),
                text: format!("Activity {id}"),
                resources: vec![],
            });
        }
        p
    }

    #[test]
    fn the_goal_is_on_the_right_and_activities_on_the_left() {
        let mut p = plan();
        p.links = vec![
            link("o1", "goal"),
            link("o2", "goal"),
            link("p1", "o1"),
            link("a1", "p1"),
        ];
        let d = layout(&p);
        let x = |id: &str| d.node(id).map(|n| n.x).unwrap_or(f64::NAN);
        assert!(x("a1") < x("p1") && x("p1") < x("o1") && x("o1") < x("goal"));
        assert_eq!(d.columns.first().map(|c| c.kind), Some(NodeKind::Activity));
        assert_eq!(d.columns.last().map(|c| c.kind), Some(NodeKind::Goal));
        assert!(
            d.nodes
                .iter()
                .all(|n| n.x + n.width <= d.width && n.y + n.height <= d.height)
        );
    }

    #[test]
    fn planning_arrows_run_from_the_goal_back_to_the_activity() {
        let mut p = plan();
        p.links = vec![link("o1", "goal")];
        let d = layout(&p);
        let e = &d.edges[0];
        let goal = d.node("goal").map(|n| n.x).unwrap_or_default();
        let outcome = d.node("o1").map(|n| n.x + n.width).unwrap_or_default();
        assert_eq!(e.points.first().map(|p| p.x), Some(goal));
        assert_eq!(
            e.points.last().map(|p| p.x),
            Some(outcome),
            "the head is at the outcome"
        );
        let causal = layout_with(
            &p,
            &LayoutOptions {
                arrows: ArrowDirection::Causal,
                ..LayoutOptions::default()
            },
        );
        assert_eq!(causal.edges[0].points.last().map(|p| p.x), Some(goal));
    }

    #[test]
    fn an_outcome_leading_to_another_outcome_gets_its_own_column() {
        let mut p = plan();
        p.links = vec![link("o2", "goal"), link("o1", "o2"), link("p1", "o1")];
        let d = layout(&p);
        let col = |id: &str| d.node(id).map(|n| n.column).unwrap_or(99);
        assert!(col("o1") < col("o2"));
        assert_eq!(d.columns.len(), 5);
    }

    #[test]
    fn a_link_that_skips_a_column_bends_through_it() {
        let mut p = plan();
        p.links = vec![link("o2", "goal"), link("o1", "o2"), link("p1", "o2")];
        let d = layout(&p);
        let e = d
            .edges
            .iter()
            .find(|e| e.from == "p1")
            .map(|e| e.points.len());
        assert_eq!(
            e,
            Some(4),
            "start, two points across the skipped column, end"
        );
    }

    #[test]
    fn barycentre_ordering_removes_avoidable_crossings() {
        let mut p = plan();
        // In file order these links cross: o1 ← p2 ← a2 and o2 ← p1 ← a1.
        p.links = vec![
            link("o1", "goal"),
            link("o2", "goal"),
            link("p2", "o1"),
            link("p1", "o2"),
            link("a2", "p2"),
            link("a1", "p1"),
        ];
        let d = layout(&p);
        assert_eq!(d.crossings, 0);
        let no_sweeps = layout_with(
            &p,
            &LayoutOptions {
                sweeps: 0,
                ..LayoutOptions::default()
            },
        );
        assert!(no_sweeps.crossings > 0);
    }

    #[test]
    fn a_cycle_in_an_invalid_plan_still_lays_out() {
        let mut p = plan();
        p.links = vec![link("o1", "o2"), link("o2", "o1"), link("goal", "a1")];
        let d = layout(&p);
        assert_eq!(d.nodes.len(), 7);
    }

    #[test]
    fn long_text_wraps_and_long_words_break() {
        assert_eq!(
            wrap("Regular interactions with local English speakers", 20),
            vec!["Regular interactions", "with local English", "speakers"]
        );
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 4), vec![""]);
    }

    #[test]
    fn the_text_outline_nests_backwards_from_the_goal_with_assumptions() {
        let mut p = plan();
        p.links = vec![
            link("o1", "goal"),
            Link {
                from: "p1".into(),
                to: "o1".into(),
                assumptions: vec![Assumption {
                    text: "Practice builds confidence".into(),
                    evidence: vec![],
                    status: Default::default(),
                }],
            },
            link("a1", "p1"),
            link("p1", "o2"),
        ];
        let text = layout(&p).text_outline();
        assert_eq!(
            text,
            "Goal: People of all backgrounds feel at home\n\
             \x20 - Intermediate outcome: Outcome o1\n\
             \x20   - Output: Output p1\n\
             \x20     Assumption: Practice builds confidence\n\
             \x20     - Activity: Activity a1\n\
             Not yet linked to the goal:\n\
             \x20 - Intermediate outcome: Outcome o2\n\
             \x20 - Output: Output p2\n\
             \x20 - Activity: Activity a2\n"
        );
    }

    /// Whether the segment a–b passes through the inside of the rectangle (Liang–Barsky
    /// clipping against the rectangle shrunk by half a unit, so touching its edge is not
    /// crossing it).
    fn crosses(a: Point, b: Point, x: f64, y: f64, w: f64, h: f64) -> bool {
        let (x0, x1, y0, y1) = (x + 0.5, x + w - 0.5, y + 0.5, y + h - 0.5);
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let mut t0: f64 = 0.0;
        let mut t1: f64 = 1.0;
        for (p, q) in [
            (-dx, a.x - x0),
            (dx, x1 - a.x),
            (-dy, a.y - y0),
            (dy, y1 - a.y),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let r = q / p;
                if p < 0.0 {
                    t0 = t0.max(r);
                } else {
                    t1 = t1.min(r);
                }
            }
        }
        t0 < t1
    }

    /// Every mark of the drawing that text sits on: boxes, and heading lines (estimated at
    /// the same width per character the wrapping assumes).
    fn text_areas(d: &Diagram) -> Vec<(f64, f64, f64, f64)> {
        let mut out: Vec<(f64, f64, f64, f64)> = d
            .nodes
            .iter()
            .map(|n| (n.x, n.y, n.width, n.height))
            .collect();
        for l in &d.labels {
            let w = l.text.chars().count() as f64 * d.font_size * CHAR_EM;
            let x = match l.anchor {
                Anchor::Start => l.x,
                Anchor::Middle => l.x - w / 2.0,
            };
            out.push((x, l.y - d.font_size, w, d.font_size * 1.2));
        }
        out
    }

    fn no_line_crosses_text(d: &Diagram) {
        for e in &d.edges {
            for seg in e.points.windows(2) {
                for &(x, y, w, h) in &text_areas(d) {
                    assert!(
                        !crosses(seg[0], seg[1], x, y, w, h),
                        "{}→{} crosses ({x}, {y}, {w}, {h}) in {:?}",
                        e.from,
                        e.to,
                        d.orientation
                    );
                }
            }
        }
        for n in &d.nodes {
            let widest = n.lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
            assert!(
                widest as f64 * d.font_size * CHAR_EM <= n.width - 2.0 * d.padding + 0.01,
                "{} is too wide for its box",
                n.id
            );
        }
    }

    fn example(text: &str) -> Plan {
        Plan::from_json(text).expect("a valid example")
    }

    #[test]
    fn the_narrow_drawing_fits_a_320_px_screen_at_full_size_with_text_of_13_px() {
        for plan in [
            example(crate::examples::LANGUAGE_CAFE),
            example(crate::examples::FRIENDSHIP_CLUB),
        ] {
            let d = layout_narrow(&plan);
            // 320 px less the page's 15 px margins.
            assert!(d.width <= 290.0, "{}", d.width);
            assert!(d.font_size >= 12.0);
            assert_eq!(d.min_width_for(12.0), d.width * 12.0 / 13.0);
            for n in &d.nodes {
                assert!(n.x >= 0.0 && n.x + n.width <= d.width, "{}", n.id);
                assert!(n.y + n.height <= d.height, "{}", n.id);
            }
            for (i, a) in d.nodes.iter().enumerate() {
                for b in &d.nodes[i + 1..] {
                    assert!(
                        a.y + a.height <= b.y || b.y + b.height <= a.y,
                        "{} and {} overlap",
                        a.id,
                        b.id
                    );
                }
            }
            assert_eq!(d.edges.len(), plan.links.len());
        }
    }

    #[test]
    fn no_line_of_either_drawing_crosses_a_box_or_a_heading_in_either_language() {
        let p = |x, y| Point { x, y };
        assert!(crosses(p(0.0, 5.0), p(20.0, 5.0), 5.0, 0.0, 10.0, 10.0));
        assert!(crosses(p(0.0, 0.0), p(20.0, 20.0), 5.0, 5.0, 10.0, 10.0));
        assert!(
            !crosses(p(0.0, 5.0), p(5.0, 5.0), 5.0, 0.0, 10.0, 10.0),
            "touching"
        );
        assert!(!crosses(p(0.0, 20.0), p(20.0, 20.0), 5.0, 0.0, 10.0, 10.0));
        for lang in tessera_l10n::Lang::ALL {
            tessera_l10n::sync_scope(lang, || {
                for text in [
                    crate::examples::LANGUAGE_CAFE,
                    crate::examples::FRIENDSHIP_CLUB,
                    crate::examples::WEAK_PLAN,
                ] {
                    let plan = example(text);
                    no_line_crosses_text(&layout(&plan));
                    no_line_crosses_text(&layout_narrow(&plan));
                }
                let mut p = plan();
                p.links = vec![
                    link("o2", "goal"),
                    link("o1", "o2"),
                    link("p1", "o2"),
                    link("p1", "o1"),
                    link("p2", "o1"),
                    link("a1", "p1"),
                    link("a2", "p1"),
                    link("a2", "p2"),
                ];
                no_line_crosses_text(&layout(&p));
                no_line_crosses_text(&layout_narrow(&p));
            });
        }
    }

    #[test]
    fn the_narrow_drawing_has_the_goal_on_top_and_arrows_back_towards_the_activities() {
        let mut p = plan();
        p.links = vec![link("o1", "goal"), link("p1", "o1"), link("a1", "p1")];
        let d = layout_narrow(&p);
        let y = |id: &str| d.node(id).map(|n| n.y).unwrap_or(f64::NAN);
        assert!(y("goal") < y("o1") && y("o1") < y("p1") && y("p1") < y("a1"));
        let headings: Vec<&str> = d.labels.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            headings,
            ["Goal", "Intermediate outcomes", "Outputs", "Activities"]
        );
        for e in &d.edges {
            let (head, tail) = (e.points[e.points.len() - 1], e.points[0]);
            assert!(head.y > tail.y, "the head is at the earlier, lower step");
            // The last stretch is level, into the side of the box, long enough for a head.
            let before = e.points[e.points.len() - 2];
            assert_eq!(before.y, head.y);
            assert!((before.x - head.x).abs() >= 10.0);
        }
        assert_eq!(d.orientation, Orientation::Narrow);
    }

    #[test]
    fn links_sharing_rows_get_lanes_of_their_own() {
        let mut p = plan();
        p.links = vec![
            link("o1", "goal"),
            link("o2", "goal"),
            link("p1", "o1"),
            link("p2", "o2"),
            link("p1", "o2"),
        ];
        let d = layout_narrow(&p);
        let lane = |e: &DiagramEdge| e.points[1].x;
        for (i, a) in d.edges.iter().enumerate() {
            for b in &d.edges[i + 1..] {
                let (a0, a1) = (
                    a.points[1].y.min(a.points[2].y),
                    a.points[1].y.max(a.points[2].y),
                );
                let (b0, b1) = (
                    b.points[1].y.min(b.points[2].y),
                    b.points[1].y.max(b.points[2].y),
                );
                if a0 <= b1 && b0 <= a1 {
                    assert_ne!(
                        lane(a),
                        lane(b),
                        "{}→{} and {}→{}",
                        a.from,
                        a.to,
                        b.from,
                        b.to
                    );
                }
            }
        }
    }

    #[test]
    fn headings_wrap_within_their_column_in_welsh() {
        let d = tessera_l10n::sync_scope(tessera_l10n::Lang::Cy, || {
            layout(&example(crate::examples::LANGUAGE_CAFE))
        });
        let headings: Vec<&str> = d.columns.iter().map(|c| c.heading.as_str()).collect();
        assert!(headings.contains(&"Canlyniadau interim"), "{headings:?}");
        assert_eq!(headings.last(), Some(&"Nod"));
        assert!(
            d.description.starts_with("Theori newid"),
            "{}",
            d.description
        );
        no_line_crosses_text(&d);
    }

    #[test]
    fn four_columns_fit_a_desktop_column_at_12_px_and_the_widest_needs_its_full_size() {
        let mut p = plan();
        p.links = vec![link("o1", "goal"), link("p1", "o1"), link("a1", "p1")];
        let d = layout(&p);
        assert_eq!(d.columns.len(), 4);
        assert_eq!(d.width, 710.0);
        // The plan page's two-thirds column is 630 px wide on a desktop screen.
        assert!(d.min_width_for(12.0) <= 630.0, "{}", d.min_width_for(12.0));
    }
}
