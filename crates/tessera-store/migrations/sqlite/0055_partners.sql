-- Partners reporting to a commissioner (issue 17): a commissioner's strategy plan links
-- partner organisations' plans, sets reporting periods with due dates, and receives each
-- partner's report for a period as a snapshot.

-- A link between a commissioner's strategy plan and a partner organisation's plan. The
-- commissioner invites an organisation; the partner's owner agrees by choosing one of its plans
-- (`partner_plan_id` stays empty until then) or declines; either side may end it.
CREATE TABLE partner_link (
    id                      INTEGER PRIMARY KEY,
    commissioner_org_id     INTEGER NOT NULL REFERENCES organisation (id),
    commissioner_plan_id    INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    partner_org_id          INTEGER NOT NULL REFERENCES organisation (id),
    partner_plan_id         INTEGER REFERENCES plan (id) ON DELETE SET NULL,
    status                  TEXT NOT NULL
                            CHECK (status IN ('invited', 'active', 'declined', 'ended')),
    note                    TEXT NOT NULL,
    invited_by              TEXT NOT NULL,
    invited_at              TEXT NOT NULL,
    answered_by             TEXT,
    answered_at             TEXT,
    ended_by                TEXT,
    ended_at                TEXT,
    CHECK (commissioner_org_id <> partner_org_id)
);
CREATE INDEX partner_link_commissioner ON partner_link (commissioner_org_id, commissioner_plan_id);
CREATE INDEX partner_link_partner ON partner_link (partner_org_id);

-- A reporting period of a strategy plan, with the day its partners' reports are due.
CREATE TABLE reporting_period (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisation (id),
    plan_id         INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    label           TEXT NOT NULL,
    period_start    TEXT NOT NULL,
    period_end      TEXT NOT NULL,
    due_on          TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX reporting_period_plan ON reporting_period (org_id, plan_id, period_start);

-- A partner's report for a period: what it held when it submitted, as JSON the application
-- layer writes (progress, outputs and attendance, stories chosen for sharing). One per link and
-- period; a returned report is submitted again in its place.
CREATE TABLE partner_report (
    id              INTEGER PRIMARY KEY,
    period_id       INTEGER NOT NULL REFERENCES reporting_period (id) ON DELETE CASCADE,
    link_id         INTEGER NOT NULL REFERENCES partner_link (id) ON DELETE CASCADE,
    status          TEXT NOT NULL CHECK (status IN ('submitted', 'accepted', 'returned')),
    snapshot        TEXT NOT NULL,
    submitted_by    TEXT NOT NULL,
    submitted_at    TEXT NOT NULL,
    reviewed_by     TEXT,
    reviewed_at     TEXT,
    review_note     TEXT NOT NULL,
    UNIQUE (period_id, link_id)
);

-- Reminders of a due date sent by housekeeping: one per period, link and due date, so running
-- housekeeping again sends nothing twice and a moved due date is reminded again.
CREATE TABLE partner_reminder (
    period_id   INTEGER NOT NULL REFERENCES reporting_period (id) ON DELETE CASCADE,
    link_id     INTEGER NOT NULL REFERENCES partner_link (id) ON DELETE CASCADE,
    due_on      TEXT NOT NULL,
    sent_at     TEXT NOT NULL,
    PRIMARY KEY (period_id, link_id, due_on)
);
