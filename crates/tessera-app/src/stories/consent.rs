//! What a story's consent allows now.
//!
//! A story about a registered participant rests on one of their consent records: it may be used
//! in reports and published only while that record is current and agrees to their story being
//! told, and shared only while it also agrees to sharing. The scopes recorded with the story
//! narrow this further (a person may agree to a report to the funder but not to publication).
//! A story about a group rests on the consent recorded with it alone.

use serde::Serialize;
use tessera_l10n::t;
use tessera_store::Story;

/// The uses a story's consent covers now.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Scopes {
    /// Use in the organisation's reports.
    pub reports: bool,
    /// Publication (reports sent out, entries others can read).
    pub publication: bool,
    /// Sharing with partners.
    pub sharing: bool,
    /// Naming the person.
    pub naming: bool,
    /// Whether the participant's consent record it rests on has been withdrawn.
    pub withdrawn: bool,
}

impl Scopes {
    /// Whether the story may enter a report: its consent covers both use in reports and
    /// publication.
    pub fn allows_report(&self) -> bool {
        self.reports && self.publication
    }

    /// The uses covered, in the request's language, joined with commas (or "none").
    pub fn label(&self) -> String {
        let mut parts = Vec::new();
        if self.reports {
            parts.push(t("stories-scope-reports"));
        }
        if self.publication {
            parts.push(t("stories-scope-publication"));
        }
        if self.sharing {
            parts.push(t("stories-scope-sharing"));
        }
        if self.naming {
            parts.push(t("stories-scope-naming"));
        }
        if parts.is_empty() {
            t("stories-scope-none")
        } else {
            parts.join(", ")
        }
    }

    /// Why the story may not enter a report, in the request's language; `None` if it may.
    pub fn report_refusal(&self, title: &str) -> Option<String> {
        if self.allows_report() {
            return None;
        }
        let key = if self.withdrawn {
            "stories-refuse-withdrawn"
        } else if !self.publication {
            "stories-refuse-publication"
        } else {
            "stories-refuse-reports"
        };
        Some(tessera_l10n::ta(key, &[("title", title.to_owned().into())]))
    }
}

/// What `story`'s consent allows now.
pub fn scopes(story: &Story) -> Scopes {
    let own = &story.consent;
    let mut s = Scopes {
        reports: own.reports,
        publication: own.publication,
        sharing: own.sharing,
        naming: own.naming,
        withdrawn: false,
    };
    match (&story.participant, &story.linked_consent) {
        (_, Some(linked)) => {
            if linked.withdrawn_on.is_some() || !linked.stories {
                s = Scopes {
                    withdrawn: linked.withdrawn_on.is_some(),
                    ..Scopes::default()
                };
            } else if !linked.sharing {
                s.sharing = false;
            }
        }
        // About a participant whose consent record is gone: nothing may be used.
        (Some(_), None) => s = Scopes::default(),
        (None, None) => {}
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use tessera_store::{ConsentId, LinkedConsent, OrgId, ParticipantId, StoryConsent, StoryId};

    fn story(linked: Option<LinkedConsent>, participant: bool) -> Story {
        Story {
            id: StoryId(1),
            org: OrgId(1),
            kind: "testimony".to_owned(),
            title: "T".to_owned(),
            body: String::new(),
            occurred_on: None,
            participant: participant.then_some(ParticipantId(1)),
            participant_code: None,
            participant_side: None,
            group_label: String::new(),
            linked_consent: linked,
            consent: StoryConsent {
                reports: true,
                publication: true,
                sharing: true,
                ..StoryConsent::default()
            },
            anonymised: true,
            tags: vec![],
            file: None,
            created_by: String::new(),
            created_at: String::new(),
            updated_by: String::new(),
            updated_at: String::new(),
        }
    }

    fn linked(stories: bool, sharing: bool, withdrawn: bool) -> Option<LinkedConsent> {
        Some(LinkedConsent {
            id: ConsentId(1),
            stories,
            sharing,
            given_on: "2025-01-01".to_owned(),
            withdrawn_on: withdrawn.then(|| "2025-02-01".to_owned()),
        })
    }

    #[test]
    fn a_participants_record_narrows_the_storys_own_scopes_and_withdrawal_ends_them() {
        let s = scopes(&story(linked(true, false, false), true));
        assert!(s.allows_report() && !s.sharing);
        let s = scopes(&story(linked(true, true, true), true));
        assert!(!s.allows_report() && s.withdrawn);
        assert!(!scopes(&story(linked(false, true, false), true)).allows_report());
        assert!(
            !scopes(&story(None, true)).allows_report(),
            "record deleted"
        );
        assert!(
            scopes(&story(None, false)).allows_report(),
            "a group's own consent"
        );
    }
}
