-- kb schema, version 2: alias tables declare their primary key first.
-- SQLite 3.40's PRAGMA integrity_check misreads a WITHOUT ROWID table whose key columns are
-- not declared first, and reports "NULL value in actor_aliases.alias" for good rows. Users
-- (and kb's crash tests) rely on that check saying "ok", so the two alias tables are rebuilt
-- with the same columns, key first.

CREATE TABLE actor_aliases_v2 (
  folded        TEXT NOT NULL,
  actor_id      INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  alias         TEXT NOT NULL,
  PRIMARY KEY (folded, actor_id)
) STRICT, WITHOUT ROWID;
INSERT INTO actor_aliases_v2(folded, actor_id, alias) SELECT folded, actor_id, alias FROM actor_aliases;
DROP TABLE actor_aliases;
ALTER TABLE actor_aliases_v2 RENAME TO actor_aliases;
CREATE INDEX actor_aliases_actor ON actor_aliases(actor_id);

CREATE TABLE place_aliases_v2 (
  folded        TEXT NOT NULL,
  place_id      INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
  alias         TEXT NOT NULL,
  PRIMARY KEY (folded, place_id)
) STRICT, WITHOUT ROWID;
INSERT INTO place_aliases_v2(folded, place_id, alias) SELECT folded, place_id, alias FROM place_aliases;
DROP TABLE place_aliases;
ALTER TABLE place_aliases_v2 RENAME TO place_aliases;
