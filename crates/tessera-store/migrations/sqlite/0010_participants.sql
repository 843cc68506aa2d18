-- Participants (issue 14): the people a plan's work reaches, known by a pseudonymous code, with
-- the consent their data rest on, their answers at each collection point, and the plan's output
-- logs. Nothing here names a person except `participant_contact`, which is optional, kept apart,
-- shown only to editors and owners and never exported with answers. Audit entries about
-- participants carry the code only, so erasing a person leaves nothing of them in the log.

-- The organisation's list of descriptive fields (age band, gender, its own…), as JSON.
CREATE TABLE participant_settings (
    org_id      INTEGER PRIMARY KEY REFERENCES organisation (id),
    fields      TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE participant (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation (id),
    code        TEXT NOT NULL,
    reference   TEXT,
    side        TEXT NOT NULL CHECK (side IN ('newcomers', 'receiving_community')),
    attributes  TEXT NOT NULL DEFAULT '{}',
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (org_id, code),
    UNIQUE (org_id, reference)
);

-- The plans a participant belongs to, each with the plan's target group (if any).
CREATE TABLE participant_plan (
    participant_id  INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    plan_id         INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    target_group    TEXT,
    PRIMARY KEY (participant_id, plan_id)
);
CREATE INDEX participant_plan_plan ON participant_plan (plan_id, participant_id);

-- Names and contact details, only where an organisation chooses to keep them.
CREATE TABLE participant_contact (
    participant_id  INTEGER PRIMARY KEY REFERENCES participant (id) ON DELETE CASCADE,
    name            TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    updated_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

-- What a participant agreed to, on what lawful basis, when and how; and its withdrawal.
CREATE TABLE consent (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisation (id),
    participant_id  INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    taking_part     INTEGER NOT NULL,
    data_use        INTEGER NOT NULL,
    stories         INTEGER NOT NULL,
    sharing         INTEGER NOT NULL,
    lawful_basis    TEXT NOT NULL,
    given_on        TEXT NOT NULL,
    method          TEXT NOT NULL,
    witness         TEXT,
    notes           TEXT NOT NULL DEFAULT '',
    recorded_by     TEXT NOT NULL,
    recorded_at     TEXT NOT NULL,
    withdrawn_on    TEXT,
    withdrawn_by    TEXT,
    withdrawn_at    TEXT
);
CREATE INDEX consent_participant ON consent (participant_id, id);

-- A participant's answers at one collection point of one plan: indicator -> value, as JSON, so a
-- plan's measurements are read back as one row per person and point.
CREATE TABLE measurement (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisation (id),
    participant_id  INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    plan_id         INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    point           TEXT NOT NULL,
    measured_on     TEXT NOT NULL,
    answers         TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (participant_id, plan_id, point)
);
CREATE INDEX measurement_plan ON measurement (plan_id, participant_id);

-- An organisation's own collection points for a plan whose evaluation names none.
CREATE TABLE collection_point (
    org_id      INTEGER NOT NULL REFERENCES organisation (id),
    plan_id     INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    point_key   TEXT NOT NULL,
    label       TEXT NOT NULL,
    position    INTEGER NOT NULL,
    PRIMARY KEY (plan_id, point_key)
);

-- Output targets per period: so many sessions, or attendances, a month, quarter or year.
CREATE TABLE output_target (
    org_id      INTEGER NOT NULL REFERENCES organisation (id),
    plan_id     INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    output      TEXT NOT NULL,
    measure     TEXT NOT NULL CHECK (measure IN ('sessions', 'attendances')),
    period      TEXT NOT NULL CHECK (period IN ('month', 'quarter', 'year')),
    target      INTEGER NOT NULL,
    updated_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (plan_id, output, measure)
);

-- Sessions held and attendance counted for one output over a period, attendance broken down
-- by side, gender and age band (JSON list of counts).
CREATE TABLE output_log (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisation (id),
    plan_id         INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    output          TEXT NOT NULL,
    period_start    TEXT NOT NULL,
    period_end      TEXT NOT NULL,
    sessions        INTEGER NOT NULL,
    attendance      TEXT NOT NULL,
    notes           TEXT NOT NULL DEFAULT '',
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX output_log_plan ON output_log (plan_id, period_start);
