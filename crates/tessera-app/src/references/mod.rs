//! Reference values (issue 18): a national or regional figure for an indicator, with its source
//! and year, recorded by an organisation so it can see its own estimates beside it.
//!
//! A share is entered as a percentage (34.5) and kept on the estimates' scale (0.345), so it
//! can be set against an estimate and its interval directly; other kinds are kept as entered.
//! Whether a reference lies inside, above or below an estimate's interval is said in words, not
//! judged: a national figure is context, never a target (DESIGN: no universal targets).

use serde::{Deserialize, Serialize};
use tessera_framework::{Catalogue, IndicatorKind};
use tessera_l10n::{t, ta};
use tessera_store::{NewReferenceValue, ReferenceId, ReferenceValue, Role, prelude::*};

pub use crate::participants::{Checked, Problem};
use crate::{Actor, App, AppError, AppResult};

/// The geographic levels a reference value may describe.
pub const LEVELS: [&str; 3] = ["national", "regional", "local"];

/// The longest text accepted in a field, in characters.
pub const MAX_TEXT_CHARS: usize = 500;

/// The earliest and latest year accepted.
pub const YEARS: (i64, i64) = (1950, 2100);

/// What the reference value form (or the API) sent, as text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct ReferenceInput {
    /// The indicator, qualified by its pack (`ioi-2019/…`).
    #[serde(default)]
    pub indicator: String,
    /// The figure: a percentage for a share, else the number.
    #[serde(default)]
    pub value: String,
    /// The place it describes.
    #[serde(default)]
    pub area: String,
    /// One of [`LEVELS`].
    #[serde(default)]
    pub level: String,
    /// Where it comes from.
    #[serde(default)]
    pub source: String,
    /// A link to it, or blank.
    #[serde(default)]
    pub url: String,
    /// The year it describes.
    #[serde(default)]
    pub year: String,
    /// Notes, or blank.
    #[serde(default)]
    pub notes: String,
}

/// A reference value with its figure read and written for people.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReferenceView {
    /// As kept.
    pub record: ReferenceValue,
    /// The figure on the estimates' scale.
    pub value: f64,
    /// The figure as a person reads it (`34.5%`, `7.2`).
    pub text: String,
    /// The level's name in the request's language.
    pub level_name: String,
}

/// Where a reference value lies against an estimate's interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Position {
    /// Below the interval's lower end.
    Below,
    /// Within the interval.
    Within,
    /// Above the interval's upper end.
    Above,
}

impl Position {
    /// Where `value` lies against the interval `[low, high]`.
    pub fn of(value: f64, low: f64, high: f64) -> Self {
        if value < low {
            Position::Below
        } else if value > high {
            Position::Above
        } else {
            Position::Within
        }
    }

    /// The words for it, in the request's language.
    pub fn words(self) -> String {
        t(match self {
            Position::Below => "references-position-below",
            Position::Within => "references-position-within",
            Position::Above => "references-position-above",
        })
    }
}

fn is_proportion(catalogue: &Catalogue, indicator: &str) -> bool {
    catalogue
        .indicator(indicator)
        .is_some_and(|i| i.kind == IndicatorKind::Proportion)
}

/// A reference value as people read it.
pub fn view(catalogue: &Catalogue, record: ReferenceValue) -> ReferenceView {
    let value = record.value.parse::<f64>().unwrap_or(f64::NAN);
    let text = if is_proportion(catalogue, &record.indicator) {
        tessera_l10n::percent(value, 1)
    } else {
        tessera_l10n::number(value, 2)
    };
    let level_name = t(&format!("references-level-{}", record.level));
    ReferenceView {
        record,
        value,
        text,
        level_name,
    }
}

fn too_long(field: &str) -> Problem {
    Problem::new(
        field,
        ta(
            "references-error-too-long",
            &[("max", MAX_TEXT_CHARS.into())],
        ),
    )
}

/// Checks a form against the catalogue; the value to keep, or every problem.
pub fn check(catalogue: &Catalogue, input: &ReferenceInput) -> Checked<NewReferenceValue> {
    let mut problems = Vec::new();
    let indicator = input.indicator.trim();
    if catalogue.indicator(indicator).is_none() {
        problems.push(Problem::new("indicator", t("references-error-indicator")));
    }
    let proportion = is_proportion(catalogue, indicator);
    let raw = input
        .value
        .trim()
        .trim_end_matches('%')
        .trim()
        .replace(',', "");
    let value = match raw.parse::<f64>() {
        Ok(v) if v.is_finite() && (!proportion || (0.0..=100.0).contains(&v)) => {
            // A share is entered as a percentage and kept as a share; the text is rebuilt
            // from the float so 34.5 keeps as 0.345, not 0.34500000000000003.
            if proportion {
                Some(format_share(v))
            } else {
                Some(raw.clone())
            }
        }
        _ => {
            problems.push(Problem::new(
                "value",
                if proportion {
                    ta(
                        "references-error-percent",
                        &[("value", input.value.trim().into())],
                    )
                } else {
                    ta(
                        "references-error-number",
                        &[("value", input.value.trim().into())],
                    )
                },
            ));
            None
        }
    };
    let area = input.area.trim();
    if area.is_empty() {
        problems.push(Problem::new("area", t("references-error-area")));
    } else if area.chars().count() > MAX_TEXT_CHARS {
        problems.push(too_long("area"));
    }
    let level = input.level.trim();
    if !LEVELS.contains(&level) {
        problems.push(Problem::new("level", t("references-error-level")));
    }
    let source = input.source.trim();
    if source.is_empty() {
        problems.push(Problem::new("source", t("references-error-source")));
    } else if source.chars().count() > MAX_TEXT_CHARS {
        problems.push(too_long("source"));
    }
    let url = input.url.trim();
    if !url.is_empty()
        && (!(url.starts_with("https://") || url.starts_with("http://"))
            || url.chars().count() > MAX_TEXT_CHARS
            || url.contains(char::is_whitespace))
    {
        problems.push(Problem::new("url", t("references-error-url")));
    }
    let year = match input.year.trim().parse::<i64>() {
        Ok(y) if (YEARS.0..=YEARS.1).contains(&y) => Some(y),
        _ => {
            problems.push(Problem::new(
                "year",
                ta(
                    "references-error-year",
                    &[("from", YEARS.0.into()), ("to", YEARS.1.into())],
                ),
            ));
            None
        }
    };
    let notes = input.notes.trim();
    if notes.chars().count() > MAX_TEXT_CHARS {
        problems.push(too_long("notes"));
    }
    match (value, year) {
        (Some(value), Some(year)) if problems.is_empty() => Ok(NewReferenceValue {
            indicator: indicator.to_owned(),
            value,
            area: area.to_owned(),
            level: level.to_owned(),
            source: source.to_owned(),
            url: url.to_owned(),
            year,
            notes: notes.to_owned(),
        }),
        _ => Err(problems),
    }
}

/// A percentage as a share written without float noise (34.5 → `0.345`).
fn format_share(percent: f64) -> String {
    let text = format!("{:.8}", percent / 100.0);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text.is_empty() || text == "-" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

impl App {
    /// The organisation's reference values, for one indicator or all.
    pub async fn reference_values(
        &self,
        actor: &Actor,
        indicator: Option<&str>,
    ) -> AppResult<Vec<ReferenceView>> {
        Ok(self
            .store()
            .reference_values(actor.org.id, indicator)
            .await?
            .into_iter()
            .map(|r| view(self.catalogue(), r))
            .collect())
    }

    /// Records a reference value (analysts, editors and owners).
    pub async fn add_reference_value(
        &self,
        actor: &Actor,
        input: &ReferenceInput,
    ) -> AppResult<Checked<ReferenceView>> {
        actor.require(Role::Analyst)?;
        let new = match check(self.catalogue(), input) {
            Ok(n) => n,
            Err(p) => return Ok(Err(p)),
        };
        let record = self
            .store()
            .create_reference_value(actor.org.id, new, &actor.name)
            .await?;
        Ok(Ok(view(self.catalogue(), record)))
    }

    /// Deletes one of the organisation's reference values (analysts, editors and owners).
    pub async fn delete_reference_value(&self, actor: &Actor, id: &str) -> AppResult<()> {
        actor.require(Role::Analyst)?;
        let not_found = || AppError::NotFound(t("references-error-not-found"));
        let id = id.trim().parse::<i64>().map_err(|_| not_found())?;
        if self
            .store()
            .delete_reference_value(actor.org.id, ReferenceId(id), &actor.name)
            .await?
        {
            Ok(())
        } else {
            Err(not_found())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(indicator: &str, value: &str) -> ReferenceInput {
        ReferenceInput {
            indicator: indicator.to_owned(),
            value: value.to_owned(),
            area: "England".to_owned(),
            level: "national".to_owned(),
            source: "Community Life Survey 2021/22".to_owned(),
            url: "https://www.gov.uk/government/collections/community-life-survey--2".to_owned(),
            year: "2022".to_owned(),
            notes: String::new(),
        }
    }

    fn proportion_indicator(catalogue: &Catalogue) -> String {
        catalogue
            .indicators()
            .find(|i| i.kind == IndicatorKind::Proportion)
            .expect("a proportion indicator")
            .qualified_id()
    }

    #[test]
    fn a_percentage_is_kept_as_a_share_without_float_noise() {
        let catalogue = Catalogue::shipped().expect("packs");
        let key = proportion_indicator(&catalogue);
        let new = check(&catalogue, &input(&key, "34.5%")).expect("valid");
        assert_eq!(new.value, "0.345");
        assert_eq!(
            check(&catalogue, &input(&key, "100")).expect("valid").value,
            "1"
        );
        assert_eq!(
            check(&catalogue, &input(&key, "0")).expect("valid").value,
            "0"
        );
        let refused = check(&catalogue, &input(&key, "134")).expect_err("over 100%");
        assert_eq!(refused[0].field, "value");
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let catalogue = Catalogue::shipped().expect("packs");
        let bad = ReferenceInput {
            indicator: "ioi-2019/no-such-indicator".to_owned(),
            value: "lots".to_owned(),
            area: " ".to_owned(),
            level: "planetary".to_owned(),
            source: String::new(),
            url: "javascript:alert(1)".to_owned(),
            year: "20".to_owned(),
            notes: String::new(),
        };
        let fields: Vec<String> = check(&catalogue, &bad)
            .expect_err("all wrong")
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(
            fields,
            [
                "indicator",
                "value",
                "area",
                "level",
                "source",
                "url",
                "year"
            ]
        );
    }

    #[test]
    fn a_reference_is_placed_against_an_interval() {
        assert_eq!(Position::of(0.30, 0.32, 0.40), Position::Below);
        assert_eq!(Position::of(0.32, 0.32, 0.40), Position::Within);
        assert_eq!(Position::of(0.41, 0.32, 0.40), Position::Above);
    }

    #[tokio::test]
    async fn reference_values_are_recorded_by_analysts_and_read_by_everyone_in_the_organisation() {
        let store = tessera_store::testing::fresh().await.expect("database");
        let org = store
            .create_organisation(
                tessera_store::NewOrganisation::parse("c", "Council").expect("valid"),
                "t",
            )
            .await
            .expect("org");
        let app = App::new(
            Catalogue::shipped().expect("packs"),
            store,
            crate::Settings::new(std::env::temp_dir()),
        );
        let mut actor = Actor::command_line(org);
        let key = proportion_indicator(app.catalogue());
        let added = app
            .add_reference_value(&actor, &input(&key, "34.5"))
            .await
            .expect("saved")
            .expect("valid");
        assert_eq!(added.text, "34.5%");
        assert_eq!(added.level_name, "National");
        actor.role = Role::Viewer;
        assert_eq!(
            app.reference_values(&actor, Some(&key))
                .await
                .expect("read")
                .len(),
            1
        );
        assert!(matches!(
            app.add_reference_value(&actor, &input(&key, "1")).await,
            Err(AppError::Forbidden(_))
        ));
        assert!(matches!(
            app.delete_reference_value(&actor, &added.record.id.to_string())
                .await,
            Err(AppError::Forbidden(_))
        ));
        actor.role = Role::Analyst;
        app.delete_reference_value(&actor, &added.record.id.to_string())
            .await
            .expect("deleted");
        assert!(matches!(
            app.delete_reference_value(&actor, &added.record.id.to_string())
                .await,
            Err(AppError::NotFound(_))
        ));
    }
}
