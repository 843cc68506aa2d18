//! The demo organisation's stories: a few for the language café plan, two resting on café
//! participants' consent records (one newcomer, one local resident), one from a focus group
//! with its own consent, and one observation whose consent covers reports inside the
//! organisation only, so the demo shows a story a report must refuse.

use tessera_store::{AnyStore, NewStory, Organisation, StoryConsent, StoryTag, prelude::*};

/// The title of the demo plan the stories speak to.
const CAFE: &str = "Language and friendship café";

/// Adds the demo stories, unless the organisation has stories already or no café plan.
pub async fn seed_stories(
    store: &AnyStore,
    org: &Organisation,
) -> Result<(), tessera_store::StoreError> {
    if !store.stories(org.id).await?.is_empty() {
        return Ok(());
    }
    let Some(plan) = store
        .plans(org.id)
        .await?
        .into_iter()
        .find(|p| p.title == CAFE)
    else {
        return Ok(());
    };
    let consents = store.plan_consents(org.id, plan.id).await?;
    let participants = store.participants(org.id, Some(plan.id)).await?;
    let consenting = |side: &str| {
        participants
            .iter()
            .filter(|p| p.side == side)
            .find_map(|p| {
                consents
                    .iter()
                    .rev()
                    .find(|c| c.participant == p.id && c.stories && c.withdrawn_on.is_none())
                    .map(|c| (p.code.clone(), c.id))
            })
    };
    let outcome = |id: &str| StoryTag::new("outcome", format!("{}/{id}", plan.id));
    let with_participant = |code: Option<(String, tessera_store::ConsentId)>| {
        let (code, id) = code.unzip();
        (code, id)
    };
    let (newcomer, newcomer_consent) = with_participant(consenting("newcomers"));
    let (resident, resident_consent) = with_participant(consenting("receiving_community"));
    let publishable = StoryConsent {
        reports: true,
        publication: true,
        sharing: true,
        naming: false,
        given_on: None,
        method: None,
        notes: String::new(),
    };
    let mut stories = Vec::new();
    if newcomer.is_some() {
        stories.push(NewStory {
            kind: "testimony".to_owned(),
            title: "Ordering at the market in English".to_owned(),
            body: "Before the café I let my son speak for me in every shop. Last week I asked the \
                   fruit seller how much the apples were, and we laughed together about the rain. \
                   It was a small thing, but I walked home feeling this is my town too."
                .to_owned(),
            occurred_on: Some("2025-06-12".to_owned()),
            participant_code: newcomer,
            group_label: String::new(),
            consent_id: newcomer_consent,
            consent: publishable.clone(),
            anonymised: true,
            tags: vec![
                outcome("talk-regularly"),
                StoryTag::new("indicator", "ioi-2019/lan-practice-outside-class"),
                StoryTag::new("domain", "ioi-2019/language-and-communication"),
                StoryTag::new("side", "newcomers"),
                StoryTag::new("theme", "confidence"),
                StoryTag::new("theme", "belonging"),
            ],
        });
    }
    if resident.is_some() {
        stories.push(NewStory {
            kind: "testimony".to_owned(),
            title: "A neighbour I can call on".to_owned(),
            body: "I came to help with conversation practice and expected to do the teaching. \
                   Now one of the women from the café waters my plants when I visit my daughter, \
                   and I help her read letters from the school. We look out for each other."
                .to_owned(),
            occurred_on: Some("2025-07-03".to_owned()),
            participant_code: resident,
            group_label: String::new(),
            consent_id: resident_consent,
            consent: publishable.clone(),
            anonymised: true,
            tags: vec![
                outcome("know-neighbours"),
                StoryTag::new("indicator", "ioi-2019/bri-ask-neighbours-for-help"),
                StoryTag::new("domain", "ioi-2019/social-bridges"),
                StoryTag::new("side", "receiving_community"),
                StoryTag::new("theme", "belonging"),
                StoryTag::new("theme", "mutual help"),
            ],
        });
    }
    stories.push(NewStory {
        kind: "focus_group".to_owned(),
        title: "What makes the café feel safe".to_owned(),
        body: "The group agreed that mixed tables work best when a volunteer starts with an easy \
               topic such as food or the weather. Several said childcare in the next room is \
               what lets them come at all. Two residents said they had never spoken to a \
               newcomer before joining."
            .to_owned(),
        occurred_on: Some("2025-05-20".to_owned()),
        participant_code: None,
        group_label: "Café focus group, May".to_owned(),
        consent_id: None,
        consent: StoryConsent {
            given_on: Some("2025-05-20".to_owned()),
            method: Some("verbal_witnessed".to_owned()),
            notes: "Every member of the group agreed at the start of the session.".to_owned(),
            ..publishable.clone()
        },
        anonymised: true,
        tags: vec![
            outcome("talk-regularly"),
            outcome("know-neighbours"),
            StoryTag::new("side", "newcomers"),
            StoryTag::new("side", "receiving_community"),
            StoryTag::new("theme", "childcare"),
            StoryTag::new("theme", "belonging"),
        ],
    });
    stories.push(NewStory {
        kind: "observation".to_owned(),
        title: "Volunteers' notes on the first term".to_owned(),
        body: "Attendance dipped in the school holidays. Volunteers noticed more English spoken \
               at the tables after the first six weeks."
            .to_owned(),
        occurred_on: Some("2025-04-30".to_owned()),
        participant_code: None,
        group_label: "Café volunteers".to_owned(),
        consent_id: None,
        consent: StoryConsent {
            reports: true,
            publication: false,
            sharing: false,
            naming: false,
            given_on: Some("2025-04-30".to_owned()),
            method: Some("paper".to_owned()),
            notes: "For the organisation's own reviews only.".to_owned(),
        },
        anonymised: true,
        tags: vec![
            outcome("talk-regularly"),
            StoryTag::new("theme", "attendance"),
        ],
    });
    for story in stories {
        store.create_story(org.id, story, None, "system").await?;
    }
    Ok(())
}
