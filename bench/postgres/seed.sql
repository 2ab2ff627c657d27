-- Seeds the bench database through set-based SQL: 1,000,000 users (1 in 100 an admin; names of
-- 2-4 random syllables, a dot and a number, like bench/sqlite's) and 10,000,000 audit events.
-- The search rows (counts, grams) are built once after the users, as `authdash db copy` into an
-- empty database builds them (migration V16): the row triggers skip this session meanwhile.
\timing on
SET synchronous_commit = off;
BEGIN;
SET LOCAL authdash.defer_search_rows = on;
INSERT INTO users (id, username, password_hash, role, owner, created_at)
SELECT gen_random_uuid(),
       (SELECT string_agg((ARRAY['ma','ri','an','jo','el','ka','to','su','li','ne','ro','be','da',
                                 'vi','mo','ha','ta','ke','ni','sa'])[1 + floor(random() * 20)::int], '')
          FROM generate_series(1, 2 + floor(random() * 3)::int + (i * 0)) AS k)
         || '.' || i,
       '{argon2}$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2g',
       CASE WHEN random() < 0.01 THEN 'ADMIN' ELSE 'USER' END,
       false,
       timestamptz '2026-01-01' + i * interval '1 second'
  FROM generate_series(1, 1000000) AS i;
SELECT users_rebuild_search_rows();
COMMIT;

INSERT INTO audit_events (at, type, actor, target, address, detail)
SELECT timestamptz '2026-01-01' + i * interval '100 milliseconds',
       (ARRAY['LOGIN_SUCCEEDED','LOGIN_FAILED','LOGGED_OUT','REGISTERED','ROLE_CHANGED',
              'PASSWORD_CHANGED'])[1 + (i % 6)],
       'user' || (i % 1000000), 'user' || ((i * 7) % 1000000), '192.0.2.' || (i % 250), ''
  FROM generate_series(1, 10000000) AS i;
VACUUM ANALYZE users;
VACUUM ANALYZE username_grams;
VACUUM ANALYZE username_gram_counts;
VACUUM ANALYZE audit_events;
