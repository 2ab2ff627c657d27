-- Email (issue 16; the same version number as SQLite's V9). A user's address (lower-cased by the
-- core) and when it was verified; an address is unique only among verified ones (several accounts
-- may claim one, only one can prove it). A pending address waits for its verification link, of
-- whose token only the SHA-256 digest is kept.
ALTER TABLE users ADD COLUMN email text;
ALTER TABLE users ADD COLUMN email_verified_at timestamptz;
ALTER TABLE users ADD COLUMN pending_email text;
ALTER TABLE users ADD COLUMN pending_email_digest text;
ALTER TABLE users ADD COLUMN pending_email_expires_at timestamptz;

-- The adapter recognises this name: two accounts verifying one address at once give one owner.
CREATE UNIQUE INDEX users_verified_email ON users (email) WHERE email_verified_at IS NOT NULL;
CREATE UNIQUE INDEX users_pending_email_digest ON users (pending_email_digest)
    WHERE pending_email_digest IS NOT NULL;

-- Outgoing mail, written in the same transaction as the token it carries, sent in the background.
-- The body is sealed by the core (AES-GCM) and opened only to send it; a delivered mail's row is
-- deleted. next_attempt_at is when it is due, or, while a sender holds it, the end of its claim
-- (claims take rows FOR UPDATE SKIP LOCKED, so two dashboards never claim one row).
CREATE TABLE mail_outbox (
    id              uuid        PRIMARY KEY,
    recipient       text        NOT NULL,
    kind            text        NOT NULL,
    subject         text        NOT NULL,
    sealed_body     text        NOT NULL,
    created_at      timestamptz NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    last_error      text        NOT NULL DEFAULT '',
    state           text        NOT NULL CHECK (state IN ('PENDING', 'FAILED'))
);

CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX mail_outbox_created_at ON mail_outbox (created_at);
