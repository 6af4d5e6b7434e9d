-- Triangulate ledger store, schema version 1, PostgreSQL dialect. Same tables and columns as sqlite.v1.sql.
-- Documents are shared across runs (keyed by their content-hash id); everything a run derived is keyed by run.
CREATE TABLE IF NOT EXISTS schema_version (
    version     BIGINT PRIMARY KEY,
    applied_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS runs (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    label              TEXT NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    generator_version  TEXT NOT NULL,
    format_version     BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
    id                   TEXT PRIMARY KEY,
    source               TEXT NOT NULL,
    url                  TEXT,
    title                TEXT,
    outlet               TEXT,
    author               TEXT,
    published            TEXT,
    published_precision  TEXT,
    language             TEXT NOT NULL,
    wire_tag             TEXT,
    text                 TEXT NOT NULL,
    first_run            BIGINT NOT NULL REFERENCES runs (id),
    last_run             BIGINT NOT NULL REFERENCES runs (id)
);

CREATE TABLE IF NOT EXISTS run_documents (
    run       BIGINT NOT NULL REFERENCES runs (id),
    document  TEXT NOT NULL REFERENCES documents (id),
    PRIMARY KEY (run, document)
);

CREATE TABLE IF NOT EXISTS run_errors (
    run       BIGINT NOT NULL REFERENCES runs (id),
    position  BIGINT NOT NULL,
    path      TEXT NOT NULL,
    reason    TEXT NOT NULL,
    PRIMARY KEY (run, position)
);

CREATE TABLE IF NOT EXISTS claims (
    run                   BIGINT NOT NULL REFERENCES runs (id),
    id                    TEXT NOT NULL,
    position              BIGINT NOT NULL,
    document              TEXT NOT NULL REFERENCES documents (id),
    document_source       TEXT NOT NULL,
    outlet                TEXT,
    holder_key            TEXT NOT NULL,
    holder_name           TEXT NOT NULL,
    holder_kind           TEXT NOT NULL,
    kind                  TEXT NOT NULL,
    subject_key           TEXT NOT NULL,
    subject_label         TEXT NOT NULL,
    value_text            TEXT,
    low                   DOUBLE PRECISION,
    high                  DOUBLE PRECISION,
    qualifier             TEXT,
    stance                TEXT NOT NULL,
    stance_start          BIGINT,
    stance_length         BIGINT,
    orientation           TEXT NOT NULL,
    cue                   TEXT,
    stated_on             DATE,
    stated_on_precision   TEXT,
    stated_on_text        TEXT,
    refers_to             TEXT,
    evidence_start        BIGINT NOT NULL,
    evidence_length       BIGINT NOT NULL,
    evidence_text         TEXT,
    focus_start           BIGINT NOT NULL,
    focus_length          BIGINT NOT NULL,
    focus_text            TEXT,
    PRIMARY KEY (run, id)
);
CREATE INDEX IF NOT EXISTS claims_holder ON claims (holder_key);
CREATE INDEX IF NOT EXISTS claims_subject ON claims (subject_key);
CREATE INDEX IF NOT EXISTS claims_document ON claims (document);

CREATE TABLE IF NOT EXISTS claim_cites (
    run       BIGINT NOT NULL,
    claim     TEXT NOT NULL,
    position  BIGINT NOT NULL,
    holder    TEXT NOT NULL,
    PRIMARY KEY (run, claim, position),
    FOREIGN KEY (run, claim) REFERENCES claims (run, id)
);

CREATE TABLE IF NOT EXISTS entities (
    run             BIGINT NOT NULL REFERENCES runs (id),
    id              TEXT NOT NULL,
    name            TEXT NOT NULL,
    type            TEXT NOT NULL,
    aliases         TEXT NOT NULL,
    roles           TEXT NOT NULL,
    affiliations    TEXT NOT NULL,
    document_count  BIGINT NOT NULL,
    PRIMARY KEY (run, id)
);

CREATE TABLE IF NOT EXISTS entity_mentions (
    run              BIGINT NOT NULL,
    entity           TEXT NOT NULL,
    position         BIGINT NOT NULL,
    document         TEXT NOT NULL REFERENCES documents (id),
    evidence_start   BIGINT NOT NULL,
    evidence_length  BIGINT NOT NULL,
    evidence_text    TEXT,
    link             TEXT NOT NULL,
    PRIMARY KEY (run, entity, position),
    FOREIGN KEY (run, entity) REFERENCES entities (run, id)
);
CREATE INDEX IF NOT EXISTS entity_mentions_document ON entity_mentions (document);

CREATE TABLE IF NOT EXISTS citations (
    run              BIGINT NOT NULL REFERENCES runs (id),
    position         BIGINT NOT NULL,
    from_holder      TEXT NOT NULL,
    to_holder        TEXT NOT NULL,
    document_source  TEXT NOT NULL,
    evidence_start   BIGINT NOT NULL,
    evidence_length  BIGINT NOT NULL,
    evidence_text    TEXT,
    PRIMARY KEY (run, position)
);

CREATE TABLE IF NOT EXISTS conflicts (
    run            BIGINT NOT NULL REFERENCES runs (id),
    position       BIGINT NOT NULL,
    kind           TEXT NOT NULL,
    subject        TEXT NOT NULL,
    reason         TEXT NOT NULL,
    first_claim    TEXT NOT NULL,
    second_claim   TEXT NOT NULL,
    first_holder   TEXT NOT NULL,
    second_holder  TEXT NOT NULL,
    PRIMARY KEY (run, position),
    FOREIGN KEY (run, first_claim) REFERENCES claims (run, id),
    FOREIGN KEY (run, second_claim) REFERENCES claims (run, id)
);
