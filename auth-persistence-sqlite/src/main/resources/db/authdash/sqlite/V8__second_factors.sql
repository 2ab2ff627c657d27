-- Two-factor sign-in (issue 17). One authenticator-app key per user, encrypted by the core with
-- AES-GCM before it gets here (never stored in the clear); last_used_step makes each 30-second code
-- good for one use. Recovery codes are kept only as SHA-256 digests, one row each, deleted as used.
-- Both go with their user (ON DELETE CASCADE; the connections enforce foreign keys).
CREATE TABLE second_factors (
    user_id          TEXT    PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    encrypted_secret TEXT    NOT NULL,
    enabled          INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    last_used_step   INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE recovery_codes (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    digest  TEXT NOT NULL,
    PRIMARY KEY (user_id, digest)
) WITHOUT ROWID;
