-- Email (issue 16). A user's address (lower-cased by the core) and when it was verified; an
-- address is unique only among verified ones (several accounts may claim one, only one can prove
-- it). A pending address waits for its verification link, of whose token only the SHA-256 digest
-- is kept.
ALTER TABLE users ADD COLUMN email TEXT;
ALTER TABLE users ADD COLUMN email_verified_at INTEGER;
ALTER TABLE users ADD COLUMN pending_email TEXT;
ALTER TABLE users ADD COLUMN pending_email_digest TEXT;
ALTER TABLE users ADD COLUMN pending_email_expires_at INTEGER;

-- The adapter recognises a clash on this index by its column (users.email).
CREATE UNIQUE INDEX users_verified_email ON users (email) WHERE email_verified_at IS NOT NULL;
CREATE UNIQUE INDEX users_pending_email_digest ON users (pending_email_digest)
    WHERE pending_email_digest IS NOT NULL;

-- Outgoing mail, written in the same transaction as the token it carries, sent in the background.
-- The body is sealed by the core (AES-GCM) and opened only to send it; a delivered mail's row is
-- deleted. next_attempt_at is when it is due, or, while a sender holds it, the end of its claim.
CREATE TABLE mail_outbox (
    id              TEXT    PRIMARY KEY,
    recipient       TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    sealed_body     TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT    NOT NULL DEFAULT '',
    state           TEXT    NOT NULL CHECK (state IN ('PENDING', 'FAILED'))
) WITHOUT ROWID;

CREATE INDEX mail_outbox_due ON mail_outbox (state, next_attempt_at);
CREATE INDEX mail_outbox_created_at ON mail_outbox (created_at);
