-- The PostgreSQL baseline: everything SQLite's V1-V5 hold, in PostgreSQL's idiom.
-- Instants are timestamptz (microseconds, like the SQLite adapter's integers). Usernames and grams
-- use the "C" collation, so ORDER BY username is byte order, as in SQLite, whatever the database's
-- default collation.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- seq: a compact integer row key for the search indexes; id is the domain id.
CREATE TABLE users (
    seq                    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id                     uuid        NOT NULL,
    username               text        COLLATE "C" NOT NULL,
    password_hash          text        NOT NULL,
    role                   text        NOT NULL,
    owner                  boolean     NOT NULL DEFAULT false,
    created_at             timestamptz NOT NULL,
    last_login_at          timestamptz,
    last_login_address     text,
    previous_login_at      timestamptz,
    previous_login_address text,
    CONSTRAINT users_id_key UNIQUE (id),
    -- The adapter recognises this name: 16 racing registrations give one user, 15 "taken".
    CONSTRAINT users_username_key UNIQUE (username)
);

-- Role filter: walks one role in username order and stops after the page.
CREATE INDEX users_role_username ON users (role, username);

-- Substring search of 3+ characters: a trigram GIN index serves LIKE '%term%' and its count.
CREATE INDEX users_username_trgm ON users USING gin (username gin_trgm_ops);

-- Exact totals without counting: one row per role.
CREATE TABLE user_counts (
    role text   PRIMARY KEY,
    n    bigint NOT NULL
);

-- Substring search of 1-2 characters, which a trigram index cannot serve: each distinct 1- and
-- 2-character substring ("gram") of each username with the user's role, and how many users of a
-- role contain each gram (a common gram such as 'a' is in most names).
CREATE TABLE username_grams (
    gram     text   COLLATE "C" NOT NULL,
    role     text   NOT NULL,
    user_seq bigint NOT NULL,
    PRIMARY KEY (gram, role, user_seq)
);

CREATE TABLE username_gram_counts (
    gram text   COLLATE "C" NOT NULL,
    role text   NOT NULL,
    n    bigint NOT NULL,
    PRIMARY KEY (gram, role)
);

CREATE FUNCTION username_short_grams(name text) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT substr(name, i, 1) FROM generate_series(1, length(name)) AS i
    UNION
    SELECT substr(name, i, 2) FROM generate_series(1, length(name) - 1) AS i
$$;

-- Keeps user_counts and the grams in the writing transaction. Lock order, so that concurrent
-- writers wait instead of deadlocking: first the user_counts rows of the roles involved (in role
-- order), then gram counts in gram order. Every gram-count row is keyed by a role, so writers that
-- share gram rows already queue on that role's user_counts row.
CREATE FUNCTION users_keep_derived() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.username = NEW.username AND OLD.role = NEW.role THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF TG_OP = 'UPDATE' THEN
            INSERT INTO user_counts (role, n) VALUES (NEW.role, 0) ON CONFLICT (role) DO NOTHING;
            PERFORM 1 FROM user_counts WHERE role IN (OLD.role, NEW.role) ORDER BY role FOR UPDATE;
        END IF;
        UPDATE user_counts SET n = n - 1 WHERE role = OLD.role;
        DELETE FROM username_grams
            WHERE role = OLD.role AND user_seq = OLD.seq
              AND gram IN (SELECT username_short_grams(OLD.username));
        UPDATE username_gram_counts SET n = n - 1
            WHERE role = OLD.role AND gram IN (SELECT username_short_grams(OLD.username));
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO user_counts (role, n) VALUES (NEW.role, 1)
            ON CONFLICT (role) DO UPDATE SET n = user_counts.n + 1;
        INSERT INTO username_grams (gram, role, user_seq)
            SELECT g, NEW.role, NEW.seq FROM username_short_grams(NEW.username) AS g;
        INSERT INTO username_gram_counts (gram, role, n)
            SELECT g, NEW.role, 1 FROM username_short_grams(NEW.username) AS g ORDER BY g
            ON CONFLICT (gram, role) DO UPDATE SET n = username_gram_counts.n + 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER users_keep_derived AFTER INSERT OR DELETE OR UPDATE OF username, role ON users
    FOR EACH ROW EXECUTE FUNCTION users_keep_derived();

-- Append-only; the identity orders events at the same instant.
CREATE TABLE audit_events (
    id      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      timestamptz NOT NULL,
    type    text        NOT NULL,
    actor   text        NOT NULL,
    target  text        NOT NULL,
    address text        NOT NULL,
    detail  text        NOT NULL
);

-- Newest first (scanned backwards), retention, and one user's events as actor or target.
CREATE INDEX audit_events_at ON audit_events (at, id);
CREATE INDEX audit_events_actor_at ON audit_events (actor, at, id);
CREATE INDEX audit_events_target_at ON audit_events (target, at, id);

-- The exact number of events without counting ten million rows. Appends add to the slot of their
-- server process, so concurrent appends from many connections rarely wait on one row; the total
-- is the sum of the 16 slots. Statement-level triggers: a bulk insert or a prune is one update.
CREATE TABLE audit_counts (
    slot smallint PRIMARY KEY,
    n    bigint   NOT NULL
);
INSERT INTO audit_counts (slot, n) SELECT s, 0 FROM generate_series(0, 15) AS s;

CREATE FUNCTION audit_counts_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE audit_counts SET n = n + (SELECT count(*) FROM appended)
        WHERE slot = pg_backend_pid() % 16;
    RETURN NULL;
END
$$;

CREATE FUNCTION audit_counts_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE audit_counts SET n = n - (SELECT count(*) FROM removed)
        WHERE slot = pg_backend_pid() % 16;
    RETURN NULL;
END
$$;

CREATE TRIGGER audit_counts_after_insert AFTER INSERT ON audit_events
    REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION audit_counts_after_insert();
CREATE TRIGGER audit_counts_after_delete AFTER DELETE ON audit_events
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION audit_counts_after_delete();

-- Pending password-reset links: only the SHA-256 digest of a link's token is kept. One live link
-- per user (a new one replaces it); a deleted user's links go with the user.
CREATE TABLE password_resets (
    token_digest text        PRIMARY KEY,
    user_id      uuid        NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    issued_by    text        NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL
);

-- Sweeping expired links on save.
CREATE INDEX password_resets_expires_at ON password_resets (expires_at);
