-- Exact totals for 3-character searches without touching the users table (issue 15's bench: the
-- total of a search like "mar" was a count over the pg_trgm GIN index, which rechecks every match
-- in the table: ~10,000 heap reads for a page of 20 at a million users, the slowest listing left).
-- The users holding each distinct 3-character substring are counted per role in the same
-- username_gram_counts as the 1- and 2-character grams (a gram's length tells them apart). Counts
-- only: the page itself still walks the username index or, for sparse matches, fetches them
-- through the trigram index, so no row per user and trigram is stored (that would triple
-- username_grams).
CREATE FUNCTION username_trigrams(name text) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT DISTINCT substr(name, i, 3) FROM generate_series(1, length(name) - 2) AS i
$$;

INSERT INTO username_gram_counts (gram, role, n)
SELECT g, u.role, count(*) FROM users u CROSS JOIN LATERAL username_trigrams(u.username) AS g
 GROUP BY g, u.role
    ON CONFLICT (gram, role) DO UPDATE SET n = username_gram_counts.n + excluded.n;

CREATE FUNCTION users_keep_trigram_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.username = NEW.username AND OLD.role = NEW.role THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE username_gram_counts SET n = n - 1
            WHERE role = OLD.role AND gram IN (SELECT username_trigrams(OLD.username));
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO username_gram_counts (gram, role, n)
            SELECT g, NEW.role, 1 FROM username_trigrams(NEW.username) AS g ORDER BY g
            ON CONFLICT (gram, role) DO UPDATE SET n = username_gram_counts.n + 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER users_keep_trigram_counts AFTER INSERT OR DELETE OR UPDATE OF username, role ON users
    FOR EACH ROW EXECUTE FUNCTION users_keep_trigram_counts();
