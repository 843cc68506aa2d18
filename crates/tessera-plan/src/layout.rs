//! Layered layout of a theory of change, ready to draw as SVG, with a text outline.
//!
//! Columns run from the activities on the left to the goal on the right, as in the guide's
//! planning table. By default arrows point *backwards*, from the goal towards the activities:
//! the guide draws them in the direction of planning, which starts at the goal.
//! [`ArrowDirection::Causal`] draws them the other way, in the direction of cause and effect.

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::model::{GOAL_ID, NodeKind, Plan};

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

/// Sizes and choices for [`layout_with`].
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutOptions {
    /// Width of every node box.
    pub node_width: f64,
    /// Characters per wrapped line of node text.
    pub chars_per_line: usize,
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
    /// Height reserved above the columns for their headings.
    pub heading_height: f64,
    /// Which way arrows point.
    pub arrows: ArrowDirection,
    /// Rounds of barycentre ordering (each one sweep towards the activities and one back).
    pub sweeps: usize,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        Self {
            node_width: 200.0,
            chars_per_line: 23,
            line_height: 18.0,
            padding: 10.0,
            column_gap: 60.0,
            row_gap: 20.0,
            margin: 20.0,
            heading_height: 32.0,
            arrows: ArrowDirection::Planning,
            sweeps: 4,
        }
    }
}

/// A point in diagram coordinates (x to the right, y downwards, as in SVG).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// Distance from the left edge.
    pub x: f64,
    /// Distance from the top edge.
    pub y: f64,
}

/// A column of the diagram, with its heading.
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
    /// The column index, 0 being the leftmost.
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
    /// Which way the arrows point.
    pub arrows: ArrowDirection,
    /// Height of one line of node text.
    pub line_height: f64,
    /// Space inside each box around its text.
    pub padding: f64,
    /// The columns, left to right: activities, outputs, outcomes (earliest first), goal.
    pub columns: Vec<DiagramColumn>,
    /// The boxes.
    pub nodes: Vec<DiagramNode>,
    /// The arrows.
    pub edges: Vec<DiagramEdge>,
    /// How many pairs of edge segments cross, after ordering.
    pub crossings: usize,
}

/// Lays out a plan with the default options.
pub fn layout(plan: &Plan) -> Diagram {
    layout_with(plan, &LayoutOptions::default())
}

/// What sits in a layer: a real node or a bend point of a link that skips layers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Elem {
    Node(usize),
    Dummy(usize),
}

/// Lays out a plan: layers by kind, nodes ordered within layers to reduce crossings.
///
/// Layer 0 is the goal; intermediate outcomes take layer 1, or more when they lead to other
/// outcomes (an outcome sits one layer beyond the furthest outcome it leads to); outputs come
/// next and activities last. Links that skip layers get a bend point in each layer they cross.
/// Within layers nodes are ordered by the barycentre (mean position) of their neighbours in the
/// adjacent layer, sweeping back and forth (Sugiyama, Tagawa and Toda, 1981), keeping the
/// ordering with the fewest crossings.
pub fn layout_with(plan: &Plan, options: &LayoutOptions) -> Diagram {
    let nodes = plan.nodes();
    let index: HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .rev()
        .map(|(i, n)| (n.id(), i))
        .collect();

    // Outcome ranks by bounded relaxation, so a cycle in an invalid plan cannot loop forever.
    let mut rank: Vec<usize> = nodes
        .iter()
        .map(|n| usize::from(n.kind() == NodeKind::Outcome))
        .collect();
    for _ in 0..nodes.len() {
        let mut changed = false;
        for link in &plan.links {
            let (Some(&f), Some(&t)) = (index.get(link.from.as_str()), index.get(link.to.as_str()))
            else {
                continue;
            };
            if nodes[f].kind() == NodeKind::Outcome
                && nodes[t].kind() == NodeKind::Outcome
                && f != t
                && rank[f] < rank[t] + 1
                && rank[t] < nodes.len()
            {
                rank[f] = rank[t] + 1;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let outcome_layers = rank.iter().copied().max().unwrap_or(0).max(1);
    let output_layer = outcome_layers + 1;
    let activity_layer = outcome_layers + 2;
    let layer_of: Vec<usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| match n.kind() {
            NodeKind::Goal => 0,
            NodeKind::Outcome => rank[i],
            NodeKind::Output => output_layer,
            NodeKind::Activity => activity_layer,
        })
        .collect();
    let layer_count = activity_layer + 1;

    // Edges drawn: every link between known nodes; those going towards the goal get bend points.
    struct Route {
        link: usize,
        from: usize,
        to: usize,
        dummies: Vec<usize>,
    }
    let mut layers: Vec<Vec<Elem>> = vec![Vec::new(); layer_count];
    for (i, &l) in layer_of.iter().enumerate() {
        layers[l].push(Elem::Node(i));
    }
    let mut routes: Vec<Route> = Vec::new();
    let mut dummy_layer: Vec<usize> = Vec::new();
    let mut seen_pairs = BTreeSet::new();
    for (li, link) in plan.links.iter().enumerate() {
        let (Some(&f), Some(&t)) = (index.get(link.from.as_str()), index.get(link.to.as_str()))
        else {
            continue;
        };
        if f == t || !seen_pairs.insert((f, t)) {
            continue;
        }
        let mut dummies = Vec::new();
        if layer_of[f] > layer_of[t] + 1 {
            let skipped = (layer_of[t] + 1)..layer_of[f];
            for (l, layer) in layers
                .iter_mut()
                .enumerate()
                .take(skipped.end)
                .skip(skipped.start)
            {
                let d = dummy_layer.len();
                dummy_layer.push(l);
                layer.push(Elem::Dummy(d));
                dummies.push(d);
            }
        }
        routes.push(Route {
            link: li,
            from: f,
            to: t,
            dummies,
        });
    }

    // Segments between adjacent layers, as (element nearer the activities, element nearer the goal).
    let mut segments: Vec<(Elem, Elem)> = Vec::new();
    for r in &routes {
        if layer_of[r.from] <= layer_of[r.to] {
            continue;
        }
        let mut chain = vec![Elem::Node(r.to)];
        chain.extend(r.dummies.iter().map(|&d| Elem::Dummy(d)));
        chain.push(Elem::Node(r.from));
        for pair in chain.windows(2) {
            segments.push((pair[1], pair[0]));
        }
    }
    let layer_of_elem = |e: Elem| match e {
        Elem::Node(i) => layer_of[i],
        Elem::Dummy(d) => dummy_layer[d],
    };

    let mut best = layers.clone();
    let mut best_crossings = count_crossings(&layers, &segments, &layer_of_elem);
    for _ in 0..options.sweeps {
        for l in 1..layer_count {
            reorder(&mut layers, l, l - 1, &segments, &layer_of_elem);
        }
        for l in (0..layer_count.saturating_sub(1)).rev() {
            reorder(&mut layers, l, l + 1, &segments, &layer_of_elem);
        }
        let c = count_crossings(&layers, &segments, &layer_of_elem);
        if c < best_crossings {
            best_crossings = c;
            best = layers.clone();
        }
    }
    let layers = best;

    // Geometry: columns left to right from the activity layer to the goal.
    let wrapped: Vec<Vec<String>> = nodes
        .iter()
        .map(|n| wrap(n.text(), options.chars_per_line))
        .collect();
    let node_height =
        |i: usize| options.padding * 2.0 + options.line_height * wrapped[i].len().max(1) as f64;
    let dummy_height = options.line_height;
    let height_of = |e: Elem| match e {
        Elem::Node(i) => node_height(i),
        Elem::Dummy(_) => dummy_height,
    };
    let column_height = |layer: &Vec<Elem>| {
        let boxes: f64 = layer.iter().map(|&e| height_of(e)).sum();
        boxes + options.row_gap * layer.len().saturating_sub(1) as f64
    };
    let inner_height = layers.iter().map(column_height).fold(0.0, f64::max);
    let top = options.margin + options.heading_height;
    let column_x = |l: usize| {
        options.margin + (layer_count - 1 - l) as f64 * (options.node_width + options.column_gap)
    };
    let mut pos_y: HashMap<(bool, usize), f64> = HashMap::new();
    for layer in &layers {
        let mut y = top + (inner_height - column_height(layer)) / 2.0;
        for &e in layer {
            match e {
                Elem::Node(i) => pos_y.insert((true, i), y),
                Elem::Dummy(d) => pos_y.insert((false, d), y),
            };
            y += height_of(e) + options.row_gap;
        }
    }
    let mut diagram_nodes = Vec::new();
    for layer in &layers {
        for &e in layer {
            if let Elem::Node(i) = e {
                let l = layer_of[i];
                diagram_nodes.push(DiagramNode {
                    id: nodes[i].id().to_owned(),
                    kind: nodes[i].kind(),
                    text: nodes[i].text().to_owned(),
                    lines: wrapped[i].clone(),
                    column: layer_count - 1 - l,
                    x: column_x(l),
                    y: pos_y.get(&(true, i)).copied().unwrap_or(top),
                    width: options.node_width,
                    height: node_height(i),
                });
            }
        }
    }
    // Boxes listed goal first, then by column towards the activities, top to bottom.
    diagram_nodes.sort_by(|a, b| {
        b.column
            .cmp(&a.column)
            .then(a.y.partial_cmp(&b.y).unwrap_or(std::cmp::Ordering::Equal))
    });

    let mid = |i: usize| pos_y.get(&(true, i)).copied().unwrap_or(top) + node_height(i) / 2.0;
    let mut edges = Vec::new();
    for r in &routes {
        // Build the polyline in planning order: from the later node back to the earlier one.
        let mut points = Vec::new();
        let (lt, lf) = (layer_of[r.to], layer_of[r.from]);
        if lf > lt {
            points.push(Point {
                x: column_x(lt),
                y: mid(r.to),
            });
            for &d in &r.dummies {
                let y = pos_y.get(&(false, d)).copied().unwrap_or(top) + dummy_height / 2.0;
                let x = column_x(dummy_layer[d]);
                points.push(Point {
                    x: x + options.node_width,
                    y,
                });
                points.push(Point { x, y });
            }
            points.push(Point {
                x: column_x(lf) + options.node_width,
                y: mid(r.from),
            });
        } else {
            // A link against the layering (only in an invalid plan): join the box centres.
            points.push(Point {
                x: column_x(lt) + options.node_width / 2.0,
                y: mid(r.to),
            });
            points.push(Point {
                x: column_x(lf) + options.node_width / 2.0,
                y: mid(r.from),
            });
        }
        if options.arrows == ArrowDirection::Causal {
            points.reverse();
        }
        edges.push(DiagramEdge {
            from: nodes[r.from].id().to_owned(),
            to: nodes[r.to].id().to_owned(),
            points,
            assumptions: plan.links[r.link]
                .assumptions
                .iter()
                .map(|a| a.text.clone())
                .collect(),
        });
    }

    let columns = (0..layer_count)
        .rev()
        .map(|l| {
            let kind = if l == 0 {
                NodeKind::Goal
            } else if l == activity_layer {
                NodeKind::Activity
            } else if l == output_layer {
                NodeKind::Output
            } else {
                NodeKind::Outcome
            };
            let heading = match kind {
                NodeKind::Goal => "Goal",
                NodeKind::Outcome => "Intermediate outcomes",
                NodeKind::Output => "Outputs",
                NodeKind::Activity => "Activities",
            };
            DiagramColumn {
                kind,
                heading: heading.to_owned(),
                x: column_x(l),
                width: options.node_width,
            }
        })
        .collect();

    let count = |k: NodeKind| nodes.iter().filter(|n| n.kind() == k).count();
    let arrows = match options.arrows {
        ArrowDirection::Planning => {
            "Arrows point back from the goal towards the activities, the order in which the plan was worked out"
        }
        ArrowDirection::Causal => "Arrows point from each step to the step it leads to",
    };
    let description = format!(
        "Theory of change: activities on the left lead to outputs, then to {} intermediate \
         outcome(s) and the goal on the right; {} output(s), {} activit(ies), {} link(s). {arrows}.",
        count(NodeKind::Outcome),
        count(NodeKind::Output),
        count(NodeKind::Activity),
        edges.len(),
    );
    Diagram {
        title: plan.title.clone(),
        description,
        width: options.margin * 2.0
            + layer_count as f64 * options.node_width
            + (layer_count - 1) as f64 * options.column_gap,
        height: top + inner_height + options.margin,
        arrows: options.arrows,
        line_height: options.line_height,
        padding: options.padding,
        columns,
        nodes: diagram_nodes,
        edges,
        crossings: best_crossings,
    }
}

/// Orders layer `l` by the mean position of each element's neighbours in layer `fixed`.
fn reorder(
    layers: &mut [Vec<Elem>],
    l: usize,
    fixed: usize,
    segments: &[(Elem, Elem)],
    layer_of: &impl Fn(Elem) -> usize,
) {
    let position: HashMap<Elem, usize> = layers[fixed]
        .iter()
        .enumerate()
        .map(|(i, &e)| (e, i))
        .collect();
    let mut keyed: Vec<(f64, usize, Elem)> = layers[l]
        .iter()
        .enumerate()
        .map(|(current, &e)| {
            let neighbours: Vec<usize> = segments
                .iter()
                .filter_map(|&(a, b)| {
                    let other = if a == e {
                        b
                    } else if b == e {
                        a
                    } else {
                        return None;
                    };
                    (layer_of(other) == fixed)
                        .then(|| position.get(&other).copied())
                        .flatten()
                })
                .collect();
            // Elements with no neighbour there keep their place.
            let key = if neighbours.is_empty() {
                current as f64
            } else {
                neighbours.iter().sum::<usize>() as f64 / neighbours.len() as f64
            };
            (key, current, e)
        })
        .collect();
    keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    layers[l] = keyed.into_iter().map(|(_, _, e)| e).collect();
}

/// Counts pairs of segments between the same two layers that cross.
fn count_crossings(
    layers: &[Vec<Elem>],
    segments: &[(Elem, Elem)],
    layer_of: &impl Fn(Elem) -> usize,
) -> usize {
    let position: HashMap<Elem, usize> = layers
        .iter()
        .flat_map(|layer| layer.iter().enumerate().map(|(i, &e)| (e, i)))
        .collect();
    let placed: Vec<(usize, usize, usize)> = segments
        .iter()
        .filter_map(|&(a, b)| Some((layer_of(b), *position.get(&a)?, *position.get(&b)?)))
        .collect();
    let mut crossings = 0;
    for (i, s) in placed.iter().enumerate() {
        for t in &placed[i + 1..] {
            if s.0 == t.0 && ((s.1 < t.1 && s.2 > t.2) || (s.1 > t.1 && s.2 < t.2)) {
                crossings += 1;
            }
        }
    }
    crossings
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
                    text.push_str("Not yet linked to the goal:\n");
                    unlinked_heading = true;
                }
                depth += 1;
            }
            let indent = "  ".repeat(depth);
            let bullet = if depth == 0 { "" } else { "- " };
            let seen = if item.repeated { " (listed above)" } else { "" };
            text.push_str(&format!(
                "{indent}{bullet}{}: {}{seen}\n",
                item.kind.label(),
                item.text
            ));
            for a in &item.assumptions {
                text.push_str(&format!("{indent}  Assumption: {a}\n"));
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
}
