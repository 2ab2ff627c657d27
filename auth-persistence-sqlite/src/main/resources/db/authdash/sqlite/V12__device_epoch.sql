-- Device cookies (issue 12): a browser where a user signed in keeps a signed cookie that carries
-- the user's device epoch; only cookies of the current epoch are trusted. A password change and
-- "sign out everywhere" move it on (UPDATE ... + 1, never through the row's other writes).
ALTER TABLE users ADD COLUMN device_epoch INTEGER NOT NULL DEFAULT 0;
