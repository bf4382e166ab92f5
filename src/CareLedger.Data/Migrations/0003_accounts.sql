-- Accounts: the organisations that take part in contracts, their users, API tokens for scripts, each user's roles per
-- contract, the sign-in attempts that throttle password guessing, and the keys that protect sign-in cookies. Every
-- change to these rows is also recorded in the audit trail, in the same transaction.
-- Unlike the ledger's facts, accounts change (a password is reset, a token revoked); the trail keeps their history.

CREATE TABLE organisations (
    id TEXT PRIMARY KEY,                 -- a slug chosen by the administrator, e.g. sherwood-forest-hospitals
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

-- Which party an organisation is in each contract: a user sees a contract only through one of these rows.
CREATE TABLE organisation_parties (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    contract_id TEXT NOT NULL REFERENCES contracts (id),
    party_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    PRIMARY KEY (organisation_id, contract_id, party_id)
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,                 -- random, never reused
    email TEXT NOT NULL UNIQUE,          -- lower case: sign-in ignores case
    name TEXT NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    password_hash TEXT,                  -- ASP.NET Core PasswordHasher (PBKDF2); null until a password is set
    administrator INTEGER NOT NULL,      -- 1: may manage users and organisations (not a contract role)
    disabled INTEGER NOT NULL,           -- 1: may not sign in; cookies and tokens stop working at once
    security_stamp TEXT NOT NULL,        -- changes with the password or access: older cookies are refused
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE contract_roles (
    user_id TEXT NOT NULL REFERENCES users (id),
    contract_id TEXT NOT NULL REFERENCES contracts (id),
    role TEXT NOT NULL,                  -- commissioner-finance | provider-finance | board-member | auditor
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    PRIMARY KEY (user_id, contract_id, role)
);

-- Only a SHA-256 of each token is kept: the token itself is shown once, when it is created.
CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT,                     -- null: until revoked
    revoked_at TEXT
);

-- Every sign-in attempt, so throttling holds across servers and restarts.
CREATE TABLE sign_in_attempts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    remote_address TEXT NOT NULL,
    at TEXT NOT NULL,
    succeeded INTEGER NOT NULL
);

CREATE INDEX sign_in_attempts_email ON sign_in_attempts (email, at);
CREATE INDEX sign_in_attempts_remote ON sign_in_attempts (remote_address, at);
CREATE INDEX contract_roles_contract ON contract_roles (contract_id);
CREATE INDEX organisation_parties_contract ON organisation_parties (contract_id);

-- ASP.NET Core data-protection keys (XML), shared by every server so that a cookie issued by one is read by all.
CREATE TABLE data_protection_keys (
    name TEXT PRIMARY KEY,
    xml TEXT NOT NULL,
    created_at TEXT NOT NULL
);
