-- Passkeys (issue 19; the same version number as SQLite's V11): WebAuthn credentials. Nothing
-- secret: the public key (COSE_Key bytes), the authenticator's last signature count (a count that
-- goes back betrays a clone; a conditional UPDATE, so of two dashboards taking the same count the
-- second finds it taken), the user handle it returns, and its owner's name for it. credential_id is
-- the base64url form of the authenticator's id, unique across users. transports is a
-- comma-separated list ("hybrid,internal"). Passkeys go with their user.
CREATE TABLE passkeys (
    credential_id   text        PRIMARY KEY,
    user_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    public_key_cose bytea       NOT NULL,
    signature_count bigint      NOT NULL,
    user_handle     bytea       NOT NULL,
    label           text        NOT NULL,
    created_at      timestamptz NOT NULL,
    last_used_at    timestamptz,
    transports      text        NOT NULL
);

CREATE INDEX passkeys_user ON passkeys (user_id, created_at);
