//! The wide drawing: columns from the activities on the left to the goal on the right, as in the
//! guide's planning table.

use std::collections::HashMap;

use super::order::{Elem, Layering};
use super::{
    Anchor, ArrowDirection, Diagram, DiagramColumn, DiagramEdge, DiagramLabel, DiagramNode,
    LayoutOptions, Orientation, Point, description, heading_text, wrap,
};
use crate::model::Plan;

/// Lays out the layering in columns.
pub(super) fn geometry(plan: &Plan, lay: &Layering<'_>, options: &LayoutOptions) -> Diagram {
    let layer_count = lay.layer_count;
    let wrapped: Vec<Vec<String>> = lay
        .nodes
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
    let column_x = |l: usize| {
        options.margin + (layer_count - 1 - l) as f64 * (options.node_width + options.column_gap)
    };
    // Headings are wrapped to their column; the tallest sets where the boxes start.
    let headings: Vec<Vec<String>> = (0..layer_count)
        .map(|l| {
            wrap(
                &heading_text(lay.kind_of_layer(l)),
                options.chars_per_line.saturating_sub(1).max(1),
            )
        })
        .collect();
    let heading_lines = headings.iter().map(Vec::len).max().unwrap_or(1) as f64;
    let heading_height =
        (heading_lines * options.line_height + options.padding).max(options.heading_height);
    let inner_height = lay.layers.iter().map(column_height).fold(0.0, f64::max);
    let top = options.margin + heading_height;
    let mut pos_y: HashMap<Elem, f64> = HashMap::new();
    for layer in &lay.layers {
        let mut y = top + (inner_height - column_height(layer)) / 2.0;
        for &e in layer {
            pos_y.insert(e, y);
            y += height_of(e) + options.row_gap;
        }
    }
    let mut nodes = Vec::new();
    for layer in &lay.layers {
        for &e in layer {
            if let Elem::Node(i) = e {
                let l = lay.layer_of[i];
                nodes.push(DiagramNode {
                    id: lay.nodes[i].id().to_owned(),
                    kind: lay.nodes[i].kind(),
                    text: lay.nodes[i].text().to_owned(),
                    lines: wrapped[i].clone(),
                    column: layer_count - 1 - l,
                    x: column_x(l),
                    y: pos_y.get(&e).copied().unwrap_or(top),
                    width: options.node_width,
                    height: node_height(i),
                });
            }
        }
    }
    // Boxes listed goal first, then by column towards the activities, top to bottom.
    nodes.sort_by(|a, b| b.column.cmp(&a.column).then(a.y.total_cmp(&b.y)));

    let mid = |i: usize| pos_y.get(&Elem::Node(i)).copied().unwrap_or(top) + node_height(i) / 2.0;
    let mut edges = Vec::new();
    for r in &lay.routes {
        // Build the polyline in planning order: from the later node back to the earlier one.
        let mut points = Vec::new();
        let (lt, lf) = (lay.layer_of[r.to], lay.layer_of[r.from]);
        if lf > lt {
            points.push(Point {
                x: column_x(lt),
                y: mid(r.to),
            });
            for &d in &r.dummies {
                let y = pos_y.get(&Elem::Dummy(d)).copied().unwrap_or(top) + dummy_height / 2.0;
                let x = column_x(lay.dummy_layer[d]);
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

    let mut labels = Vec::new();
    let columns = (0..layer_count)
        .rev()
        .map(|l| {
            let kind = lay.kind_of_layer(l);
            let x = column_x(l);
            for (k, line) in headings[l].iter().enumerate() {
                labels.push(DiagramLabel {
                    x: x + options.node_width / 2.0,
                    y: options.margin + options.line_height * (k as f64 + 0.8),
                    text: line.clone(),
                    anchor: Anchor::Middle,
                });
            }
            DiagramColumn {
                kind,
                heading: headings[l].join(" "),
                x,
                width: options.node_width,
            }
        })
        .collect();

    Diagram {
        title: plan.title.clone(),
        description: description(plan, edges.len(), Orientation::Wide, options.arrows),
        width: options.margin * 2.0
            + layer_count as f64 * options.node_width
            + (layer_count - 1) as f64 * options.column_gap,
        height: top + inner_height + options.margin,
        orientation: Orientation::Wide,
        arrows: options.arrows,
        font_size: options.font_size,
        line_height: options.line_height,
        padding: options.padding,
        columns,
        labels,
        nodes,
        edges,
        crossings: lay.crossings,
    }
}
