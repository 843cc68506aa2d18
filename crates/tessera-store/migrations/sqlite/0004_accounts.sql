-- Accounts, memberships with roles, invitations, sessions, password resets, an outbox for
-- e-mail, sign-in throttling, personal API tokens, sharing, and dataset retention dates.
-- Secrets (session ids, invitation, reset and API tokens) are stored only as SHA-256 hashes;
-- passwords only as Argon2id hashes. Expiry times are Unix seconds so they compare as numbers.
-- Matches migrations/postgres/0004_accounts.sql.
CREATE TABLE app_user (
    id              INTEGER PRIMARY KEY,
    email           TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    is_admin        INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL
);

CREATE TABLE membership (
    org_id      INTEGER NOT NULL REFERENCES organisation (id),
    user_id     INTEGER NOT NULL REFERENCES app_user (id),
    role        TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'analyst', 'viewer')),
    created_at  TEXT NOT NULL,
    PRIMARY KEY (org_id, user_id)
);
CREATE INDEX membership_user ON membership (user_id);

CREATE TABLE invitation (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation (id),
    email       TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'analyst', 'viewer')),
    token_hash  TEXT NOT NULL UNIQUE,
    invited_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  INTEGER NOT NULL,
    accepted_at TEXT,
    revoked_at  TEXT
);
CREATE INDEX invitation_org ON invitation (org_id, id);

CREATE TABLE session (
    token_hash  TEXT PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES app_user (id),
    org_id      INTEGER REFERENCES organisation (id),
    csrf_token  TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE INDEX session_by_user ON session (user_id);

CREATE TABLE password_reset (
    token_hash  TEXT PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES app_user (id),
    expires_at  INTEGER NOT NULL,
    used        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    to_address  TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE sign_in_failure (
    id          INTEGER PRIMARY KEY,
    account     TEXT NOT NULL,
    at          INTEGER NOT NULL
);
CREATE INDEX sign_in_failure_account ON sign_in_failure (account, at);

CREATE TABLE api_token (
    id              INTEGER PRIMARY KEY,
    token_hash      TEXT NOT NULL UNIQUE,
    prefix          TEXT NOT NULL,
    name            TEXT NOT NULL,
    org_id          INTEGER NOT NULL REFERENCES organisation (id),
    role            TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'analyst', 'viewer')),
    user_id         INTEGER REFERENCES app_user (id),
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    last_used_at    TEXT,
    revoked_at      TEXT
);
CREATE INDEX api_token_org ON api_token (org_id, id);

-- A plan or a dataset's results shared with another organisation (target_org_id) or published
-- to everyone (target_org_id NULL). Withdrawing keeps the row, for the record.
CREATE TABLE share (
    id              INTEGER PRIMARY KEY,
    share_key       TEXT NOT NULL UNIQUE,
    org_id          INTEGER NOT NULL REFERENCES organisation (id),
    object_kind     TEXT NOT NULL CHECK (object_kind IN ('plan', 'dataset')),
    object_id       INTEGER NOT NULL,
    target_org_id   INTEGER REFERENCES organisation (id),
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    withdrawn_by    TEXT,
    withdrawn_at    TEXT
);
CREATE INDEX share_object ON share (org_id, object_kind, object_id);
CREATE INDEX share_target ON share (target_org_id);

-- The date (YYYY-MM-DD) after which the organisation's owners are asked to delete a dataset.
ALTER TABLE dataset ADD COLUMN retain_until TEXT;
