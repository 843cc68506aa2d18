-- Weightings (issue 16): a named set of weights for a dataset, adjusted to population margins
-- (post-stratification, raking or calibration), with the method, margins and options it was
-- made from (JSON) and its report (JSON). The weights are one little-endian array of f64, as a
-- dataset's numeric columns are, so estimates and exports read them back without parsing text.
-- A weighting goes with its dataset.
CREATE TABLE weighting (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation (id),
    dataset_id  INTEGER NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    method      TEXT NOT NULL,
    margins     TEXT NOT NULL,
    options     TEXT NOT NULL,
    weights     BLOB NOT NULL,
    report      TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (dataset_id, name)
);
CREATE INDEX weighting_org ON weighting (org_id, dataset_id);
