//! The estimation spec: what to estimate from a dataset, as written in `SPEC.toml`
//! (documented in `docs/estimate.md`). Parsed at the edge into checked types.

pub mod analyses;
mod derive;
mod output;
mod variance;
mod weighting;

use serde::{Deserialize, Serialize};

use crate::design::LonelyPsu;

use crate::estimate::{EstimandKind, Thresholds};
use crate::interval::CiMethod;
pub use derive::{DeriveRule, DerivedVariable};
pub use output::{ContrastSpec, PairwiseSpec};
pub use variance::{ReplicateColumns, VarianceOptions};
pub use weighting::WeightingRef;

/// A problem with a spec file, with where it is and what to do.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct SpecError {
    /// The spec file, as shown to people.
    pub file: String,
    /// The 1-based line, when known.
    pub line: Option<usize>,
    /// What was wrong and what to do.
    pub message: String,
}

/// The survey design columns; absent for simple random sampling.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DesignColumns {
    /// Weight column; empty or absent for equal weights.
    #[serde(default)]
    pub weight: String,
    /// Strata column; empty or absent for one stratum.
    #[serde(default)]
    pub strata: String,
    /// First-stage cluster (PSU) column; empty or absent when rows are the sampling units.
    #[serde(default)]
    pub psu: String,
    /// Finite population correction column; empty or absent for sampling with replacement.
    #[serde(default)]
    pub fpc: String,
    /// Whether PSU codes are unique only within a stratum (as `nest = TRUE` in R `survey`).
    #[serde(default = "yes")]
    pub nest: bool,
    /// What to do with a stratum that has one PSU.
    #[serde(default)]
    pub lonely_psu: LonelyPsu,
}

fn yes() -> bool {
    true
}

/// One measure: an indicator computed from one variable.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureSpec {
    /// The measure's id, used in the output.
    pub id: String,
    /// Proportion, mean or total.
    pub kind: EstimandKind,
    /// The column it is computed from; `None` for a total of rows (an estimated population count).
    pub variable: Option<String>,
    /// Codes that count as success (proportions only).
    pub success: Vec<String>,
    /// Codes left out of the base, besides blanks and declared missing values.
    pub exclude: Vec<String>,
    /// The interval method.
    pub ci: CiMethod,
    /// `kind = "distribution"`: every category of the variable as a proportion (kind is then
    /// [`EstimandKind::Proportion`] and `success` is empty), as `svymean(~factor(x))`.
    pub distribution: bool,
}

/// The two-way comparison: which variable, and which of its values are compared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompareSpec {
    /// The group variable, e.g. `group`.
    pub variable: String,
    /// The focal value, e.g. `newcomer`.
    pub focal: String,
    /// The reference value, e.g. `settled`.
    pub reference: String,
    /// Covariates to account for (`adjust = ["age_band", "sex"]`): the gap is then also
    /// estimated after adjusting for them, by a design-based regression (predictive margins;
    /// see `tessera_stats::glm::margins`). Empty: the raw gap only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub adjust: Vec<String>,
}

/// What to output.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputSpec {
    /// Breakdowns: each a list of variables whose value combinations form the cells.
    pub by: Vec<Vec<String>>,
    /// The comparisons of a focal value with a reference value (several focal groups may
    /// share one reference).
    pub compare: Vec<CompareSpec>,
    /// All pairwise comparisons of a variable's values, Bonferroni-adjusted.
    pub pairwise: Vec<PairwiseSpec>,
    /// General linear contrasts of a variable's values.
    pub contrasts: Vec<ContrastSpec>,
    /// A variable (e.g. `wave`) over whose first and last values the change of each gap is
    /// estimated: is the gap closing?
    pub trend: Option<String>,
    /// Disclosure and reliability thresholds, and the confidence level.
    pub thresholds: Thresholds,
}

/// A whole spec.
#[derive(Debug, Clone, PartialEq)]
pub struct EstimateSpec {
    /// The design, or `None` for simple random sampling.
    pub design: Option<DesignColumns>,
    /// Replicate weights, which then give every variance (`[replicates]`).
    pub replicates: Option<ReplicateColumns>,
    /// Options of the variance computation (`[variance]`).
    pub variance: VarianceOptions,
    /// The weighting the figures use (`[weighting]`), instead of the design's weights.
    pub weighting: Option<WeightingRef>,
    /// Variables computed before anything else (`[[derive]]`), in order.
    pub derive: Vec<DerivedVariable>,
    /// The subpopulation the figures describe (`[[filter]]`, every condition holds); the
    /// variance still uses the whole sample, as R's `subset()` of a design.
    pub filters: Vec<crate::mapping::Condition>,
    /// The measures, in file order.
    pub measures: Vec<MeasureSpec>,
    /// Quantiles, ratios and tests of association (`[[quantile]]`, `[[ratio]]`,
    /// `[[association]]`), in every cell of every breakdown.
    pub analyses: analyses::Analyses,
    /// What to output.
    pub output: OutputSpec,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpec {
    design: Option<DesignColumns>,
    replicates: Option<toml::Spanned<variance::RawReplicates>>,
    #[serde(default)]
    variance: Option<variance::RawVariance>,
    weighting: Option<toml::Spanned<weighting::RawWeighting>>,
    #[serde(default)]
    derive: Vec<toml::Spanned<derive::RawDerive>>,
    #[serde(default)]
    filter: Vec<toml::Spanned<derive::RawFilter>>,
    #[serde(default)]
    measure: Vec<toml::Spanned<RawMeasure>>,
    #[serde(default)]
    quantile: Vec<toml::Spanned<analyses::RawQuantile>>,
    #[serde(default)]
    ratio: Vec<toml::Spanned<analyses::RawRatio>>,
    #[serde(default)]
    association: Vec<toml::Spanned<analyses::RawAssociation>>,
    #[serde(default)]
    output: Option<RawOutput>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeasure {
    id: String,
    kind: String,
    #[serde(default)]
    variable: Option<String>,
    #[serde(default)]
    success: Vec<toml::Value>,
    #[serde(default)]
    exclude: Vec<toml::Value>,
    #[serde(default)]
    ci: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOutput {
    #[serde(default)]
    by: Vec<Vec<String>>,
    compare: Option<output::RawCompare>,
    #[serde(default)]
    pairwise: Vec<String>,
    #[serde(default)]
    contrast: Vec<output::RawContrast>,
    trend: Option<String>,
    min_cell: Option<u64>,
    unreliable_n: Option<u64>,
    unreliable_cv: Option<f64>,
    confidence: Option<f64>,
}

/// A code written in a spec as a string or a number; both mean the same code.
pub(super) fn code_text(value: &toml::Value) -> Option<String> {
    match value {
        toml::Value::String(s) => Some(s.clone()),
        toml::Value::Integer(i) => Some(i.to_string()),
        toml::Value::Float(f) => Some(f.to_string()),
        _ => None,
    }
}

impl EstimateSpec {
    /// Parses and checks a spec; `file` names it in messages. Every problem is reported at once.
    pub fn parse(text: &str, file: &str) -> Result<Self, Vec<SpecError>> {
        let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
        let raw: RawSpec = toml::from_str(text).map_err(|e| {
            vec![SpecError {
                file: file.to_owned(),
                line: e.span().map(|s| line_of(s.start)),
                message: format!("{}; see docs/estimate.md for the spec format", e.message()),
            }]
        })?;
        let mut errors = Vec::new();
        let mut err = |line: Option<usize>, message: String| {
            errors.push(SpecError {
                file: file.to_owned(),
                line,
                message,
            });
        };
        let mut measures = Vec::new();
        // Columns of a design other than an equal-weight simple random sample.
        let design_columns: Vec<String> = raw
            .design
            .iter()
            .flat_map(|d| {
                [
                    ("weight", &d.weight),
                    ("strata", &d.strata),
                    ("psu", &d.psu),
                    ("fpc", &d.fpc),
                ]
            })
            .filter(|(_, c)| !c.trim().is_empty())
            .map(|(f, _)| format!("[design] {f}"))
            .chain(raw.replicates.iter().map(|_| "[replicates]".to_owned()))
            .collect();
        let mut analyses = analyses::Analyses::default();
        for q in &raw.quantile {
            match q.get_ref().check() {
                Ok(q) => analyses.quantiles.push(q),
                Err(m) => err(Some(line_of(q.span().start)), m),
            }
        }
        analyses.ratios = raw.ratio.iter().map(|r| r.get_ref().check()).collect();
        for a in &raw.association {
            match a.get_ref().check() {
                Ok(a) => analyses.associations.push(a),
                Err(m) => err(Some(line_of(a.span().start)), m),
            }
        }
        if raw.measure.is_empty() && analyses.is_empty() {
            err(
                None,
                "the spec has no [[measure]]; add at least one (see docs/estimate.md)".to_owned(),
            );
        }
        for spanned in &raw.measure {
            let line = Some(line_of(spanned.span().start));
            let m = spanned.get_ref();
            if m.id.trim().is_empty() {
                err(line, "a measure needs a non-blank id".to_owned());
            }
            if measures.iter().any(|x: &MeasureSpec| x.id == m.id) {
                err(
                    line,
                    format!("measure id {:?} is used twice; ids must be unique", m.id),
                );
            }
            let distribution = m.kind == "distribution";
            let kind = match m.kind.as_str() {
                "proportion" | "distribution" => EstimandKind::Proportion,
                "mean" => EstimandKind::Mean,
                "total" => EstimandKind::Total,
                other => {
                    err(
                        line,
                        format!(
                            "measure {:?}: kind {other:?} is not one of proportion, mean, total, distribution",
                            m.id
                        ),
                    );
                    continue;
                }
            };
            let variable = m.variable.clone().filter(|v| !v.trim().is_empty());
            if variable.is_none() && kind != EstimandKind::Total {
                err(
                    line,
                    format!("measure {:?}: a {} needs a variable", m.id, m.kind),
                );
            }
            let mut codes = |values: &[toml::Value], field: &str| -> Vec<String> {
                values
                    .iter()
                    .filter_map(|v| {
                        let code = code_text(v);
                        if code.is_none() {
                            err(
                                line,
                                format!("measure {:?}: {field} codes must be strings or numbers, not {v}", m.id),
                            );
                        }
                        code
                    })
                    .collect()
            };
            let success = codes(&m.success, "success");
            let exclude = codes(&m.exclude, "exclude");
            if distribution && !success.is_empty() {
                err(
                    line,
                    format!(
                        "measure {:?}: a distribution has every category as a proportion; leave out success (exclude still leaves codes out of the base)",
                        m.id
                    ),
                );
            }
            if kind == EstimandKind::Proportion && !distribution && success.is_empty() {
                err(
                    line,
                    format!(
                        "measure {:?}: a proportion needs success codes, e.g. success = [\"1\", \"2\"]",
                        m.id
                    ),
                );
            }
            if kind != EstimandKind::Proportion && !success.is_empty() && !distribution {
                err(
                    line,
                    format!(
                        "measure {:?}: success codes only apply to proportions",
                        m.id
                    ),
                );
            }
            let ci = match (m.ci.as_deref(), kind) {
                (None, EstimandKind::Proportion) => CiMethod::Logit,
                (None, _) => CiMethod::WaldT,
                (Some("logit"), EstimandKind::Proportion) => CiMethod::Logit,
                (Some("beta"), EstimandKind::Proportion) => CiMethod::Beta,
                (Some("wilson"), EstimandKind::Proportion) => CiMethod::Wilson,
                (Some("wald"), _) => CiMethod::WaldT,
                (Some("wald_z"), _) => CiMethod::WaldZ,
                (Some(other), EstimandKind::Proportion) => {
                    err(
                        line,
                        format!(
                            "measure {:?}: ci {other:?} is not one of logit, beta, wald, wald_z, wilson",
                            m.id
                        ),
                    );
                    continue;
                }
                (Some(other), _) => {
                    err(
                        line,
                        format!(
                            "measure {:?}: means and totals take ci = \"wald\" (a t interval) or \"wald_z\", not {other:?}",
                            m.id
                        ),
                    );
                    continue;
                }
            };
            if ci == CiMethod::Wilson && !design_columns.is_empty() {
                err(
                    line,
                    format!(
                        "measure {:?}: ci = \"wilson\" ignores the survey design ({}), so its interval would be too narrow; use ci = \"logit\" or \"beta\", which take the design into account",
                        m.id,
                        design_columns.join(", ")
                    ),
                );
                continue;
            }
            measures.push(MeasureSpec {
                id: m.id.clone(),
                kind,
                variable,
                success,
                exclude,
                ci,
                distribution,
            });
        }
        let raw_output = raw.output.unwrap_or(RawOutput {
            by: Vec::new(),
            compare: None,
            pairwise: Vec::new(),
            contrast: Vec::new(),
            trend: None,
            min_cell: None,
            unreliable_n: None,
            unreliable_cv: None,
            confidence: None,
        });
        let defaults = Thresholds::default();
        let thresholds = Thresholds {
            min_cell: raw_output.min_cell.unwrap_or(defaults.min_cell),
            unreliable_n: raw_output.unreliable_n.unwrap_or(defaults.unreliable_n),
            unreliable_cv: raw_output.unreliable_cv.unwrap_or(defaults.unreliable_cv),
            confidence: raw_output.confidence.unwrap_or(defaults.confidence),
        };
        if !(thresholds.confidence > 0.0 && thresholds.confidence < 1.0) {
            err(
                None,
                format!(
                    "[output] confidence must be between 0 and 1 (e.g. 0.95), not {}",
                    thresholds.confidence
                ),
            );
        }
        if thresholds.min_cell < 1 {
            err(None, "[output] min_cell must be at least 1".to_owned());
        }
        if thresholds.unreliable_cv.is_nan() || thresholds.unreliable_cv <= 0.0 {
            err(
                None,
                "[output] unreliable_cv must be above 0 (e.g. 0.30)".to_owned(),
            );
        }
        let mut by = raw_output.by;
        if by.is_empty() {
            by.push(Vec::new());
        }
        for breakdown in &by {
            let mut seen = std::collections::HashSet::new();
            for v in breakdown {
                if !seen.insert(v) {
                    err(
                        None,
                        format!("[output] by lists {v:?} twice in one breakdown"),
                    );
                }
            }
        }
        let compare = match &raw_output.compare {
            Some(c) => c.check().unwrap_or_else(|m| {
                err(None, m);
                Vec::new()
            }),
            None => Vec::new(),
        };
        let mut contrasts = Vec::new();
        for c in &raw_output.contrast {
            match c.check() {
                Ok(c) => contrasts.push(c),
                Err(m) => err(None, m),
            }
        }
        let mut derive = Vec::new();
        for spanned in &raw.derive {
            let line = Some(line_of(spanned.span().start));
            match spanned.get_ref().check() {
                Ok(d) => {
                    if derive.iter().any(|x: &DerivedVariable| x.name == d.name) {
                        err(line, format!("[[derive]] {:?} is defined twice", d.name));
                    }
                    derive.push(d);
                }
                Err(m) => err(line, m),
            }
        }
        let mut filters = Vec::new();
        for f in &raw.filter {
            match f.get_ref().check() {
                Ok(c) => filters.push(c),
                Err(m) => err(Some(line_of(f.span().start)), m),
            }
        }
        let has_clusters = raw
            .design
            .as_ref()
            .is_some_and(|d| !d.strata.trim().is_empty() || !d.psu.trim().is_empty());
        let replicates = match &raw.replicates {
            Some(r) => match r.get_ref().check(has_clusters) {
                Ok(r) => Some(r),
                Err(messages) => {
                    let line = Some(line_of(r.span().start));
                    for m in messages {
                        err(line, m);
                    }
                    None
                }
            },
            None => None,
        };
        let weighting = match &raw.weighting {
            Some(w) => match w.get_ref().check() {
                Ok(w) => Some(w),
                Err(messages) => {
                    let line = Some(line_of(w.span().start));
                    for m in messages {
                        err(line, m);
                    }
                    None
                }
            },
            None => None,
        };
        if weighting.is_some() && replicates.is_some() {
            err(
                None,
                "[weighting] and [replicates] cannot be used together yet: weight a design with strata and PSUs".to_owned(),
            );
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Self {
            design: raw.design,
            replicates,
            variance: raw.variance.unwrap_or_default().options(),
            weighting,
            derive,
            filters,
            measures,
            analyses,
            output: OutputSpec {
                by,
                compare,
                pairwise: raw_output
                    .pairwise
                    .iter()
                    .map(|v| PairwiseSpec {
                        variable: v.clone(),
                    })
                    .collect(),
                contrasts,
                trend: raw_output.trend,
                thresholds,
            },
        })
    }

    /// Every column the spec reads from the data: design, replicates, weighting margins,
    /// measures, breakdowns, comparisons, filters, trend, and what derived variables are made
    /// from (derived variables themselves are not read).
    pub fn columns(&self) -> Vec<String> {
        let mut all: Vec<String> = Vec::new();
        let derived: Vec<&str> = self.derive.iter().map(|d| d.name.as_str()).collect();
        let mut add = |name: &str| {
            if !name.trim().is_empty() && !derived.contains(&name) && !all.iter().any(|a| a == name)
            {
                all.push(name.to_owned());
            }
        };
        if let Some(d) = &self.design {
            for c in [&d.weight, &d.strata, &d.psu, &d.fpc] {
                add(c);
            }
        }
        for c in self.replicates.iter().flat_map(|r| &r.columns) {
            add(c);
        }
        if let Some(WeightingRef::Defined(w)) = &self.weighting {
            for v in w.margins.iter().flat_map(|m| &m.variables) {
                add(v);
            }
        }
        for d in &self.derive {
            for v in d.sources() {
                add(v);
            }
        }
        for f in &self.filters {
            add(f.variable());
        }
        for m in &self.measures {
            if let Some(v) = &m.variable {
                add(v);
            }
        }
        for v in self.analyses.variables() {
            add(v);
        }
        for v in self.output.by.iter().flatten() {
            add(v);
        }
        for c in &self.output.compare {
            add(&c.variable);
            for a in &c.adjust {
                add(a);
            }
        }
        for p in &self.output.pairwise {
            add(&p.variable);
        }
        for c in &self.output.contrasts {
            add(&c.variable);
        }
        if let Some(t) = &self.output.trend {
            add(t);
        }
        all
    }

    /// The margins file the spec's `[weighting]` names (relative to the spec), which the caller
    /// reads and gives to [`EstimateSpec::set_margins`].
    #[must_use]
    pub fn margins_file(&self) -> Option<&str> {
        match &self.weighting {
            Some(WeightingRef::MarginsFile { path, .. }) => Some(path),
            _ => None,
        }
    }

    /// Gives the weighting the margins read from its margins file (CSV text; see
    /// `docs/weighting.md`). Call [`EstimateSpec::columns`] after this: it then includes the
    /// margins' variables.
    ///
    /// # Errors
    /// The CSV is not a valid margins file (with its line).
    pub fn set_margins(&mut self, csv: &str) -> Result<(), crate::weighting::WeightingError> {
        if let Some(WeightingRef::MarginsFile { weighting, path }) = &self.weighting {
            let mut w = weighting.clone();
            w.margins = crate::weighting::margins_from_csv(csv, path)?;
            self.weighting = Some(WeightingRef::Defined(w));
        }
        Ok(())
    }

    /// Every variable named in the breakdowns, in first-mentioned order: the output's columns.
    pub fn by_variables(&self) -> Vec<String> {
        let mut all: Vec<String> = Vec::new();
        for v in self.output.by.iter().flatten() {
            if !all.contains(v) {
                all.push(v.clone());
            }
        }
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"
[design]
weight = "weight"
strata = "stratum"
psu = "psu"
fpc = ""
nest = true
lonely_psu = "adjust"

[[measure]]
id = "getting_on_well"
kind = "proportion"
variable = "getting_on_well"
success = ["1", "2"]
exclude = ["dont_know"]
ci = "logit"

[[measure]]
id = "trust_police"
kind = "mean"
variable = "trust_police"

[output]
by = [["wave", "group"], ["wave", "group", "area"]]
compare = { variable = "group", focal = "newcomer", reference = "settled" }
min_cell = 10
unreliable_n = 30
unreliable_cv = 0.30
confidence = 0.95
"#;

    #[test]
    fn the_documented_example_parses() {
        let spec = EstimateSpec::parse(EXAMPLE, "spec.toml").expect("valid");
        assert_eq!(spec.measures.len(), 2);
        assert_eq!(spec.measures[0].success, ["1", "2"]);
        assert_eq!(spec.measures[1].ci, CiMethod::WaldT);
        assert_eq!(spec.by_variables(), ["wave", "group", "area"]);
        assert_eq!(spec.design.expect("design").lonely_psu, LonelyPsu::Adjust);
    }

    #[test]
    fn every_mistake_is_reported_with_its_line() {
        let text = "[[measure]]\nid = \"a\"\nkind = \"median\"\nvariable = \"x\"\n\n[[measure]]\nid = \"b\"\nkind = \"proportion\"\nvariable = \"y\"\n\n[[measure]]\nid = \"c\"\nkind = \"mean\"\nvariable = \"z\"\nci = \"beta\"\n";
        let errors = EstimateSpec::parse(text, "s.toml").expect_err("invalid");
        let lines: Vec<_> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [Some(1), Some(6), Some(11)], "{errors:?}");
        assert!(errors[0].message.contains("median"));
        assert!(errors[1].message.contains("success codes"));
        assert!(errors[2].message.contains("wald"));
    }

    #[test]
    fn an_unknown_field_is_named_with_its_line() {
        let errors =
            EstimateSpec::parse("[design]\nweigth = \"w\"\n", "s.toml").expect_err("invalid");
        assert_eq!(errors[0].line, Some(2));
        assert!(errors[0].message.contains("weigth"), "{}", errors[0]);
    }

    #[test]
    fn numeric_codes_mean_the_same_as_text_codes() {
        let spec = EstimateSpec::parse(
            "[[measure]]\nid = \"a\"\nkind = \"proportion\"\nvariable = \"x\"\nsuccess = [1, 2]\n",
            "s.toml",
        )
        .expect("valid");
        assert_eq!(spec.measures[0].success, ["1", "2"]);
        assert_eq!(spec.output.by, vec![Vec::<String>::new()]);
    }
}
