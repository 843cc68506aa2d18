-- Self-assessments (issue 18): an organisation's own scoring of how it works, kept so it can
-- repeat them and see movement. `kind` says which questionnaire (`inclusive-cities`: a
-- council's policy against the Inclusive Cities principles and thematic areas; `barriers`:
-- the challenges it meets in using the indicators). The answers, notes and actions are JSON
-- the application layer writes and checks: the questionnaires change more often than tables.
CREATE TABLE self_assessment (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation (id),
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL,
    taken_on    TEXT NOT NULL,
    answers     TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX self_assessment_org ON self_assessment (org_id, kind, taken_on);
