//! Layers and the order of nodes within them, shared by the wide and the narrow drawing.
//!
//! Layer 0 is the goal; intermediate outcomes take layer 1, or more when they lead to other
//! outcomes (an outcome sits one layer beyond the furthest outcome it leads to); outputs come
//! next and activities last. Links that skip layers get a bend point in each layer they cross.
//! Within layers nodes are ordered by the barycentre (mean position) of their neighbours in the
//! adjacent layer, sweeping back and forth (Sugiyama, Tagawa and Toda, 1981), keeping the
//! ordering with the fewest crossings.

use std::collections::{BTreeSet, HashMap};

use crate::model::{NodeKind, NodeRef, Plan};

/// What sits in a layer: a real node or a bend point of a link that skips layers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Elem {
    Node(usize),
    Dummy(usize),
}

/// A link drawn between two nodes, with the bend points of the layers it skips.
pub(super) struct Route {
    /// The link's position in the plan.
    pub(super) link: usize,
    /// The earlier node (nearer the activities).
    pub(super) from: usize,
    /// The later node (nearer the goal).
    pub(super) to: usize,
    /// Bend points, from the layer next to `to` towards `from`.
    pub(super) dummies: Vec<usize>,
}

/// The plan's nodes in ordered layers.
pub(super) struct Layering<'p> {
    pub(super) nodes: Vec<NodeRef<'p>>,
    pub(super) layer_of: Vec<usize>,
    pub(super) layer_count: usize,
    pub(super) output_layer: usize,
    pub(super) activity_layer: usize,
    /// Each layer's elements, in drawing order.
    pub(super) layers: Vec<Vec<Elem>>,
    pub(super) routes: Vec<Route>,
    /// The layer of each bend point.
    pub(super) dummy_layer: Vec<usize>,
    pub(super) crossings: usize,
}

impl Layering<'_> {
    /// The kind of node a layer holds.
    pub(super) fn kind_of_layer(&self, l: usize) -> NodeKind {
        if l == 0 {
            NodeKind::Goal
        } else if l == self.activity_layer {
            NodeKind::Activity
        } else if l == self.output_layer {
            NodeKind::Output
        } else {
            NodeKind::Outcome
        }
    }

    /// The nodes of a layer in order, without bend points.
    pub(super) fn nodes_in(&self, l: usize) -> impl Iterator<Item = usize> + '_ {
        self.layers[l].iter().filter_map(|e| match e {
            Elem::Node(i) => Some(*i),
            Elem::Dummy(_) => None,
        })
    }
}

/// Layers and orders the plan's nodes.
pub(super) fn layering(plan: &Plan, sweeps: usize) -> Layering<'_> {
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

    let mut layers: Vec<Vec<Elem>> = vec![Vec::new(); layer_count];
    for (i, &l) in layer_of.iter().enumerate() {
        layers[l].push(Elem::Node(i));
    }
    // Edges drawn: every link between known nodes; those going towards the goal get bend points.
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
    for _ in 0..sweeps {
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
    Layering {
        nodes,
        layer_of,
        layer_count,
        output_layer,
        activity_layer,
        layers: best,
        routes,
        dummy_layer,
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
