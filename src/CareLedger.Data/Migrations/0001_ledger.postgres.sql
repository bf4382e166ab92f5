-- History is never rewritten: updates and deletes of recorded rows are refused by the database itself.
CREATE FUNCTION careledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW EXECUTE FUNCTION careledger_append_only();
CREATE TRIGGER contract_versions_append_only BEFORE UPDATE OR DELETE ON contract_versions FOR EACH ROW EXECUTE FUNCTION careledger_append_only();
CREATE TRIGGER settlement_runs_append_only BEFORE UPDATE OR DELETE ON settlement_runs FOR EACH ROW EXECUTE FUNCTION careledger_append_only();
CREATE TRIGGER statement_lines_append_only BEFORE UPDATE OR DELETE ON statement_lines FOR EACH ROW EXECUTE FUNCTION careledger_append_only();
CREATE TRIGGER period_events_append_only BEFORE UPDATE OR DELETE ON period_events FOR EACH ROW EXECUTE FUNCTION careledger_append_only();
CREATE TRIGGER actuals_imports_append_only BEFORE UPDATE OR DELETE ON actuals_imports FOR EACH ROW EXECUTE FUNCTION careledger_append_only();
