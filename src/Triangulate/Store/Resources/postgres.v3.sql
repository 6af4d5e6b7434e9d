-- Triangulate ledger store, schema version 3, PostgreSQL dialect. Same tables and columns as sqlite.v3.sql.
-- Adds stories: each run's documents are grouped into stories, and its measures belong to one. Runs saved before
-- version 3 have no story rows; their claims were all compared as one story.
CREATE TABLE IF NOT EXISTS stories (
    run       BIGINT NOT NULL REFERENCES runs (id),
    position  BIGINT NOT NULL,
    id        TEXT NOT NULL,
    label     TEXT NOT NULL,
    PRIMARY KEY (run, position),
    UNIQUE (run, id)
);

ALTER TABLE run_documents ADD COLUMN story TEXT;
ALTER TABLE measures ADD COLUMN story TEXT;
