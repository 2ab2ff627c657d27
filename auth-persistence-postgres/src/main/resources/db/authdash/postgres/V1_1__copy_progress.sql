-- Where `authdash db copy` got to, per source SQLite file: each batch of users (username order)
-- or audit events (the source's id order) is written in one transaction with its position here,
-- so an interrupted copy resumes after the last batch it committed.
CREATE TABLE copy_progress (
    source        text    PRIMARY KEY,
    last_username text    NOT NULL,
    last_event_id bigint  NOT NULL,
    events_copied bigint  NOT NULL,
    finished      boolean NOT NULL
);
