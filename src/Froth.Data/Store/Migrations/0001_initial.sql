-- Froth store, schema version 1: instruments and their series, daily bars and scalar points, and the
-- provenance of every stored row (imports), the revisions of changed values and the data issues.
-- The schema_version table is created by the migrator before this script runs.

CREATE TABLE instruments (
    symbol      VARCHAR PRIMARY KEY,   -- canonical Yahoo-style symbol (0700.HK, ^NDX, HSTECH.HK:PE)
    name        VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,      -- index, stock, etf, fx, valuation, macro
    market      VARCHAR NOT NULL,      -- HK, SH, SZ, US, FX, or an ISO country code
    currency    VARCHAR,               -- ISO currency; NULL for unitless ratios and percentages
    frequency   VARCHAR NOT NULL,      -- daily, weekly, monthly, quarterly, annual
    unit        VARCHAR                -- unit of a scalar series; NULL for bars
);

-- Friendly names that resolve to an instrument. An alias may name several instruments (then it is
-- ambiguous and resolution says so); position keeps the instrument's own order of aliases.
CREATE TABLE aliases (
    alias       VARCHAR NOT NULL,
    symbol      VARCHAR NOT NULL,
    position    INTEGER NOT NULL,
    PRIMARY KEY (symbol, alias)
);

-- One source's series of an instrument: bars or scalar points.
CREATE TABLE series (
    series_id   INTEGER PRIMARY KEY,
    symbol      VARCHAR NOT NULL,
    source      VARCHAR NOT NULL,      -- file stem or fetcher name (NDX_stooq_1938-2026-05, yahoo)
    kind        VARCHAR NOT NULL,      -- bars or scalars
    adjustment  VARCHAR NOT NULL,      -- none, splitAndDividend, forward, unknown
    UNIQUE (symbol, source)
);

-- One imported source document: the provenance every stored row points back to.
CREATE TABLE imports (
    import_id       INTEGER PRIMARY KEY,
    location        VARCHAR NOT NULL,  -- absolute file path or URL
    layout          VARCHAR NOT NULL,
    content_hash    VARCHAR NOT NULL,  -- lower-case hex SHA-256 of the raw bytes
    length          BIGINT NOT NULL,   -- bytes
    imported_at     TIMESTAMPTZ NOT NULL,
    rows_read       INTEGER NOT NULL,  -- bars and points in the document after the quality rules
    rows_new        INTEGER NOT NULL,
    rows_updated    INTEGER NOT NULL,
    rows_unchanged  INTEGER NOT NULL,
    rows_skipped    INTEGER NOT NULL,  -- rows the quality rules left out (each has an issue)
    issues          INTEGER NOT NULL
);

-- Daily bars. import_id is the import that wrote the current values. One row per (series_id, date): the
-- importer guarantees it (rows are inserted only by an anti join on that pair); no index enforces it, because
-- DuckDB's index would cost more at import than it saves at read time, where scans of rows stored in
-- (series_id, date) order are pruned by min/max zone maps.
CREATE TABLE bars (
    series_id   INTEGER NOT NULL,
    date        DATE NOT NULL,
    open        DOUBLE NOT NULL,
    high        DOUBLE NOT NULL,
    low         DOUBLE NOT NULL,
    close       DOUBLE NOT NULL,
    volume      DOUBLE,                -- NULL when the source has no volume
    import_id   INTEGER NOT NULL
);

-- Scalar points (P/E, macro values). import_id is the import that wrote the current value. One row per
-- (series_id, date), guaranteed by the importer as for bars.
CREATE TABLE points (
    series_id   INTEGER NOT NULL,
    date        DATE NOT NULL,
    value       DOUBLE NOT NULL,
    import_id   INTEGER NOT NULL
);

-- Every change of a stored value: one row per changed field.
CREATE TABLE revisions (
    series_id       INTEGER NOT NULL,
    date            DATE NOT NULL,
    field           VARCHAR NOT NULL,  -- open, high, low, close, volume or value
    old_value       DOUBLE,
    new_value       DOUBLE,
    old_import_id   INTEGER NOT NULL,
    new_import_id   INTEGER NOT NULL
);

-- Data issues found while reading and checking each imported document.
CREATE TABLE issues (
    import_id   INTEGER NOT NULL,
    ordinal     INTEGER NOT NULL,      -- order within the document's issues
    rule        VARCHAR NOT NULL,
    severity    VARCHAR NOT NULL,      -- info, warning, error
    location    VARCHAR NOT NULL,
    line        INTEGER,
    "column"    VARCHAR,
    value       VARCHAR,
    message     VARCHAR NOT NULL,
    action      VARCHAR NOT NULL,      -- reported, skipped, corrected
    symbol      VARCHAR,
    date        DATE,
    PRIMARY KEY (import_id, ordinal)
);
