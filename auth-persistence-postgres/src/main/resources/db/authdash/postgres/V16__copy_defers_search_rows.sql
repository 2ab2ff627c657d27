-- `authdash db copy` into an empty database (issue 15: 1,000,000 users in under two minutes).
-- Kept row by row, a user's search rows (user_counts, ~20 username_grams postings and the gram
-- counts) cost more than the user: the postings land all over a 20-million-entry index and every
-- batch updates the same hot count rows again and again (41 users/s at a million). A copy into a
-- database without users therefore sets authdash.defer_search_rows = on in its own session, so these
-- triggers skip its inserts, and builds every search row once at the end, set-wise and in index
-- order, with users_rebuild_search_rows(). Every other session keeps the triggers as before. A copy
-- into a database that has users (--merge) keeps them too: dashboards may be writing beside it.

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
    -- Grouping 20 million postings in 4 MB of memory would spill to disk in many small runs.
    PERFORM set_config('work_mem', '256MB', true);
    PERFORM set_config('maintenance_work_mem', '1GB', true);
    DELETE FROM user_counts;
    INSERT INTO user_counts (role, n) SELECT role, count(*) FROM users GROUP BY role;
    TRUNCATE username_grams;
    ALTER TABLE username_grams DROP CONSTRAINT username_grams_pkey;
    INSERT INTO username_grams (gram, role, user_seq)
        SELECT g, u.role, u.seq FROM users u CROSS JOIN LATERAL username_short_grams(u.username) AS g;
    ALTER TABLE username_grams ADD CONSTRAINT username_grams_pkey PRIMARY KEY (gram, role, user_seq);
    DELETE FROM username_gram_counts;
    INSERT INTO username_gram_counts (gram, role, n)
        SELECT gram, role, count(*) FROM username_grams GROUP BY gram, role;
    INSERT INTO username_gram_counts (gram, role, n)
        SELECT g, u.role, count(*) FROM users u CROSS JOIN LATERAL username_trigrams(u.username) AS g
         GROUP BY g, u.role;
END
$$;
