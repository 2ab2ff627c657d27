-- Two-factor sign-in (issue 17; the same version number as SQLite's V8). One authenticator-app key
-- per user, encrypted by the core with AES-GCM before it gets here (never stored in the clear);
-- last_used_step makes each 30-second code good for one use (a conditional UPDATE: of two
-- dashboards using the same code at once, the second waits for the first's row lock and then finds
-- the step used). Recovery codes are kept only as SHA-256 digests, one row each, deleted as used.
-- Both go with their user.
CREATE TABLE second_factors (
    user_id          uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    encrypted_secret text        NOT NULL,
    enabled          boolean     NOT NULL,
    created_at       timestamptz NOT NULL,
    last_used_step   bigint      NOT NULL
);

CREATE TABLE recovery_codes (
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    digest  text NOT NULL,
    PRIMARY KEY (user_id, digest)
);
