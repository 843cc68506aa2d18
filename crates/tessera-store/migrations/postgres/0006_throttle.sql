-- Attempts at guessing secrets (signing in, asking for reset links), counted per key in fixed
-- windows. One row per key, claimed with one INSERT … ON CONFLICT DO UPDATE, so attempts made at
-- the same moment cannot all read the old count. Replaces sign_in_failure, which stays until
-- nothing writes to it. Matches migrations/sqlite/0006_throttle.sql.
CREATE TABLE throttle (
    key             TEXT PRIMARY KEY,
    attempts        BIGINT NOT NULL,
    window_ends_at  BIGINT NOT NULL
);
CREATE INDEX throttle_window ON throttle (window_ends_at);
