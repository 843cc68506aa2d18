//! The narrow drawing, for phones: the goal at the top and the steps that lead to it below, one
//! box per row across the whole width, with the links drawn in gutters at either side.
//!
//! Every box spans the same width, so a link leaves a box sideways into a gutter, runs down its
//! own lane there and enters the other box from the side: no line ever crosses a box or a
//! heading, and the text can be as large as on a wide screen. Links share a lane only when the
//! rows they span do not meet (first-fit interval partitioning over links sorted by their top
//! row, which uses the fewest lanes for intervals); lanes alternate between the left and the right
//! gutter, innermost first.

use std::collections::HashMap;

use super::{
    Anchor, ArrowDirection, Diagram, DiagramEdge, DiagramLabel, DiagramNode, Orientation, Point,
    chars_for, description, heading_text, wrap,
};
use crate::model::{NodeKind, Plan};

/// Sizes of the narrow drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct NarrowOptions {
    /// Total width, in user units: the drawing is shown at this width in CSS pixels, so it fits
    /// a 320 px screen (290 px inside the page margins) at full size.
    pub width: f64,
    /// Size of the text, in user units (CSS pixels at full size).
    pub font_size: f64,
    /// Height of one line of text.
    pub line_height: f64,
    /// Space inside a box around its text.
    pub padding: f64,
    /// Vertical space between boxes of the same kind.
    pub row_gap: f64,
    /// Vertical space between one kind of box and the next.
    pub band_gap: f64,
    /// Space around the whole drawing.
    pub margin: f64,
    /// Room between a box and the innermost lane, for the arrowhead.
    pub lane_pad: f64,
    /// Distance between lanes, when they fit.
    pub lane_spacing: f64,
    /// The narrowest a box may become to make room for lanes.
    pub min_box_width: f64,
    /// Which way arrows point.
    pub arrows: ArrowDirection,
    /// Rounds of barycentre ordering.
    pub sweeps: usize,
}

impl Default for NarrowOptions {
    fn default() -> Self {
        Self {
            width: 288.0,
            font_size: 13.0,
            line_height: 17.0,
            padding: 8.0,
            row_gap: 10.0,
            band_gap: 20.0,
            margin: 4.0,
            lane_pad: 12.0,
            lane_spacing: 6.0,
            min_box_width: 170.0,
            arrows: ArrowDirection::Planning,
            sweeps: 4,
        }
    }
}

/// Lays out a plan for narrow screens with the default sizes.
pub fn layout_narrow(plan: &Plan) -> Diagram {
    layout_narrow_with(plan, &NarrowOptions::default())
}

/// Lays out a plan for narrow screens: the goal at the top, then intermediate outcomes, outputs
/// and activities, in the layers and order of the wide drawing.
pub fn layout_narrow_with(plan: &Plan, options: &NarrowOptions) -> Diagram {
    let lay = super::order::layering(plan, options.sweeps);
    // Rows top to bottom: the goal's layer first.
    let order: Vec<usize> = (0..lay.layer_count).flat_map(|l| lay.nodes_in(l)).collect();
    let row: HashMap<usize, usize> = order.iter().enumerate().map(|(r, &i)| (i, r)).collect();

    // Lanes, in row space: a link occupies the rows from its upper box to its lower one.
    struct Span {
        route: usize,
        top: usize,
        bottom: usize,
    }
    let mut spans: Vec<Span> = lay
        .routes
        .iter()
        .enumerate()
        .filter_map(|(k, r)| {
            let (a, b) = (*row.get(&r.to)?, *row.get(&r.from)?);
            Some(Span {
                route: k,
                top: a.min(b),
                bottom: a.max(b),
            })
        })
        .collect();
    spans.sort_by_key(|s| (s.top, s.bottom, s.route));
    let mut lane_ends: Vec<usize> = Vec::new();
    let mut lane_of: HashMap<usize, usize> = HashMap::new();
    for s in &spans {
        // Touching rows conflict: both links would attach to the same box on the same lane.
        let free = lane_ends.iter().position(|&end| end < s.top);
        let lane = match free {
            Some(l) => {
                lane_ends[l] = s.bottom;
                l
            }
            None => {
                lane_ends.push(s.bottom);
                lane_ends.len() - 1
            }
        };
        lane_of.insert(s.route, lane);
    }
    let lanes = lane_ends.len();
    let left_lanes = lanes.div_ceil(2);
    let right_lanes = lanes / 2;
    let room =
        (options.width - 2.0 * options.margin - options.min_box_width - 2.0 * options.lane_pad)
            .max(0.0);
    let spacing = if lanes == 0 {
        options.lane_spacing
    } else {
        // Lanes come closer together rather than the text getting smaller.
        (room / left_lanes.max(1) as f64 / 2.0)
            .min(options.lane_spacing)
            .max(2.0)
    };
    let gutter = |n: usize| {
        if n == 0 {
            0.0
        } else {
            options.lane_pad + n as f64 * spacing
        }
    };
    let box_x = options.margin + gutter(left_lanes).max(gutter(right_lanes));
    let box_width = options.width - 2.0 * box_x;
    // Lane `k` sits in the left gutter when even, the right when odd, innermost first.
    let lane_x = |k: usize| {
        let depth = options.lane_pad + (k / 2) as f64 * spacing;
        if k.is_multiple_of(2) {
            box_x - depth
        } else {
            box_x + box_width + depth
        }
    };

    let chars = chars_for(box_width - 2.0 * options.padding, options.font_size);
    let wrapped: Vec<Vec<String>> = lay.nodes.iter().map(|n| wrap(n.text(), chars)).collect();
    let node_height =
        |i: usize| options.padding * 2.0 + options.line_height * wrapped[i].len().max(1) as f64;

    let mut labels = Vec::new();
    let mut y_of: HashMap<usize, f64> = HashMap::new();
    let mut y = options.margin;
    let mut previous: Option<NodeKind> = None;
    for l in 0..lay.layer_count {
        let kind = lay.kind_of_layer(l);
        // Outcomes that lead to other outcomes take layers of their own; one heading serves all.
        if previous != Some(kind) {
            for line in wrap(&heading_text(kind), chars) {
                labels.push(DiagramLabel {
                    x: box_x,
                    y: y + options.line_height * 0.8,
                    text: line,
                    anchor: Anchor::Start,
                });
                y += options.line_height;
            }
            y += 4.0;
        }
        previous = Some(kind);
        for i in lay.nodes_in(l) {
            y_of.insert(i, y);
            y += node_height(i) + options.row_gap;
        }
        y += options.band_gap - options.row_gap;
    }
    let height = y - options.band_gap + options.row_gap + options.margin;

    // Where each link meets each box: arrivals from above in the upper part, ordered innermost
    // lane first, departures downwards below them, outermost first, so no two stubs cross a lane
    // at the box they share.
    let mut attach: HashMap<(usize, usize), f64> = HashMap::new();
    for &i in &order {
        for side in [0, 1] {
            let mut arriving: Vec<(usize, usize)> = Vec::new();
            let mut leaving: Vec<(usize, usize)> = Vec::new();
            for (k, r) in lay.routes.iter().enumerate() {
                let Some(&lane) = lane_of.get(&k) else {
                    continue;
                };
                if lane % 2 != side || (r.from != i && r.to != i) {
                    continue;
                }
                let other = if r.from == i { r.to } else { r.from };
                let below =
                    row.get(&other).copied().unwrap_or(0) > row.get(&i).copied().unwrap_or(0);
                if below {
                    leaving.push((lane, k));
                } else {
                    arriving.push((lane, k));
                }
            }
            arriving.sort_unstable();
            leaving.sort_unstable_by(|a, b| b.cmp(a));
            let all: Vec<(usize, usize)> = arriving.into_iter().chain(leaving).collect();
            let top = y_of.get(&i).copied().unwrap_or(0.0);
            let h = node_height(i);
            for (n, (_, k)) in all.iter().enumerate() {
                attach.insert(
                    (*k, i),
                    top + h * (n as f64 + 1.0) / (all.len() as f64 + 1.0),
                );
            }
        }
    }

    let mut edges = Vec::new();
    for (k, r) in lay.routes.iter().enumerate() {
        let Some(&lane) = lane_of.get(&k) else {
            continue;
        };
        let x = lane_x(lane);
        let edge_x = if lane % 2 == 0 {
            box_x
        } else {
            box_x + box_width
        };
        let at = |i: usize| attach.get(&(k, i)).copied().unwrap_or(0.0);
        // In planning order: from the later step back to the earlier one.
        let mut points = vec![
            Point {
                x: edge_x,
                y: at(r.to),
            },
            Point { x, y: at(r.to) },
            Point { x, y: at(r.from) },
            Point {
                x: edge_x,
                y: at(r.from),
            },
        ];
        if options.arrows == ArrowDirection::Causal {
            points.reverse();
        }
        edges.push(DiagramEdge {
            from: lay.nodes[r.from].id().to_owned(),
            to: lay.nodes[r.to].id().to_owned(),
            points,
            assumptions: plan.links[r.link]
                .assumptions
                .iter()
                .map(|a| a.text.clone())
                .collect(),
        });
    }

    let nodes = order
        .iter()
        .map(|&i| DiagramNode {
            id: lay.nodes[i].id().to_owned(),
            kind: lay.nodes[i].kind(),
            text: lay.nodes[i].text().to_owned(),
            lines: wrapped[i].clone(),
            column: 0,
            x: box_x,
            y: y_of.get(&i).copied().unwrap_or(0.0),
            width: box_width,
            height: node_height(i),
        })
        .collect();

    Diagram {
        title: plan.title.clone(),
        description: description(plan, edges.len(), Orientation::Narrow, options.arrows),
        width: options.width,
        height,
        orientation: Orientation::Narrow,
        arrows: options.arrows,
        font_size: options.font_size,
        line_height: options.line_height,
        padding: options.padding,
        columns: Vec::new(),
        labels,
        nodes,
        edges,
        crossings: lay.crossings,
    }
}
