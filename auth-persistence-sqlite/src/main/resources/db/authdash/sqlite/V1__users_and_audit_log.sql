-- Users and the audit log. Instants are INTEGER microseconds since the epoch (UTC).
-- seq is the stable integer row key (VACUUM keeps INTEGER PRIMARY KEY values); id is the domain id.
CREATE TABLE users (
    seq                INTEGER PRIMARY KEY,
    id                 TEXT    NOT NULL UNIQUE,
    username           TEXT    NOT NULL UNIQUE,
    password_hash      TEXT    NOT NULL,
    role               TEXT    NOT NULL,
    owner              INTEGER NOT NULL DEFAULT 0 CHECK (owner IN (0, 1)),
    created_at         INTEGER NOT NULL,
    last_login_at      INTEGER,
    last_login_address TEXT
);

-- Append-only; AUTOINCREMENT so that ids never go back, which orders events at the same instant.
CREATE TABLE audit_events (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      INTEGER NOT NULL,
    type    TEXT    NOT NULL,
    actor   TEXT    NOT NULL,
    target  TEXT    NOT NULL,
    address TEXT    NOT NULL,
    detail  TEXT    NOT NULL
);

-- Newest first (index entries end with the rowid, so this also orders ties) and retention.
CREATE INDEX audit_events_at ON audit_events (at);
