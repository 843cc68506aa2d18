//! The story use cases: record, change, delete, tag many with a theme, list and find.

use std::collections::BTreeMap;

use tessera_l10n::{t, ta};
use tessera_store::{
    ConsentId, NewStory, OrgId, PlanId, Role, Story, StoryFile, StoryId, StoryTag, prelude::*,
};

use super::filter::StoryFilter;
use super::input::{self, Context, MAX_THEME_CHARS, StoryInput, Upload};
use super::{not_found, parse_id};
use crate::participants::{Checked, Problem};
use crate::{Actor, App, AppResult};

impl App {
    /// The organisation's stories that pass `filter`, newest first.
    pub async fn stories(&self, org: OrgId, filter: &StoryFilter) -> AppResult<Vec<Story>> {
        Ok(filter.apply(self.store().stories(org).await?))
    }

    /// One of the organisation's stories.
    pub async fn story(&self, org: OrgId, id: &str) -> AppResult<Story> {
        let id = parse_id(id)?;
        self.store().story(org, id).await?.ok_or_else(not_found)
    }

    /// A story's photo or recording.
    pub async fn story_file(&self, org: OrgId, id: &str) -> AppResult<StoryFile> {
        let id = parse_id(id)?;
        self.store()
            .story_file(org, id)
            .await?
            .ok_or_else(not_found)
    }

    /// The stories about one participant (for their subject access: everything held on them),
    /// newest first. Erasing the participant erases these too.
    pub async fn participant_stories(&self, org: OrgId, code: &str) -> AppResult<Vec<Story>> {
        let code = crate::participants::parse_code(code)?;
        Ok(self
            .store()
            .stories(org)
            .await?
            .into_iter()
            .filter(|s| s.participant_code.as_deref() == Some(code.as_str()))
            .collect())
    }

    /// The organisation's stories about an indicator (`pack/indicator`) or a domain
    /// (`pack/domain`), newest first: those tagged with it, and for a domain also those tagged
    /// with one of its indicators or with an indicator of another pack that maps to it.
    pub async fn stories_about(
        &self,
        org: OrgId,
        kind: &str,
        value: &str,
    ) -> AppResult<Vec<Story>> {
        let catalogue = self.catalogue_for(org).await?;
        let in_domain = |indicator: &str| -> bool {
            let Some(i) = catalogue.indicator(indicator) else {
                return false;
            };
            let own = format!("{}/{}", i.pack, i.domain);
            own == value
                || i.crosswalk
                    .iter()
                    .any(|r| format!("{}/{}", r.pack, r.domain) == value)
        };
        Ok(self
            .store()
            .stories(org)
            .await?
            .into_iter()
            .filter(|s| match kind {
                "indicator" => s.tag_values("indicator").contains(&value),
                "domain" => {
                    s.tag_values("domain").contains(&value)
                        || s.tag_values("indicator").iter().any(|i| in_domain(i))
                }
                _ => false,
            })
            .collect())
    }

    /// The plan's stories by outcome id (stories tagged to one of its outcomes), each list
    /// newest first.
    pub async fn stories_by_outcome(
        &self,
        org: OrgId,
        plan: PlanId,
    ) -> AppResult<BTreeMap<String, Vec<Story>>> {
        let prefix = format!("{plan}/");
        let mut out: BTreeMap<String, Vec<Story>> = BTreeMap::new();
        for story in self.store().stories(org).await? {
            let outcomes: Vec<String> = story
                .tag_values("outcome")
                .iter()
                .filter_map(|v| v.strip_prefix(&prefix))
                .map(str::to_owned)
                .collect();
            for outcome in outcomes {
                out.entry(outcome).or_default().push(story.clone());
            }
        }
        Ok(out)
    }

    /// Checks a story form into a record, with the participant's consent record it rests on.
    async fn checked_story(
        &self,
        actor: &Actor,
        story: &StoryInput,
    ) -> AppResult<Checked<NewStory>> {
        let plans = self.org_plans(actor.org.id).await?;
        let ctx = Context {
            plans: &plans,
            catalogue: self.catalogue(),
        };
        let (mut new, _findings) = match input::check(story, &ctx) {
            Ok(ok) => ok,
            Err(problems) => return Ok(Err(problems)),
        };
        if let Some(code) = new.participant_code.clone() {
            let records = self.store().consents(actor.org.id, &code).await?;
            if records.is_empty()
                && self
                    .store()
                    .participant(actor.org.id, &code)
                    .await?
                    .is_none()
            {
                return Ok(Err(vec![Problem::new(
                    "participant",
                    ta("stories-error-participant", &[("code", code.into())]),
                )]));
            }
            let usable = |c: &&tessera_store::Consent| c.withdrawn_on.is_none() && c.stories;
            let chosen = match story.consent.trim() {
                "" => records.iter().rev().find(usable),
                text => {
                    let wanted = text.parse::<i64>().ok().map(ConsentId);
                    let found = records.iter().find(|c| Some(c.id) == wanted);
                    match found {
                        Some(c) if usable(&c) => Some(c),
                        Some(_) => {
                            return Ok(Err(vec![Problem::new(
                                "consent",
                                t("stories-error-consent-not-stories"),
                            )]));
                        }
                        None => {
                            return Ok(Err(vec![Problem::new(
                                "consent",
                                ta("stories-error-consent-unknown", &[("code", code.into())]),
                            )]));
                        }
                    }
                }
            };
            let Some(record) = chosen else {
                return Ok(Err(vec![Problem::new(
                    "participant",
                    ta("stories-error-no-consent", &[("code", code.into())]),
                )]));
            };
            new.consent_id = Some(record.id);
        }
        Ok(Ok(new))
    }

    /// Records a story (editors), with its photo or recording; refuses what the checks find.
    pub async fn record_story(
        &self,
        actor: &Actor,
        story: &StoryInput,
        upload: Option<&Upload>,
    ) -> AppResult<Checked<Story>> {
        actor.require(Role::Editor)?;
        let file = match input::check_file(story.kind.trim(), upload) {
            Ok(f) => f,
            Err(p) => return Ok(Err(vec![p])),
        };
        let new = match self.checked_story(actor, story).await? {
            Ok(n) => n,
            Err(p) => return Ok(Err(p)),
        };
        let file = file
            .zip(upload)
            .map(|((file_name, media_type), u)| StoryFile {
                file_name,
                media_type: media_type.to_owned(),
                bytes: u.bytes.clone(),
            });
        Ok(Ok(self
            .store()
            .create_story(actor.org.id, new, file, &actor.name)
            .await?))
    }

    /// Changes a story's details and tags (editors); its file stays.
    pub async fn update_story(
        &self,
        actor: &Actor,
        id: &str,
        story: &StoryInput,
    ) -> AppResult<Checked<Story>> {
        actor.require(Role::Editor)?;
        let id = parse_id(id)?;
        self.store()
            .story(actor.org.id, id)
            .await?
            .ok_or_else(not_found)?;
        let new = match self.checked_story(actor, story).await? {
            Ok(n) => n,
            Err(p) => return Ok(Err(p)),
        };
        self.store()
            .update_story(actor.org.id, id, new, &actor.name)
            .await?
            .map(Ok)
            .ok_or_else(not_found)
    }

    /// Deletes a story, its file and tags (owners).
    pub async fn delete_story(&self, actor: &Actor, id: &str) -> AppResult<()> {
        let id = parse_id(id)?;
        self.store()
            .story(actor.org.id, id)
            .await?
            .ok_or_else(not_found)?;
        actor.require(Role::Owner)?;
        self.store()
            .delete_story(actor.org.id, id, &actor.name)
            .await?;
        Ok(())
    }

    /// Tags many stories with one theme at once (editors, the coding view); the number that
    /// gained it.
    pub async fn code_stories(
        &self,
        actor: &Actor,
        ids: &[String],
        theme: &str,
    ) -> AppResult<Checked<u64>> {
        actor.require(Role::Editor)?;
        let theme = theme.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut problems = Vec::new();
        if theme.is_empty() {
            problems.push(Problem::new("theme", t("stories-error-theme")));
        } else if theme.chars().count() > MAX_THEME_CHARS {
            problems.push(Problem::new(
                "theme",
                ta("stories-error-too-long", &[("max", MAX_THEME_CHARS.into())]),
            ));
        }
        let ids: Vec<StoryId> = ids.iter().filter_map(|i| parse_id(i).ok()).collect();
        if ids.is_empty() {
            problems.push(Problem::new("stories", t("stories-error-choose")));
        }
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        // An existing theme written in another case is reused, so counts do not split.
        let existing = self
            .store()
            .stories(actor.org.id)
            .await?
            .into_iter()
            .flat_map(|s| s.tags)
            .find(|t| t.kind == "theme" && t.value.eq_ignore_ascii_case(&theme))
            .map_or(theme, |t| t.value);
        Ok(Ok(self
            .store()
            .tag_stories(
                actor.org.id,
                &ids,
                StoryTag::new("theme", existing),
                &actor.name,
            )
            .await?))
    }
}
