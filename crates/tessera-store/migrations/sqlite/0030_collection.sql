-- Collecting answers (issue 15, part B): a questionnaire's public link and settings, links per
-- participant for follow-ups, the responses themselves, drafts kept for "save and return", and
-- the collectors ODK Collect signs in as. No table here holds a respondent's name or contact:
-- tokens and resume codes are random, and only their hashes are kept where they are secrets.

-- One row per questionnaire that collects: its public link token, opening and closing dates
-- (YYYY-MM-DD, inclusive, UK days), the most responses it takes, and whether it was closed by
-- hand. Kept apart from the questionnaire's content so changing a date never makes a new
-- version of the questions.
CREATE TABLE collection (
    questionnaire_id  INTEGER PRIMARY KEY REFERENCES questionnaire (id) ON DELETE CASCADE,
    org_id            INTEGER NOT NULL REFERENCES organisation (id),
    token             TEXT NOT NULL UNIQUE,
    opens_on          TEXT,
    closes_on         TEXT,
    response_cap      INTEGER,
    closed            INTEGER NOT NULL DEFAULT 0,
    updated_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX collection_org ON collection (org_id);

-- A follow-up link for one participant: answers through it carry the participant, so change
-- over time can be paired. The token is random and says nothing about the person.
CREATE TABLE collection_link (
    id                INTEGER PRIMARY KEY,
    org_id            INTEGER NOT NULL REFERENCES organisation (id),
    questionnaire_id  INTEGER NOT NULL REFERENCES questionnaire (id) ON DELETE CASCADE,
    participant_id    INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    token             TEXT NOT NULL UNIQUE,
    created_by        TEXT NOT NULL,
    created_at        TEXT NOT NULL
);
CREATE INDEX collection_link_questionnaire ON collection_link (questionnaire_id, id);

-- One stored response: the version answered, how it came (web, openrosa), the side when the
-- answers say it, and the answers as a JSON object of question name to the XForm text encoding.
-- The idempotency key (the web form's submission key, or OpenRosa's instanceID) is unique per
-- questionnaire, so a repeated submission is stored once.
CREATE TABLE response (
    id                INTEGER PRIMARY KEY,
    org_id            INTEGER NOT NULL REFERENCES organisation (id),
    questionnaire_id  INTEGER NOT NULL REFERENCES questionnaire (id) ON DELETE CASCADE,
    version           INTEGER NOT NULL,
    channel           TEXT NOT NULL,
    side              TEXT,
    participant_id    INTEGER REFERENCES participant (id) ON DELETE SET NULL,
    lang              TEXT NOT NULL,
    answers           TEXT NOT NULL,
    idempotency_key   TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    UNIQUE (questionnaire_id, idempotency_key)
);
CREATE INDEX response_questionnaire ON response (org_id, questionnaire_id, id);

-- Answers kept for "save and return": found by the hash of the resume code given to the
-- respondent, dropped when submitted or past their expiry.
CREATE TABLE response_draft (
    id                INTEGER PRIMARY KEY,
    org_id            INTEGER NOT NULL REFERENCES organisation (id),
    questionnaire_id  INTEGER NOT NULL REFERENCES questionnaire (id) ON DELETE CASCADE,
    code_hash         TEXT NOT NULL UNIQUE,
    version           INTEGER NOT NULL,
    lang              TEXT NOT NULL,
    answers           TEXT NOT NULL,
    expires_at        TEXT NOT NULL,
    created_at        TEXT NOT NULL
);

-- Who may send answers from ODK Collect: a name and an Argon2id hash of the password, for one
-- questionnaire or (questionnaire_id NULL) all of the organisation's. Revoked collectors are
-- kept, so the log of who collected what stays readable.
CREATE TABLE collector (
    id                INTEGER PRIMARY KEY,
    org_id            INTEGER NOT NULL REFERENCES organisation (id),
    questionnaire_id  INTEGER REFERENCES questionnaire (id) ON DELETE CASCADE,
    name              TEXT NOT NULL,
    password_hash     TEXT NOT NULL,
    revoked_at        TEXT,
    created_by        TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    UNIQUE (org_id, name)
);
