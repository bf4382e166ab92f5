CREATE TRIGGER evidence_files_append_only_update BEFORE UPDATE ON evidence_files BEGIN SELECT RAISE(ABORT, 'evidence is never rewritten'); END;
CREATE TRIGGER evidence_files_append_only_delete BEFORE DELETE ON evidence_files BEGIN SELECT RAISE(ABORT, 'evidence is never rewritten'); END;
