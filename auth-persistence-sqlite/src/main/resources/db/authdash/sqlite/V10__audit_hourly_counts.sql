-- The admin's overview (issue 18): sign-ins, failures, lockouts and new accounts per hour and per
-- day. Counting them from audit_events reads every event of the range (a month under attack is
-- millions of rows), so the count of each kind per UTC hour is kept here by triggers in the writing
-- transaction, as user_counts is; a chart is one range read of this table's key.
-- hour: whole hours since the epoch, UTC (at is microseconds; events before 1970 do not occur).
CREATE TABLE audit_hourly_counts (
    hour INTEGER NOT NULL,
    type TEXT    NOT NULL,
    n    INTEGER NOT NULL,
    PRIMARY KEY (hour, type)
) WITHOUT ROWID;
INSERT INTO audit_hourly_counts (hour, type, n)
    SELECT at / 3600000000, type, count(*) FROM audit_events GROUP BY 1, 2;

CREATE TRIGGER audit_hourly_counts_after_insert AFTER INSERT ON audit_events BEGIN
    INSERT INTO audit_hourly_counts (hour, type, n) VALUES (new.at / 3600000000, new.type, 1)
        ON CONFLICT (hour, type) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER audit_hourly_counts_after_delete AFTER DELETE ON audit_events BEGIN
    UPDATE audit_hourly_counts SET n = n - 1 WHERE hour = old.at / 3600000000 AND type = old.type;
END;
