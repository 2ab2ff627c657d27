-- The admin's overview (issue 18; the same version number as SQLite's V10): sign-ins, failures,
-- lockouts and new accounts per hour and per day. Counting them from audit_events reads every event
-- of the range (a month under attack is millions of rows), so the count of each kind per UTC hour
-- is kept here, in the 16 slots per server process of audit_counts (concurrent appends rarely wait
-- on one row), by statement-level triggers: a chart is one range read of this table's key.
CREATE TABLE audit_hourly_counts (
    hour timestamptz NOT NULL,
    type text        NOT NULL,
    slot smallint    NOT NULL,
    n    bigint      NOT NULL,
    PRIMARY KEY (hour, type, slot)
);
INSERT INTO audit_hourly_counts (hour, type, slot, n)
    SELECT date_trunc('hour', at, 'UTC'), type, 0, count(*) FROM audit_events GROUP BY 1, 2;

CREATE FUNCTION audit_hourly_counts_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_hourly_counts (hour, type, slot, n)
        SELECT date_trunc('hour', at, 'UTC'), type, pg_backend_pid() % 16, count(*)
          FROM appended GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (hour, type, slot) DO UPDATE SET n = audit_hourly_counts.n + excluded.n;
    RETURN NULL;
END
$$;

CREATE FUNCTION audit_hourly_counts_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_hourly_counts (hour, type, slot, n)
        SELECT date_trunc('hour', at, 'UTC'), type, pg_backend_pid() % 16, -count(*)
          FROM removed GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (hour, type, slot) DO UPDATE SET n = audit_hourly_counts.n + excluded.n;
    RETURN NULL;
END
$$;

CREATE TRIGGER audit_hourly_counts_after_insert AFTER INSERT ON audit_events
    REFERENCING NEW TABLE AS appended FOR EACH STATEMENT
    EXECUTE FUNCTION audit_hourly_counts_after_insert();
CREATE TRIGGER audit_hourly_counts_after_delete AFTER DELETE ON audit_events
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT
    EXECUTE FUNCTION audit_hourly_counts_after_delete();
