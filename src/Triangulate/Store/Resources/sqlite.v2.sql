-- Triangulate ledger store, schema version 2, SQLite dialect. Same tables and columns as postgres.v2.sql.
-- Adds when a run's analysis began, and the ledger's measures, revisions and timeline, keyed by run like its claims.
ALTER TABLE runs ADD COLUMN started_at TEXT;

CREATE TABLE IF NOT EXISTS measures (
    run          INTEGER NOT NULL REFERENCES runs (id),
    position     INTEGER NOT NULL,
    key          TEXT NOT NULL,
    label        TEXT NOT NULL,
    orientation  TEXT NOT NULL,
    PRIMARY KEY (run, position)
);

CREATE TABLE IF NOT EXISTS measure_figures (
    run       INTEGER NOT NULL,
    measure   INTEGER NOT NULL,
    position  INTEGER NOT NULL,
    claim     TEXT NOT NULL,
    PRIMARY KEY (run, measure, position),
    FOREIGN KEY (run, measure) REFERENCES measures (run, position),
    FOREIGN KEY (run, claim) REFERENCES claims (run, id)
);

CREATE TABLE IF NOT EXISTS revisions (
    run         INTEGER NOT NULL REFERENCES runs (id),
    position    INTEGER NOT NULL,
    holder      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    from_value  TEXT NOT NULL,
    to_value    TEXT NOT NULL,
    from_date   TEXT,
    to_date     TEXT,
    from_claim  TEXT NOT NULL,
    to_claim    TEXT NOT NULL,
    PRIMARY KEY (run, position),
    FOREIGN KEY (run, from_claim) REFERENCES claims (run, id),
    FOREIGN KEY (run, to_claim) REFERENCES claims (run, id)
);

CREATE TABLE IF NOT EXISTS timeline (
    run        INTEGER NOT NULL REFERENCES runs (id),
    position   INTEGER NOT NULL,
    date       TEXT NOT NULL,
    precision  TEXT NOT NULL,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (run, position)
);

CREATE TABLE IF NOT EXISTS timeline_claims (
    run       INTEGER NOT NULL,
    entry     INTEGER NOT NULL,
    position  INTEGER NOT NULL,
    claim     TEXT NOT NULL,
    PRIMARY KEY (run, entry, position),
    FOREIGN KEY (run, entry) REFERENCES timeline (run, position),
    FOREIGN KEY (run, claim) REFERENCES claims (run, id)
);
