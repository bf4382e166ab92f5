-- The ledger: contracts and their versions, periods, actuals imports, settlement runs and the audit trail.
-- Written in the SQL both SQLite and PostgreSQL accept. Times are UTC text (LedgerTime); money is integer minor units.
-- Rows here are never updated: a new version, event, import or run is a new row, and history is kept.

CREATE TABLE contracts (
    id TEXT PRIMARY KEY,                 -- the contract's id in its YAML (`id:`), e.g. mid-notts-better-together
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE contract_versions (
    contract_id TEXT NOT NULL REFERENCES contracts (id),
    version BIGINT NOT NULL,            -- 1, 2, 3 … in the order uploaded
    name TEXT NOT NULL,                  -- the contract's name in this version
    file_name TEXT NOT NULL,
    yaml TEXT NOT NULL,                  -- the text exactly as uploaded
    fingerprint TEXT NOT NULL,           -- SHA-256 of the text
    note TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    PRIMARY KEY (contract_id, version)
);

-- The parties of each version, so who may see a contract is a query, not a parse.
CREATE TABLE contract_parties (
    contract_id TEXT NOT NULL,
    version BIGINT NOT NULL,
    party_id TEXT NOT NULL,
    name TEXT NOT NULL,
    roles TEXT NOT NULL,                 -- space-separated: commissioner provider prime …
    membership TEXT,                     -- full | associate | non-voting (alliances)
    PRIMARY KEY (contract_id, version, party_id),
    FOREIGN KEY (contract_id, version) REFERENCES contract_versions (contract_id, version)
);

-- A period's life, one row per change: settled (by a run), closed, reopened never. Its state is its latest event.
CREATE TABLE period_events (
    contract_id TEXT NOT NULL REFERENCES contracts (id),
    period TEXT NOT NULL,                -- 2016/17, 2016/17-Q1, 2016/17-M01
    sequence BIGINT NOT NULL,
    state TEXT NOT NULL,                 -- settled | closed
    run_id TEXT,
    reason TEXT,
    at TEXT NOT NULL,
    by_actor TEXT NOT NULL,
    PRIMARY KEY (contract_id, period, sequence)
);

CREATE TABLE actuals_imports (
    id TEXT PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES contracts (id),
    sequence BIGINT NOT NULL,           -- 1, 2, 3 … per contract, in the order imported
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,                -- yaml | csv | xlsx
    content {blob} NOT NULL,             -- the file exactly as imported
    text TEXT NOT NULL,                  -- what the checks read (an XLSX workbook's tables as CSV)
    fingerprint TEXT NOT NULL,           -- SHA-256 of the content
    replaces TEXT REFERENCES actuals_imports (id),
    row_count BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (contract_id, fingerprint),
    UNIQUE (contract_id, sequence)
);

CREATE TABLE settlement_runs (
    id TEXT PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES contracts (id),
    period TEXT NOT NULL,
    run_number BIGINT NOT NULL,         -- 1, 2 … per period; the highest is the period's settlement
    contract_version BIGINT NOT NULL,
    contract_fingerprint TEXT NOT NULL,
    actuals_fingerprint TEXT NOT NULL,
    decisions_fingerprint TEXT NOT NULL,
    inputs_fingerprint TEXT NOT NULL,    -- all three together: the same inputs are the same run
    provisional BIGINT NOT NULL,        -- 1 when settled with incomplete actuals
    currency TEXT NOT NULL,
    document TEXT NOT NULL,              -- the settlement as CareLedger's JSON (statements, explanations, checks)
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (contract_id, period, inputs_fingerprint),
    UNIQUE (contract_id, period, run_number),
    FOREIGN KEY (contract_id, contract_version) REFERENCES contract_versions (contract_id, version)
);

-- Each statement line of a run, so totals are sums in the database and reconcile with the document.
CREATE TABLE statement_lines (
    run_id TEXT NOT NULL REFERENCES settlement_runs (id),
    party_id TEXT NOT NULL,
    line_number BIGINT NOT NULL,
    element TEXT NOT NULL,
    counterparty_id TEXT,
    amount_minor BIGINT NOT NULL,        -- pence: positive is paid to the party
    reason TEXT NOT NULL,
    PRIMARY KEY (run_id, party_id, line_number)
);

-- The audit trail: append-only, each entry's hash covering its content and the hash before it.
CREATE TABLE audit_entries (
    sequence BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    contract_id TEXT,
    before_state TEXT,
    after_state TEXT,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

CREATE INDEX audit_entries_contract ON audit_entries (contract_id, sequence);
CREATE INDEX settlement_runs_period ON settlement_runs (contract_id, period, run_number);
