-- Substring search of 1-2 characters at a million users (a trigram index cannot serve such terms).
-- username_grams: each distinct 1- and 2-character substring ("gram") of each username, with the
-- user's role, so one index range lists the users whose name contains a short term (in one role).
-- username_gram_counts: how many users of a role contain each gram, for exact totals without
-- counting (a common gram such as "a" is in most names). Triggers keep both in the writing
-- transaction, like users_search and user_counts; they fire on a rename or a role change only.

-- Character positions 1..64 (usernames have at most 32): triggers cannot use WITH RECURSIVE.
CREATE TABLE username_gram_positions (
    i INTEGER PRIMARY KEY
);
WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 64)
INSERT INTO username_gram_positions (i) SELECT i FROM n;

CREATE TABLE username_grams (
    gram     TEXT    NOT NULL,
    role     TEXT    NOT NULL,
    user_seq INTEGER NOT NULL,
    PRIMARY KEY (gram, role, user_seq)
) WITHOUT ROWID;

CREATE TABLE username_gram_counts (
    gram TEXT    NOT NULL,
    role TEXT    NOT NULL,
    n    INTEGER NOT NULL,
    PRIMARY KEY (gram, role)
) WITHOUT ROWID;

-- Backfill, in key order so the index is written sequentially.
INSERT INTO username_grams (gram, role, user_seq)
SELECT gram, role, seq FROM (
    SELECT substr(u.username, p.i, 1) AS gram, u.role AS role, u.seq AS seq
    FROM users u JOIN username_gram_positions p ON p.i <= length(u.username)
    UNION
    SELECT substr(u.username, p.i, 2), u.role, u.seq
    FROM users u JOIN username_gram_positions p ON p.i < length(u.username)
) ORDER BY gram, role, seq;
INSERT INTO username_gram_counts (gram, role, n)
SELECT gram, role, count(*) FROM username_grams GROUP BY gram, role;

CREATE TRIGGER username_grams_after_insert AFTER INSERT ON users BEGIN
    INSERT OR IGNORE INTO username_grams (gram, role, user_seq)
        SELECT substr(new.username, i, 1), new.role, new.seq
        FROM username_gram_positions WHERE i <= length(new.username)
        UNION ALL
        SELECT substr(new.username, i, 2), new.role, new.seq
        FROM username_gram_positions WHERE i < length(new.username);
    INSERT INTO username_gram_counts (gram, role, n)
        SELECT gram, new.role, 1 FROM (
            SELECT substr(new.username, i, 1) AS gram
            FROM username_gram_positions WHERE i <= length(new.username)
            UNION
            SELECT substr(new.username, i, 2)
            FROM username_gram_positions WHERE i < length(new.username)
        ) WHERE true
        ON CONFLICT (gram, role) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER username_grams_after_delete AFTER DELETE ON users BEGIN
    DELETE FROM username_grams
        WHERE role = old.role AND user_seq = old.seq AND gram IN (
            SELECT substr(old.username, i, 1)
            FROM username_gram_positions WHERE i <= length(old.username)
            UNION
            SELECT substr(old.username, i, 2)
            FROM username_gram_positions WHERE i < length(old.username));
    UPDATE username_gram_counts SET n = n - 1
        WHERE role = old.role AND gram IN (
            SELECT substr(old.username, i, 1)
            FROM username_gram_positions WHERE i <= length(old.username)
            UNION
            SELECT substr(old.username, i, 2)
            FROM username_gram_positions WHERE i < length(old.username));
END;

-- The repository's UPDATE sets every column; only a new name or a new role moves grams.
CREATE TRIGGER username_grams_after_change AFTER UPDATE OF username, role ON users
    WHEN old.username <> new.username OR old.role <> new.role BEGIN
    DELETE FROM username_grams
        WHERE role = old.role AND user_seq = old.seq AND gram IN (
            SELECT substr(old.username, i, 1)
            FROM username_gram_positions WHERE i <= length(old.username)
            UNION
            SELECT substr(old.username, i, 2)
            FROM username_gram_positions WHERE i < length(old.username));
    UPDATE username_gram_counts SET n = n - 1
        WHERE role = old.role AND gram IN (
            SELECT substr(old.username, i, 1)
            FROM username_gram_positions WHERE i <= length(old.username)
            UNION
            SELECT substr(old.username, i, 2)
            FROM username_gram_positions WHERE i < length(old.username));
    INSERT OR IGNORE INTO username_grams (gram, role, user_seq)
        SELECT substr(new.username, i, 1), new.role, new.seq
        FROM username_gram_positions WHERE i <= length(new.username)
        UNION ALL
        SELECT substr(new.username, i, 2), new.role, new.seq
        FROM username_gram_positions WHERE i < length(new.username);
    INSERT INTO username_gram_counts (gram, role, n)
        SELECT gram, new.role, 1 FROM (
            SELECT substr(new.username, i, 1) AS gram
            FROM username_gram_positions WHERE i <= length(new.username)
            UNION
            SELECT substr(new.username, i, 2)
            FROM username_gram_positions WHERE i < length(new.username)
        ) WHERE true
        ON CONFLICT (gram, role) DO UPDATE SET n = n + 1;
END;
