-- Listing users and the audit log fast at a million rows.

-- Role filter: the index walks one role in username order, so a page stops after its rows.
CREATE INDEX users_role_username ON users (role, username);

-- Substring search: a trigram index over usernames (terms of 3+ characters use it).
-- External content: the text lives in users only; triggers keep the index in step.
CREATE VIRTUAL TABLE users_search USING fts5 (
    username,
    content = 'users',
    content_rowid = 'seq',
    tokenize = 'trigram'
);
INSERT INTO users_search (users_search) VALUES ('rebuild');

CREATE TRIGGER users_search_after_insert AFTER INSERT ON users BEGIN
    INSERT INTO users_search (rowid, username) VALUES (new.seq, new.username);
END;
CREATE TRIGGER users_search_after_delete AFTER DELETE ON users BEGIN
    INSERT INTO users_search (users_search, rowid, username) VALUES ('delete', old.seq, old.username);
END;
CREATE TRIGGER users_search_after_rename AFTER UPDATE OF username ON users BEGIN
    INSERT INTO users_search (users_search, rowid, username) VALUES ('delete', old.seq, old.username);
    INSERT INTO users_search (rowid, username) VALUES (new.seq, new.username);
END;

-- Exact totals without counting: one row per role, kept by triggers in the writing transaction.
CREATE TABLE user_counts (
    role TEXT    PRIMARY KEY,
    n    INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO user_counts (role, n) SELECT role, count(*) FROM users GROUP BY role;

CREATE TRIGGER user_counts_after_insert AFTER INSERT ON users BEGIN
    INSERT INTO user_counts (role, n) VALUES (new.role, 1)
        ON CONFLICT (role) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER user_counts_after_delete AFTER DELETE ON users BEGIN
    UPDATE user_counts SET n = n - 1 WHERE role = old.role;
END;
CREATE TRIGGER user_counts_after_role_change AFTER UPDATE OF role ON users
    WHEN old.role <> new.role BEGIN
    UPDATE user_counts SET n = n - 1 WHERE role = old.role;
    INSERT INTO user_counts (role, n) VALUES (new.role, 1)
        ON CONFLICT (role) DO UPDATE SET n = n + 1;
END;

-- Audit events about one user (as actor or as target), newest first.
CREATE INDEX audit_events_actor_at ON audit_events (actor, at);
CREATE INDEX audit_events_target_at ON audit_events (target, at);
