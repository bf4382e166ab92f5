-- Board decisions where they take effect: motions on the risk/reward gateway, on including an item in sharing and on
-- suspending the share, each decided by the members' recorded votes under the contract's voting rule; and corrections
-- of closed periods, paid in later open ones. Nothing here is updated: a vote is cast once, a decision is a new motion.

CREATE TABLE motions (
    id TEXT PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES contracts (id),
    sequence BIGINT NOT NULL,            -- 1, 2 … per contract, in the order proposed
    kind TEXT NOT NULL,                  -- gateway | include | suspension
    item_id TEXT,                        -- the risk/reward item; null for a suspension of every item
    question TEXT,                       -- gateway: material | collective_responsibility | jointly_agreed
    year TEXT,                           -- suspension: the contract year, e.g. 2017/18
    answer TEXT NOT NULL,                -- yes | no (a suspension motion always proposes yes)
    reason TEXT NOT NULL,                -- why; a suspension's reason is printed on every statement it affects
    voting_rule TEXT NOT NULL,           -- unanimous | majority | commissioners, as the contract said when proposed
    voters TEXT NOT NULL,                -- space-separated party ids entitled to vote
    contract_version BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (contract_id, sequence)
);

CREATE TABLE votes (
    motion_id TEXT NOT NULL REFERENCES motions (id),
    party_id TEXT NOT NULL,
    vote TEXT NOT NULL,                  -- for | against
    at TEXT NOT NULL,
    by_actor TEXT NOT NULL,
    PRIMARY KEY (motion_id, party_id)    -- one vote per member, never changed
);

CREATE TABLE corrections (
    id TEXT PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES contracts (id),
    sequence BIGINT NOT NULL,
    period TEXT NOT NULL,                -- the open month or year it is paid in
    from_party TEXT NOT NULL,
    to_party TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,        -- pence, positive: from_party pays to_party
    reason TEXT NOT NULL,
    corrects TEXT,                       -- the closed period it corrects
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (contract_id, sequence)
);
