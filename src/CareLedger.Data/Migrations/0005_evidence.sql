-- Evidence for outcome results: the board minutes, data extracts and reports an indicator's result rests on,
-- stored as uploaded with their fingerprint. Never updated: a corrected document is another upload.
CREATE TABLE evidence_files (
    id TEXT PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES contracts (id),
    indicator_id TEXT NOT NULL,
    period TEXT NOT NULL,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,            -- as detected from the content, never as claimed by the uploader
    size BIGINT NOT NULL,
    content {blob} NOT NULL,
    fingerprint TEXT NOT NULL,
    note TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (contract_id, indicator_id, period, fingerprint)
);

CREATE INDEX evidence_files_indicator ON evidence_files (contract_id, indicator_id, period);
