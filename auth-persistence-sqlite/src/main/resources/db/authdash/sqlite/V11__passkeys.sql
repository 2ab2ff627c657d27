-- Passkeys (issue 19): WebAuthn credentials. Nothing secret: the public key (COSE_Key bytes), the
-- authenticator's last signature count (a count that goes back betrays a clone), the user handle it
-- returns, and its owner's name for it. credential_id is the base64url form of the authenticator's
-- id, unique across users. Instants are INTEGER microseconds; last_used_at is NULL until the first
-- use; transports is a comma-separated list ("hybrid,internal"). Passkeys go with their user.
CREATE TABLE passkeys (
    credential_id   TEXT    PRIMARY KEY,
    user_id         TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    public_key_cose BLOB    NOT NULL,
    signature_count INTEGER NOT NULL,
    user_handle     BLOB    NOT NULL,
    label           TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    last_used_at    INTEGER,
    transports      TEXT    NOT NULL
) WITHOUT ROWID;

CREATE INDEX passkeys_user ON passkeys (user_id, created_at);
