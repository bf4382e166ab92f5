-- History is never rewritten: updates and deletes of recorded rows are refused by the database itself.
CREATE TRIGGER audit_entries_append_only_update BEFORE UPDATE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
CREATE TRIGGER audit_entries_append_only_delete BEFORE DELETE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
CREATE TRIGGER contract_versions_append_only_update BEFORE UPDATE ON contract_versions BEGIN SELECT RAISE(ABORT, 'contract versions are never rewritten'); END;
CREATE TRIGGER contract_versions_append_only_delete BEFORE DELETE ON contract_versions BEGIN SELECT RAISE(ABORT, 'contract versions are never rewritten'); END;
CREATE TRIGGER settlement_runs_append_only_update BEFORE UPDATE ON settlement_runs BEGIN SELECT RAISE(ABORT, 'settlement runs are never rewritten'); END;
CREATE TRIGGER settlement_runs_append_only_delete BEFORE DELETE ON settlement_runs BEGIN SELECT RAISE(ABORT, 'settlement runs are never rewritten'); END;
CREATE TRIGGER statement_lines_append_only_update BEFORE UPDATE ON statement_lines BEGIN SELECT RAISE(ABORT, 'statement lines are never rewritten'); END;
CREATE TRIGGER statement_lines_append_only_delete BEFORE DELETE ON statement_lines BEGIN SELECT RAISE(ABORT, 'statement lines are never rewritten'); END;
CREATE TRIGGER period_events_append_only_update BEFORE UPDATE ON period_events BEGIN SELECT RAISE(ABORT, 'period events are never rewritten'); END;
CREATE TRIGGER period_events_append_only_delete BEFORE DELETE ON period_events BEGIN SELECT RAISE(ABORT, 'period events are never rewritten'); END;
CREATE TRIGGER actuals_imports_append_only_update BEFORE UPDATE ON actuals_imports BEGIN SELECT RAISE(ABORT, 'imports are never rewritten'); END;
CREATE TRIGGER actuals_imports_append_only_delete BEFORE DELETE ON actuals_imports BEGIN SELECT RAISE(ABORT, 'imports are never rewritten'); END;
