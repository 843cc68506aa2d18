//! The library's use cases: publish a plan's evaluation, edit or republish it, withdraw it;
//! find entries; read one (its stories only while their consent covers publication); copy its
//! plan; comment, answer and hide.
//!
//! Roles: any member reads and searches; editors and owners publish, edit, withdraw, copy,
//! comment, answer and hide (viewers cannot). An entry another organisation may not see is
//! "not found", whatever the reason (never published to it, withdrawn, no such entry).

use std::collections::BTreeSet;

use tessera_l10n::ta;
use tessera_plan::{Plan, SampleKind, Side};
use tessera_store::{
    LibraryComment, LibraryCommentId, LibraryEntry, LibraryEntryId, NewLibraryCopy,
    NewLibraryEntry, OrgId, PlanId, Role, StoreError, StoryId, prelude::*,
};

use super::content::{EntryContent, EntryGroup, EntryStory, copyable_plan, entry_story};
use super::filter::LibraryFilter;
use super::input::PublishInput;
use super::{not_found, parse_comment_id, parse_entry_id};
use crate::participants::Problem;
use crate::stories::consent::scopes;
use crate::{Actor, App, AppError, AppResult};

/// An entry as someone may read it: the stored entry, its snapshot (stories whose consent no
/// longer covers publication taken out) and the comments the reader may see.
#[derive(Debug, Clone)]
pub struct EntryView {
    /// The entry.
    pub entry: LibraryEntry,
    /// Its snapshot.
    pub content: EntryContent,
    /// Comments the reader may see.
    pub comments: Vec<LibraryComment>,
}

/// The store's refusal of a form as a problem beside a field.
fn invalid(e: StoreError) -> AppResult<Vec<Problem>> {
    match e {
        StoreError::Invalid { field, .. } => Ok(vec![Problem::new(
            field,
            tessera_l10n::t(&format!("library-error-store-{field}")),
        )]),
        other => Err(other.into()),
    }
}

fn sides(plan: &Plan) -> Vec<Side> {
    let mut sides: Vec<Side> = plan.target_groups.iter().map(|g| g.side).collect();
    for (_, ind) in plan.outcome_indicators() {
        sides.extend(plan.sides_of(ind));
    }
    sides.sort();
    sides.dedup();
    sides
}

impl App {
    /// The form for publishing one of the organisation's plans, filled from the plan: its
    /// title and problem, dates, design (a comparison group in its evaluation plan makes it
    /// `comparison`) and the number of its participants.
    pub async fn publish_form(&self, org: OrgId, plan: &str) -> AppResult<PublishInput> {
        let (record, plan) = self.plan(org, plan).await?;
        let comparison = plan
            .evaluation
            .iter()
            .flat_map(|e| &e.samples)
            .any(|s| s.kind == SampleKind::ComparisonGroup);
        let people = self.store().participants(org, Some(record.id)).await?.len();
        Ok(PublishInput {
            title: plan.title.clone(),
            summary: if plan.problem.trim().is_empty() {
                plan.goal.clone()
            } else {
                plan.problem.clone()
            },
            design: if comparison {
                "comparison"
            } else {
                "before_after"
            }
            .to_owned(),
            sample_size: if people > 0 {
                people.to_string()
            } else {
                String::new()
            },
            started_on: plan
                .start_date
                .map(tessera_plan::format_date)
                .unwrap_or_default(),
            ended_on: tessera_plan::format_date(crate::participants::today()),
            audience: "everyone".to_owned(),
            ..PublishInput::default()
        })
    }

    /// Checks the form against the store: the stories (each the organisation's, with consent
    /// for publication) and the organisations chosen.
    async fn resolve(
        &self,
        org: OrgId,
        input: &PublishInput,
    ) -> AppResult<Result<(Vec<EntryStory>, Option<Vec<OrgId>>), Vec<Problem>>> {
        let mut problems = Vec::new();
        let mut stories = Vec::new();
        let mut seen = BTreeSet::new();
        for text in &input.stories {
            let Some(id) = text.trim().parse::<i64>().ok().filter(|i| seen.insert(*i)) else {
                continue;
            };
            match self.store().story(org, StoryId(id)).await? {
                Some(s) => {
                    let sc = scopes(&s);
                    if sc.publication && !sc.withdrawn {
                        stories.push(entry_story(&s));
                    } else {
                        problems.push(Problem::new(
                            "stories",
                            ta("library-refuse-story", &[("title", s.title.clone().into())]),
                        ));
                    }
                }
                None => problems.push(Problem::new(
                    "stories",
                    ta("library-error-no-story", &[("id", id.into())]),
                )),
            }
        }
        let audience = if input.audience == "chosen" {
            let mut orgs = Vec::new();
            for slug in input.organisations.iter().map(|s| s.trim()) {
                if slug.is_empty() {
                    continue;
                }
                match self.store().organisation_by_slug(slug).await? {
                    Some(o) if o.id != org => orgs.push(o.id),
                    _ => problems.push(Problem::new(
                        "organisations",
                        ta(
                            "library-error-organisation",
                            &[("slug", slug.to_owned().into())],
                        ),
                    )),
                }
            }
            Some(orgs)
        } else {
            None
        };
        Ok(if problems.is_empty() {
            Ok((stories, audience))
        } else {
            Err(problems)
        })
    }

    /// The entry to store from the form and a fresh snapshot of the plan.
    async fn snapshot(
        &self,
        org: OrgId,
        plan_id: PlanId,
        input: &PublishInput,
    ) -> AppResult<Result<NewLibraryEntry, Vec<Problem>>> {
        let checked = match input.check() {
            Ok(c) => c,
            Err(p) => return Ok(Err(p)),
        };
        let (stories, audience) = match self.resolve(org, input).await? {
            Ok(r) => r,
            Err(p) => return Ok(Err(p)),
        };
        let (record, plan) = self.plan(org, &plan_id.to_string()).await?;
        let (figures, min_cell) = self.publishable_figures(org, &record, &plan).await?;
        let mut domains: BTreeSet<String> = plan.domains.iter().cloned().collect();
        let mut indicators = BTreeSet::new();
        for (_, ind) in plan.outcome_indicators() {
            indicators.insert(ind.indicator.clone());
            if let Some(i) = self.catalogue().indicator(&ind.indicator) {
                domains.insert(format!("{}/{}", i.pack, i.domain));
            }
        }
        let content = EntryContent {
            summary: input.summary.trim().to_owned(),
            goal: plan.goal.clone(),
            activities: plan.activities.iter().map(|a| a.text.clone()).collect(),
            target_groups: plan
                .target_groups
                .iter()
                .map(|g| EntryGroup {
                    name: g.name.clone(),
                    side: g.side,
                })
                .collect(),
            sides: sides(&plan),
            started_on: checked.started_on,
            ended_on: checked.ended_on,
            figures,
            not_worked: input.not_worked.trim().to_owned(),
            lessons: input.lessons.trim().to_owned(),
            costs: input.costs.trim().to_owned(),
            stories,
            min_cell,
            plan: copyable_plan(&plan)?,
        };
        Ok(Ok(NewLibraryEntry {
            plan: record.id,
            title: input.title.trim().to_owned(),
            design: input.design.clone(),
            region: input.region.clone(),
            authority_type: input.authority_type.clone(),
            sample_size: checked.sample_size,
            domains: domains.into_iter().collect(),
            indicators: indicators.into_iter().collect(),
            target_groups: plan.target_groups.iter().map(|g| g.name.clone()).collect(),
            content: serde_json::to_value(&content).map_err(AppError::internal)?,
            published_at: now(),
            audience,
        }))
    }

    /// Publishes one of the organisation's plans' evaluation (editors and owners); the
    /// problems with the form otherwise.
    pub async fn publish_entry(
        &self,
        actor: &Actor,
        plan: &str,
        input: &PublishInput,
    ) -> AppResult<Result<LibraryEntry, Vec<Problem>>> {
        actor.require(Role::Editor)?;
        let (record, _) = self.plan(actor.org.id, plan).await?;
        let new = match self.snapshot(actor.org.id, record.id, input).await? {
            Ok(n) => n,
            Err(p) => return Ok(Err(p)),
        };
        match self
            .store()
            .publish_library_entry(actor.org.id, new, &actor.name)
            .await
        {
            Ok(e) => Ok(Ok(e)),
            Err(e) => invalid(e).map(Err),
        }
    }

    /// One of the organisation's own entries (withdrawn ones too), or "not found".
    pub async fn own_entry(&self, org: OrgId, id: &str) -> AppResult<LibraryEntry> {
        let id = parse_entry_id(id)?;
        self.store()
            .library_entry(org, id)
            .await?
            .filter(|e| e.org == org)
            .ok_or_else(not_found)
    }

    /// The form filled from one of the organisation's entries.
    pub async fn entry_form(
        &self,
        org: OrgId,
        id: &str,
    ) -> AppResult<(LibraryEntry, PublishInput)> {
        let entry = self.own_entry(org, id).await?;
        let content = EntryContent::from_value(&entry.content)?;
        let input = PublishInput {
            title: entry.title.clone(),
            summary: content.summary.clone(),
            region: entry.region.clone(),
            authority_type: entry.authority_type.clone(),
            design: entry.design.clone(),
            sample_size: entry.sample_size.map(|n| n.to_string()).unwrap_or_default(),
            started_on: content.started_on.clone().unwrap_or_default(),
            ended_on: content.ended_on.clone().unwrap_or_default(),
            not_worked: content.not_worked.clone(),
            lessons: content.lessons.clone(),
            costs: content.costs.clone(),
            stories: content.stories.iter().map(|s| s.id.to_string()).collect(),
            audience: if entry.audience.is_some() {
                "chosen"
            } else {
                "everyone"
            }
            .to_owned(),
            organisations: Vec::new(),
        };
        let mut input = input;
        if let Some(orgs) = &entry.audience {
            for (id, _) in orgs {
                if let Some(o) = self.store().organisation(*id).await? {
                    input.organisations.push(o.slug);
                }
            }
        }
        Ok((entry, input))
    }

    /// Changes one of the organisation's entries (editors and owners). With `republish`, the
    /// figures and the plan are taken afresh and the publication date moves to today;
    /// without, only the words, facets, stories and audience change and the figures stay
    /// as published.
    pub async fn save_entry(
        &self,
        actor: &Actor,
        id: &str,
        input: &PublishInput,
        republish: bool,
    ) -> AppResult<Result<LibraryEntry, Vec<Problem>>> {
        actor.require(Role::Editor)?;
        let org = actor.org.id;
        let entry = self.own_entry(org, id).await?;
        let old = EntryContent::from_value(&entry.content)?;
        let new = match (republish, entry.plan) {
            (true, Some(plan)) => match self.snapshot(org, plan, input).await? {
                Ok(n) => n,
                Err(p) => return Ok(Err(p)),
            },
            _ => {
                let checked = match input.check() {
                    Ok(c) => c,
                    Err(p) => return Ok(Err(p)),
                };
                let (stories, audience) = match self.resolve(org, input).await? {
                    Ok(r) => r,
                    Err(p) => return Ok(Err(p)),
                };
                let content = EntryContent {
                    summary: input.summary.trim().to_owned(),
                    started_on: checked.started_on,
                    ended_on: checked.ended_on,
                    not_worked: input.not_worked.trim().to_owned(),
                    lessons: input.lessons.trim().to_owned(),
                    costs: input.costs.trim().to_owned(),
                    stories,
                    ..old
                };
                NewLibraryEntry {
                    plan: entry.plan.unwrap_or(PlanId(0)),
                    title: input.title.trim().to_owned(),
                    design: input.design.clone(),
                    region: input.region.clone(),
                    authority_type: input.authority_type.clone(),
                    sample_size: checked.sample_size,
                    domains: entry.domains.clone(),
                    indicators: entry.indicators.clone(),
                    target_groups: entry.target_groups.clone(),
                    content: serde_json::to_value(&content).map_err(AppError::internal)?,
                    published_at: entry.published_at.clone(),
                    audience,
                }
            }
        };
        match self
            .store()
            .update_library_entry(org, entry.id, new, &actor.name)
            .await
        {
            Ok(Some(e)) => Ok(Ok(e)),
            Ok(None) => Err(not_found()),
            Err(e) => invalid(e).map(Err),
        }
    }

    /// Withdraws one of the organisation's entries (editors and owners); others no longer
    /// find it.
    pub async fn withdraw_entry(&self, actor: &Actor, id: &str) -> AppResult<()> {
        actor.require(Role::Editor)?;
        let entry = self.own_entry(actor.org.id, id).await?;
        if entry.withdrawn_at.is_some() {
            return Ok(());
        }
        self.store()
            .withdraw_library_entry(actor.org.id, entry.id, &actor.name)
            .await?;
        Ok(())
    }

    /// The live entries the organisation may see that meet `filter`, newest first, with their
    /// snapshots.
    pub async fn library(
        &self,
        org: OrgId,
        filter: &LibraryFilter,
    ) -> AppResult<Vec<(LibraryEntry, EntryContent)>> {
        let mut out = Vec::new();
        for entry in self.store().library_entries(org).await? {
            let Ok(content) = EntryContent::from_value(&entry.content) else {
                tracing::warn!(
                    library.entry = entry.id.0,
                    "library entry content unreadable"
                );
                continue;
            };
            if filter.matches(&entry, Some(&content)) {
                out.push((entry, content));
            }
        }
        Ok(out)
    }

    /// An entry the organisation may see, or "not found": its stories only while their consent
    /// still covers publication, and the comments the organisation may see.
    pub async fn library_entry(&self, org: OrgId, id: &str) -> AppResult<EntryView> {
        let id = parse_entry_id(id)?;
        let entry = self
            .store()
            .library_entry(org, id)
            .await?
            .ok_or_else(not_found)?;
        let mut content = EntryContent::from_value(&entry.content)?;
        let mut kept = Vec::new();
        for story in content.stories {
            if let Some(s) = self.store().story(entry.org, StoryId(story.id)).await? {
                let sc = scopes(&s);
                if sc.publication && !sc.withdrawn {
                    kept.push(story);
                }
            }
        }
        content.stories = kept;
        let comments = self.store().library_comments(org, entry.id).await?;
        Ok(EntryView {
            entry,
            content,
            comments,
        })
    }

    /// Copies an entry's plan as a new plan of the actor's organisation (editors and owners),
    /// independent of its source; the new plan's id.
    pub async fn copy_entry(&self, actor: &Actor, id: &str, title: &str) -> AppResult<PlanId> {
        actor.require(Role::Editor)?;
        let view = self.library_entry(actor.org.id, id).await?;
        let title = if title.trim().is_empty() {
            view.entry.title.clone()
        } else {
            title.trim().to_owned()
        };
        let mut document = view.content.plan.clone();
        if let Some(obj) = document.as_object_mut() {
            obj.insert("title".to_owned(), title.clone().into());
        }
        let plan: Plan = serde_json::from_value(document.clone())
            .map_err(|e| AppError::Invalid(format!("the published plan cannot be read: {e}")))?;
        self.store()
            .copy_library_entry(
                actor.org.id,
                NewLibraryCopy {
                    entry: view.entry.id,
                    title: plan.title.clone(),
                    document: crate::plans::document(&plan)?,
                },
                &actor.name,
            )
            .await?
            .ok_or_else(not_found)
    }

    /// Adds a comment or question on another organisation's entry (editors and owners).
    pub async fn comment_on_entry(
        &self,
        actor: &Actor,
        id: &str,
        body: &str,
    ) -> AppResult<Result<LibraryComment, Vec<Problem>>> {
        actor.require(Role::Editor)?;
        let id: LibraryEntryId = parse_entry_id(id)?;
        // Not shown to the organisation: "not found", whatever was written.
        self.store()
            .library_entry(actor.org.id, id)
            .await?
            .ok_or_else(not_found)?;
        if body.trim().is_empty() {
            return Ok(Err(vec![Problem::new(
                "body",
                tessera_l10n::t("library-error-comment"),
            )]));
        }
        if body.chars().count() > super::input::MAX_TEXT {
            return Ok(Err(vec![Problem::new(
                "body",
                ta(
                    "library-error-too-long",
                    &[("max", super::input::MAX_TEXT.into())],
                ),
            )]));
        }
        match self
            .store()
            .add_library_comment(actor.org.id, id, body, &actor.name)
            .await
        {
            Ok(Some(c)) => Ok(Ok(c)),
            Ok(None) => Err(not_found()),
            Err(StoreError::Invalid { .. }) => Ok(Err(vec![Problem::new(
                "body",
                tessera_l10n::t("library-error-own-comment"),
            )])),
            Err(e) => Err(e.into()),
        }
    }

    /// Answers a comment on one of the organisation's entries (editors and owners); the
    /// comment's entry.
    pub async fn answer_comment(
        &self,
        actor: &Actor,
        comment: &str,
        answer: &str,
    ) -> AppResult<LibraryEntryId> {
        actor.require(Role::Editor)?;
        let id: LibraryCommentId = parse_comment_id(comment)?;
        self.store()
            .answer_library_comment(actor.org.id, id, answer, &actor.name)
            .await?
            .map(|c| c.entry)
            .ok_or_else(not_found)
    }

    /// Hides, or shows again, a comment on one of the organisation's entries (editors and
    /// owners); the comment's entry.
    pub async fn hide_comment(
        &self,
        actor: &Actor,
        comment: &str,
        hidden: bool,
    ) -> AppResult<LibraryEntryId> {
        actor.require(Role::Editor)?;
        let id: LibraryCommentId = parse_comment_id(comment)?;
        self.store()
            .hide_library_comment(actor.org.id, id, hidden, &actor.name)
            .await?
            .map(|c| c.entry)
            .ok_or_else(not_found)
    }

    /// Where one of the organisation's plans came from, in words ("Copied from …, published by
    /// … on …"), if it was copied from the library; for the plan's page.
    pub async fn plan_origin(&self, org: OrgId, plan: PlanId) -> AppResult<Option<String>> {
        Ok(self.store().plan_origin(org, plan).await?.map(|o| {
            let date = time::OffsetDateTime::parse(
                &o.published_at,
                &time::format_description::well_known::Rfc3339,
            )
            .map_or_else(|_| o.published_at.clone(), |t| tessera_l10n::date(t.date()));
            ta(
                "library-entry-copied-from",
                &[
                    ("title", o.entry_title.into()),
                    ("org", o.source_org_name.into()),
                    ("date", date.into()),
                ],
            )
        }))
    }

    /// The organisation's own entries, withdrawn ones too.
    pub async fn own_entries(&self, org: OrgId) -> AppResult<Vec<LibraryEntry>> {
        Ok(self.store().own_library_entries(org).await?)
    }
}

/// Now, as the store writes times.
fn now() -> String {
    let now = time::OffsetDateTime::now_utc();
    now.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| now.unix_timestamp().to_string())
}
