CREATE TRIGGER motions_append_only BEFORE UPDATE OR DELETE ON motions FOR EACH ROW EXECUTE FUNCTION careledger_append_only();
CREATE TRIGGER votes_append_only BEFORE UPDATE OR DELETE ON votes FOR EACH ROW EXECUTE FUNCTION careledger_append_only();
CREATE TRIGGER corrections_append_only BEFORE UPDATE OR DELETE ON corrections FOR EACH ROW EXECUTE FUNCTION careledger_append_only();
