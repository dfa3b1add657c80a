-- kb schema, version 3: an index for "summits where status=... and date >= ...".
-- Measured in bench/ on 1M events: with only events_status SQLite read every cancelled
-- event and filtered by type (154 ms); with type, status and date together it is one range.
CREATE INDEX IF NOT EXISTS events_type_status ON events(type, status, date_start);
