//! The self-assessment use cases, called the same way by pages and the command line.

use tessera_l10n::{t, ta};
use tessera_store::{Assessment, AssessmentId, NewAssessment, PlanId, Role, prelude::*};

use super::compare::{Movement, compare};
use super::{
    Action, ActionInput, Answers, AssessmentInput, AssessmentView, Checked, Item, Kind,
    MAX_ACTIONS, MAX_TEXT_CHARS, Problem, barriers, check_input,
};
use crate::{Actor, App, AppError, AppResult};

fn not_found() -> AppError {
    AppError::NotFound(t("assessments-error-not-found"))
}

fn parse_id(text: &str) -> AppResult<AssessmentId> {
    text.trim()
        .parse::<i64>()
        .map(AssessmentId)
        .map_err(|_| not_found())
}

fn view(record: Assessment, kind: Kind) -> AssessmentView {
    let answers = Answers::of(&record.answers);
    AssessmentView {
        record,
        kind,
        answers,
    }
}

impl App {
    /// The items of `kind` for this organisation (the barriers' planner links lead to its most
    /// recently changed plan).
    pub async fn assessment_items(&self, actor: &Actor, kind: Kind) -> AppResult<Vec<Item>> {
        Ok(match kind {
            Kind::InclusiveCities => kind.items(self.catalogue()),
            Kind::Barriers => {
                let plans = self.store().plans(actor.org.id).await?;
                let latest = plans
                    .iter()
                    .max_by(|a, b| a.updated_at.cmp(&b.updated_at))
                    .map(|p| p.id.0);
                barriers::items_for(latest)
            }
        })
    }

    /// The organisation's assessments of `kind`, newest first.
    pub async fn assessments(&self, actor: &Actor, kind: Kind) -> AppResult<Vec<AssessmentView>> {
        Ok(self
            .store()
            .assessments(actor.org.id, kind.code())
            .await?
            .into_iter()
            .map(|r| view(r, kind))
            .collect())
    }

    /// One of the organisation's assessments of `kind`; "not found" for anything else.
    pub async fn assessment(
        &self,
        actor: &Actor,
        kind: Kind,
        id: &str,
    ) -> AppResult<AssessmentView> {
        let id = parse_id(id)?;
        match self.store().assessment(actor.org.id, id).await? {
            Some(r) if r.kind == kind.code() => Ok(view(r, kind)),
            _ => Err(not_found()),
        }
    }

    /// Records a new assessment, or (with `id`) changes one, keeping its actions (editors and
    /// owners).
    pub async fn save_assessment(
        &self,
        actor: &Actor,
        kind: Kind,
        id: Option<&str>,
        input: &AssessmentInput,
    ) -> AppResult<Checked<AssessmentView>> {
        let existing = match id {
            Some(id) => Some(self.assessment(actor, kind, id).await?),
            None => None,
        };
        actor.require(Role::Editor)?;
        let items = kind.items(self.catalogue());
        let actions = existing
            .as_ref()
            .map(|e| e.answers.actions.clone())
            .unwrap_or_default();
        let (title, taken_on, answers) = match check_input(kind, &items, input, actions) {
            Ok(checked) => checked,
            Err(problems) => return Ok(Err(problems)),
        };
        let new = NewAssessment {
            kind: kind.code().to_owned(),
            title,
            taken_on,
            answers: serde_json::to_value(&answers)
                .map_err(|e| AppError::Internal(format!("assessment answers: {e}")))?,
        };
        let record = match existing {
            Some(e) => self
                .store()
                .update_assessment(actor.org.id, e.record.id, new, &actor.name)
                .await?
                .ok_or_else(not_found)?,
            None => {
                self.store()
                    .create_assessment(actor.org.id, new, &actor.name)
                    .await?
            }
        };
        Ok(Ok(view(record, kind)))
    }

    /// Deletes one of the organisation's assessments (editors and owners).
    pub async fn delete_assessment(&self, actor: &Actor, kind: Kind, id: &str) -> AppResult<()> {
        let existing = self.assessment(actor, kind, id).await?;
        actor.require(Role::Editor)?;
        if self
            .store()
            .delete_assessment(actor.org.id, existing.record.id, &actor.name)
            .await?
        {
            Ok(())
        } else {
            Err(not_found())
        }
    }

    /// Adds an action that closes a gap, linked to one of the organisation's plans if chosen
    /// (editors and owners).
    pub async fn add_assessment_action(
        &self,
        actor: &Actor,
        kind: Kind,
        id: &str,
        input: &ActionInput,
    ) -> AppResult<Checked<AssessmentView>> {
        let existing = self.assessment(actor, kind, id).await?;
        actor.require(Role::Editor)?;
        let items = kind.items(self.catalogue());
        let mut problems = Vec::new();
        if !items.iter().any(|i| i.id == input.item) {
            problems.push(Problem::new("item", t("assessments-error-action-item")));
        }
        let text = input.text.trim();
        if text.is_empty() {
            problems.push(Problem::new("text", t("assessments-error-action-text")));
        } else if text.chars().count() > MAX_TEXT_CHARS {
            problems.push(Problem::new(
                "text",
                ta(
                    "assessments-error-too-long",
                    &[("max", MAX_TEXT_CHARS.into())],
                ),
            ));
        }
        let plan = match input.plan.trim() {
            "" => None,
            text => match text.parse::<i64>() {
                Ok(n) if self.store().plan(actor.org.id, PlanId(n)).await?.is_some() => Some(n),
                _ => {
                    problems.push(Problem::new("plan", t("assessments-error-action-plan")));
                    None
                }
            },
        };
        let due = match input.due.trim() {
            "" => None,
            text => match crate::participants::parse_date(text) {
                Some(d) => Some(d.to_string()),
                None => {
                    problems.push(Problem::new(
                        "due",
                        ta("assessments-error-date", &[("value", text.into())]),
                    ));
                    None
                }
            },
        };
        if existing.answers.actions.len() >= MAX_ACTIONS {
            problems.push(Problem::new(
                "text",
                ta(
                    "assessments-error-too-many-actions",
                    &[("max", MAX_ACTIONS.into())],
                ),
            ));
        }
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        let mut answers = existing.answers.clone();
        answers.actions.push(Action {
            item: input.item.clone(),
            text: text.to_owned(),
            plan,
            due,
        });
        self.replace_answers(actor, kind, existing, answers)
            .await
            .map(Ok)
    }

    /// Removes the action at `index` (from 0) of an assessment (editors and owners).
    pub async fn remove_assessment_action(
        &self,
        actor: &Actor,
        kind: Kind,
        id: &str,
        index: usize,
    ) -> AppResult<AssessmentView> {
        let existing = self.assessment(actor, kind, id).await?;
        actor.require(Role::Editor)?;
        if index >= existing.answers.actions.len() {
            return Err(not_found());
        }
        let mut answers = existing.answers.clone();
        answers.actions.remove(index);
        self.replace_answers(actor, kind, existing, answers).await
    }

    async fn replace_answers(
        &self,
        actor: &Actor,
        kind: Kind,
        existing: AssessmentView,
        answers: Answers,
    ) -> AppResult<AssessmentView> {
        let new = NewAssessment {
            kind: kind.code().to_owned(),
            title: existing.record.title.clone(),
            taken_on: existing.record.taken_on.clone(),
            answers: serde_json::to_value(&answers)
                .map_err(|e| AppError::Internal(format!("assessment answers: {e}")))?,
        };
        let record = self
            .store()
            .update_assessment(actor.org.id, existing.record.id, new, &actor.name)
            .await?
            .ok_or_else(not_found)?;
        Ok(view(record, kind))
    }

    /// Two of the organisation's assessments of `kind` side by side, the earlier (by the day
    /// taken) first, with each item's movement.
    pub async fn compare_assessments(
        &self,
        actor: &Actor,
        kind: Kind,
        a: &str,
        b: &str,
    ) -> AppResult<(AssessmentView, AssessmentView, Vec<Movement>)> {
        let first = self.assessment(actor, kind, a).await?;
        let second = self.assessment(actor, kind, b).await?;
        let (earlier, later) = if (second.record.taken_on.as_str(), second.record.id)
            < (first.record.taken_on.as_str(), first.record.id)
        {
            (second, first)
        } else {
            (first, second)
        };
        let items = self.assessment_items(actor, kind).await?;
        let moved = compare(kind, &items, &earlier.answers, &later.answers);
        Ok((earlier, later, moved))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tessera_store::{NewOrganisation, NewPlan};

    async fn app() -> (App, Actor) {
        let store = tessera_store::testing::fresh().await.expect("database");
        let org = store
            .create_organisation(NewOrganisation::parse("c", "Council").expect("valid"), "t")
            .await
            .expect("org");
        let app = App::new(
            tessera_framework::Catalogue::shipped().expect("packs"),
            store,
            crate::Settings::new(std::env::temp_dir()),
        );
        (app, Actor::command_line(org))
    }

    fn input(title: &str, day: &str, levels: &[(&str, &str)]) -> AssessmentInput {
        AssessmentInput {
            title: title.to_owned(),
            taken_on: day.to_owned(),
            levels: levels
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            notes: [(
                "principle:local-leadership".to_owned(),
                "Cabinet lead named".to_owned(),
            )]
            .into(),
        }
    }

    #[tokio::test]
    async fn a_council_records_acts_on_gaps_and_compares_a_year_later() {
        let (app, actor) = app().await;
        let plan = app
            .store()
            .create_plan(NewPlan {
                org: actor.org.id,
                title: "Welcome strategy".to_owned(),
                document: serde_json::json!({}),
                created_by: "t".to_owned(),
            })
            .await
            .expect("plan");
        let kind = Kind::InclusiveCities;
        let first = app
            .save_assessment(
                &actor,
                kind,
                None,
                &input(
                    "2025",
                    "2025-03-01",
                    &[
                        ("principle:local-leadership", "1"),
                        ("area:connecting-communities", "2"),
                    ],
                ),
            )
            .await
            .expect("saved")
            .expect("valid");
        assert_eq!(
            first.answers.notes["principle:local-leadership"],
            "Cabinet lead named"
        );
        let refused = app
            .add_assessment_action(
                &actor,
                kind,
                &first.record.id.to_string(),
                &ActionInput {
                    item: "principle:local-leadership".to_owned(),
                    text: "Name a cabinet lead".to_owned(),
                    plan: "999".to_owned(),
                    due: "2025-13-01".to_owned(),
                },
            )
            .await
            .expect("checked")
            .expect_err("no such plan, no such day");
        assert_eq!(
            refused.iter().map(|p| p.field.as_str()).collect::<Vec<_>>(),
            ["plan", "due"]
        );
        let acted = app
            .add_assessment_action(
                &actor,
                kind,
                &first.record.id.to_string(),
                &ActionInput {
                    item: "principle:local-leadership".to_owned(),
                    text: "Name a cabinet lead".to_owned(),
                    plan: plan.id.to_string(),
                    due: "30/09/2025".to_owned(),
                },
            )
            .await
            .expect("checked")
            .expect("valid");
        assert_eq!(
            acted.answers.actions,
            vec![Action {
                item: "principle:local-leadership".to_owned(),
                text: "Name a cabinet lead".to_owned(),
                plan: Some(plan.id.0),
                due: Some("2025-09-30".to_owned()),
            }]
        );
        // Changing the scores keeps the actions.
        let changed = app
            .save_assessment(
                &actor,
                kind,
                Some(&first.record.id.to_string()),
                &input("2025", "2025-03-01", &[("principle:local-leadership", "2")]),
            )
            .await
            .expect("saved")
            .expect("valid");
        assert_eq!(changed.answers.actions.len(), 1);
        let second = app
            .save_assessment(
                &actor,
                kind,
                None,
                &input("2026", "2026-03-01", &[("principle:local-leadership", "4")]),
            )
            .await
            .expect("saved")
            .expect("valid");
        let (earlier, later, moved) = app
            .compare_assessments(
                &actor,
                kind,
                &second.record.id.to_string(),
                &first.record.id.to_string(),
            )
            .await
            .expect("compared");
        assert_eq!(earlier.record.id, first.record.id);
        assert_eq!(later.record.id, second.record.id);
        assert_eq!(moved[0].change, Some(2));
        // A barriers assessment is not found as an Inclusive Cities one.
        assert!(matches!(
            app.assessment(&actor, Kind::Barriers, &first.record.id.to_string())
                .await,
            Err(AppError::NotFound(_))
        ));
        let items = app
            .assessment_items(&actor, Kind::Barriers)
            .await
            .expect("items");
        assert_eq!(
            items[3].suggestions[0].1[0].href,
            format!("/plans/{}/steps/evaluation", plan.id)
        );
    }

    #[tokio::test]
    async fn a_viewer_reads_but_cannot_record() {
        let (app, mut actor) = app().await;
        actor.role = Role::Viewer;
        assert!(
            app.assessments(&actor, Kind::Barriers)
                .await
                .expect("read")
                .is_empty()
        );
        assert!(matches!(
            app.save_assessment(
                &actor,
                Kind::Barriers,
                None,
                &input("x", "2026-01-01", &[("barrier:resources-time", "1")])
            )
            .await,
            Err(AppError::Forbidden(_))
        ));
    }
}
