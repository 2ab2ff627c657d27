-- `authdash db copy` into an empty database (issue 15: 1,000,000 users in under two minutes).
-- Kept row by row, a user's search rows (user_counts, ~20 username_grams postings and the gram
-- counts) cost more than the user: the postings land all over a 20-million-entry index and every
-- batch updates the same hot count rows again and again (41 users/s at a million). A copy into a
-- database without users therefore sets authdash.defer_search_rows = on in its own session, so these
-- triggers skip its inserts, and builds every search row once at the end, set-wise and in index
-- order, with users_rebuild_search_rows(). Every other session keeps the triggers as before. A copy
-- into a database that has users (--merge) keeps them too: dashboards may be writing beside it.
--
-- The postings shrink as well: username_grams keeps each user's distinct 2-character substrings
-- only (about 11 of the ~20 rows per user). A 1-character term's users are those of the 2-character
-- grams that contain it (every username has at least 3 characters, so each of its characters is in
-- one of its pairs); the counts keep 1-character grams, so totals stay exact and read one row.

CREATE FUNCTION username_pairs(name text) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT DISTINCT substr(name, i, 2) FROM generate_series(1, length(name) - 1) AS i
$$;

DELETE FROM username_grams WHERE length(gram) = 1;

-- As V1's, with the postings from username_pairs; the same lock order.
CREATE OR REPLACE FUNCTION users_keep_derived() RETURNS trigger LANGUAGE plpgsql AS $$
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
              AND gram IN (SELECT username_pairs(OLD.username));
        UPDATE username_gram_counts SET n = n - 1
            WHERE role = OLD.role AND gram IN (SELECT username_short_grams(OLD.username));
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO user_counts (role, n) VALUES (NEW.role, 1)
            ON CONFLICT (role) DO UPDATE SET n = user_counts.n + 1;
        INSERT INTO username_grams (gram, role, user_seq)
            SELECT g, NEW.role, NEW.seq FROM username_pairs(NEW.username) AS g;
        INSERT INTO username_gram_counts (gram, role, n)
            SELECT g, NEW.role, 1 FROM username_short_grams(NEW.username) AS g ORDER BY g
            ON CONFLICT (gram, role) DO UPDATE SET n = username_gram_counts.n + 1;
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER users_keep_derived ON users;
CREATE TRIGGER users_keep_derived AFTER INSERT OR DELETE OR UPDATE OF username, role ON users
    FOR EACH ROW WHEN (current_setting('authdash.defer_search_rows', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION users_keep_derived();

DROP TRIGGER users_keep_trigram_counts ON users;
CREATE TRIGGER users_keep_trigram_counts AFTER INSERT OR DELETE OR UPDATE OF username, role ON users
    FOR EACH ROW WHEN (current_setting('authdash.defer_search_rows', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION users_keep_trigram_counts();

-- Whether this copy deferred the search rows: a resumed copy keeps the choice of its first run.
ALTER TABLE copy_progress ADD COLUMN search_rows_deferred boolean NOT NULL DEFAULT false;

-- Every search row again from the users table, in one transaction. Writers of users wait for it
-- (readers do not), so no insert or rename falls between the rebuild and the triggers. The
-- postings' index is dropped and built again after the rows: one sort instead of 20 million
-- inserts into a growing index. Its table is locked meanwhile, which a copy into an empty
-- database can afford.
CREATE FUNCTION users_rebuild_search_rows() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE users IN SHARE MODE;
    -- Grouping 11 million postings in 4 MB of memory would spill to disk in many small runs.
    PERFORM set_config('work_mem', '256MB', true);
    PERFORM set_config('maintenance_work_mem', '1GB', true);
    DELETE FROM user_counts;
    INSERT INTO user_counts (role, n) SELECT role, count(*) FROM users GROUP BY role;
    TRUNCATE username_grams;
    ALTER TABLE username_grams DROP CONSTRAINT username_grams_pkey;
    INSERT INTO username_grams (gram, role, user_seq)
        SELECT g, u.role, u.seq FROM users u CROSS JOIN LATERAL username_pairs(u.username) AS g;
    ALTER TABLE username_grams ADD CONSTRAINT username_grams_pkey PRIMARY KEY (gram, role, user_seq);
    DELETE FROM username_gram_counts;
    -- Pairs from their postings, then single characters and trigrams from the names: three
    -- passes, each a fraction of username_short_grams' (its UNION sorts per name) or of one pass
    -- over a UNION of both.
    INSERT INTO username_gram_counts (gram, role, n)
        SELECT gram, role, count(*) FROM username_grams GROUP BY gram, role;
    INSERT INTO username_gram_counts (gram, role, n)
        SELECT g, u.role, count(*) FROM users u CROSS JOIN LATERAL (
            SELECT DISTINCT substr(u.username, i, 1) FROM generate_series(1, length(u.username)) AS i
        ) AS singles (g)
         GROUP BY g, u.role;
    INSERT INTO username_gram_counts (gram, role, n)
        SELECT g, u.role, count(*) FROM users u CROSS JOIN LATERAL username_trigrams(u.username) AS g
         GROUP BY g, u.role;
END
$$;
