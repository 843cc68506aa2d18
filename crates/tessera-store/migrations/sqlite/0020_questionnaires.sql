-- Questionnaires (issue 15): built from the question bank or by hand, owned by an organisation,
-- optionally for a plan. Each version's content is the questionnaire JSON documented in
-- docs/questionnaires.md (tessera-survey's `Questionnaire`), kept as text so the store stays
-- free of survey logic. Once a version has answers it is frozen: editing then makes a new
-- version, so every answer keeps the exact questions it answered.
CREATE TABLE questionnaire (
    id               INTEGER PRIMARY KEY,
    org_id           INTEGER NOT NULL REFERENCES organisation (id),
    plan_id          INTEGER REFERENCES plan (id) ON DELETE SET NULL,
    title            TEXT NOT NULL,
    current_version  INTEGER NOT NULL,
    created_by       TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX questionnaire_org ON questionnaire (org_id, id);

CREATE TABLE questionnaire_version (
    questionnaire_id  INTEGER NOT NULL REFERENCES questionnaire (id) ON DELETE CASCADE,
    version           INTEGER NOT NULL,
    content           TEXT NOT NULL,
    -- 1 once the first answer to this version is stored (set by the collection side).
    answered          INTEGER NOT NULL DEFAULT 0,
    created_by        TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    PRIMARY KEY (questionnaire_id, version)
);
