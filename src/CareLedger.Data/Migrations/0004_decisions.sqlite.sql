CREATE TRIGGER motions_append_only_update BEFORE UPDATE ON motions BEGIN SELECT RAISE(ABORT, 'motions are never rewritten'); END;
CREATE TRIGGER motions_append_only_delete BEFORE DELETE ON motions BEGIN SELECT RAISE(ABORT, 'motions are never rewritten'); END;
CREATE TRIGGER votes_append_only_update BEFORE UPDATE ON votes BEGIN SELECT RAISE(ABORT, 'votes are never rewritten'); END;
CREATE TRIGGER votes_append_only_delete BEFORE DELETE ON votes BEGIN SELECT RAISE(ABORT, 'votes are never rewritten'); END;
CREATE TRIGGER corrections_append_only_update BEFORE UPDATE ON corrections BEGIN SELECT RAISE(ABORT, 'corrections are never rewritten'); END;
CREATE TRIGGER corrections_append_only_delete BEFORE DELETE ON corrections BEGIN SELECT RAISE(ABORT, 'corrections are never rewritten'); END;
