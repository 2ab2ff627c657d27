-- Pending password-reset links (issue 6). Only the SHA-256 digest of a link's token is kept.
-- One live link per user (user_id is UNIQUE: a new link replaces the older one); a deleted user's
-- links go with the user (ON DELETE CASCADE; the connections enforce foreign keys).
CREATE TABLE password_resets (
    token_digest TEXT    PRIMARY KEY,
    user_id      TEXT    NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    issued_by    TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL
) WITHOUT ROWID;

-- Sweeping expired links on save.
CREATE INDEX password_resets_expires_at ON password_resets (expires_at);
