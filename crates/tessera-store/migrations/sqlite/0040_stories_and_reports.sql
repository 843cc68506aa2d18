-- Stories and reports (issue 17): evidence records (a testimony, a case study, an observation, a
-- photo or audio file with its transcript, a note from a focus group), each resting on consent —
-- a participant's consent record when it is about a registered participant, or the consent
-- recorded with the story itself — and tagged to what it speaks to; and a plan's reports for a
-- period, with the sections the organisation chose, in its order, and the stories it selected.
-- Matches migrations/postgres/0040_stories_and_reports.sql.

CREATE TABLE story (
    id                  INTEGER PRIMARY KEY,
    org_id              INTEGER NOT NULL REFERENCES organisation (id),
    kind                TEXT NOT NULL CHECK (kind IN
                        ('testimony', 'case_study', 'observation', 'photo', 'audio', 'focus_group')),
    title               TEXT NOT NULL,
    body                TEXT NOT NULL,
    occurred_on         TEXT,
    -- Who it is about: a registered participant (erasing them erases their stories) or a group.
    participant_id      INTEGER REFERENCES participant (id) ON DELETE CASCADE,
    group_label         TEXT NOT NULL DEFAULT '',
    -- The participant's consent record it rests on; without one, the consent recorded here.
    consent_id          INTEGER REFERENCES consent (id) ON DELETE SET NULL,
    consent_reports     INTEGER NOT NULL,
    consent_publication INTEGER NOT NULL,
    consent_sharing     INTEGER NOT NULL,
    consent_naming      INTEGER NOT NULL,
    consent_given_on    TEXT,
    consent_method      TEXT,
    consent_notes       TEXT NOT NULL DEFAULT '',
    anonymised          INTEGER NOT NULL,
    created_by          TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX story_org ON story (org_id, id);

-- A photo or an audio recording, kept like a dataset's original file.
CREATE TABLE story_file (
    story_id    INTEGER PRIMARY KEY REFERENCES story (id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    bytes       BLOB NOT NULL
);

-- What a story speaks to: a plan outcome (`plan-id/outcome-id`), an indicator, a domain, a side,
-- or one of the organisation's own themes.
CREATE TABLE story_tag (
    story_id    INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('outcome', 'indicator', 'domain', 'side', 'theme')),
    value       TEXT NOT NULL,
    PRIMARY KEY (story_id, kind, value)
);
CREATE INDEX story_tag_value ON story_tag (kind, value);

CREATE TABLE report (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisation (id),
    plan_id         INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    title           TEXT NOT NULL,
    period_start    TEXT NOT NULL,
    period_end      TEXT NOT NULL,
    -- The sections in order, each with its narrative, as JSON.
    sections        TEXT NOT NULL,
    -- The selected stories' ids, in order, as JSON.
    stories         TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX report_plan ON report (org_id, plan_id);
