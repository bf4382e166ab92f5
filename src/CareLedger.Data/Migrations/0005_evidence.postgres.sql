CREATE TRIGGER evidence_files_append_only BEFORE UPDATE OR DELETE ON evidence_files FOR EACH ROW EXECUTE FUNCTION careledger_append_only();
