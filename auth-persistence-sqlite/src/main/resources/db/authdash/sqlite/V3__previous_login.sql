-- The sign-in before the last one: the dashboard shows it as "last login", so a person can spot
-- a sign-in that was not theirs (the last one is the session they are using).
ALTER TABLE users ADD COLUMN previous_login_at INTEGER;
ALTER TABLE users ADD COLUMN previous_login_address TEXT;
