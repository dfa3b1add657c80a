-- kb schema, version 1.
-- Every table is STRICT; foreign keys are on (store/db.cpp turns them on per connection).
-- Offsets (start_byte, end_byte) are UTF-8 byte offsets into documents.clean_text.
-- Dates are ranges: date_start..date_end (ISO YYYY-MM-DD, inclusive) with the precision
-- the source gave: 'day', 'month' or 'year'. A NULL date_start means the date is unknown.

-- Articles as read. raw_text is the file as it was; clean_text is the article without
-- web furniture (captions kept, related links, comments and ads dropped).
CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  file_name     TEXT NOT NULL,
  content_hash  TEXT NOT NULL UNIQUE,          -- SHA-256 of the raw bytes: re-ingest is a no-op
  title         TEXT,
  published     TEXT,                          -- YYYY-MM-DD, or NULL when the article gives none
  outlet        TEXT,
  language      TEXT NOT NULL DEFAULT 'vi',
  raw_text      TEXT NOT NULL,
  clean_text    TEXT NOT NULL,
  ingested_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE TABLE sentences (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL,              -- 0-based order in the document
  start_byte    INTEGER NOT NULL,
  end_byte      INTEGER NOT NULL,
  text          TEXT NOT NULL,
  UNIQUE (document_id, seq)
) STRICT;

-- Places form a tree: Anchorage lies in Alaska lies in the United States.
CREATE TABLE places (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,          -- canonical English name
  kind          TEXT NOT NULL CHECK (kind IN ('country','region','city','district','building','venue','body_of_water','other')),
  parent_id     INTEGER REFERENCES places(id),
  country       TEXT                           -- ISO 3166 alpha-2 of the country it lies in
) STRICT;

CREATE TABLE place_aliases (
  place_id      INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
  alias         TEXT NOT NULL,                 -- as written: 'Matxcơva'
  folded        TEXT NOT NULL,                 -- as compared: 'matxcova'
  PRIMARY KEY (folded, place_id)
) STRICT, WITHOUT ROWID;

-- Transitive closure of places.parent_id (depth 0 = the place itself), kept by the
-- gazetteer sync, so "place inside Alaska" is one indexed join, not a recursive query.
CREATE TABLE place_tree (
  ancestor_id   INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
  descendant_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
  depth         INTEGER NOT NULL,
  PRIMARY KEY (ancestor_id, descendant_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX place_tree_descendant ON place_tree(descendant_id);

CREATE TABLE actors (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,          -- canonical English name
  kind          TEXT NOT NULL CHECK (kind IN ('person','organization','country')),
  country       TEXT,                          -- ISO alpha-2: a person's or body's country; a country's own code
  place_id      INTEGER REFERENCES places(id), -- a country actor's territory; an organisation's seat
  origin        TEXT NOT NULL DEFAULT 'gazetteer' CHECK (origin IN ('gazetteer','extracted'))
) STRICT;

CREATE TABLE actor_aliases (
  actor_id      INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  alias         TEXT NOT NULL,
  folded        TEXT NOT NULL,
  PRIMARY KEY (folded, actor_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX actor_aliases_actor ON actor_aliases(actor_id);

-- Offices held over time: Rubio, 'secretary of state' of the United States from 2025-01-21.
CREATE TABLE actor_roles (
  id            INTEGER PRIMARY KEY,
  actor_id      INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  title         TEXT NOT NULL,                 -- canonical English title: 'foreign minister'
  of_actor_id   INTEGER REFERENCES actors(id), -- the country or organisation served
  valid_from    TEXT,                          -- YYYY-MM-DD or NULL (unknown / always)
  valid_to      TEXT,                          -- YYYY-MM-DD or NULL (still in office)
  UNIQUE (actor_id, title, of_actor_id, valid_from)
) STRICT;
CREATE INDEX actor_roles_title ON actor_roles(title);

-- Titles that count as the same office (data/titles.tsv): 'secretary of state' is a
-- 'foreign minister'. Every class also maps to itself.
CREATE TABLE role_titles (
  title         TEXT PRIMARY KEY,
  class         TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX role_titles_class ON role_titles(class);

-- Where a fact comes from: a span of a document's clean text, within one sentence.
CREATE TABLE evidence (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence_id   INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
  start_byte    INTEGER NOT NULL,
  end_byte      INTEGER NOT NULL
) STRICT;
CREATE INDEX evidence_document ON evidence(document_id);

CREATE TABLE events (
  id             INTEGER PRIMARY KEY,
  type           TEXT NOT NULL CHECK (type IN ('meeting','summit','talks','call','press_conference','visit','interview','statement','other')),
  date_start     TEXT,
  date_end       TEXT,
  date_precision TEXT CHECK (date_precision IN ('day','month','year')),
  place_id       INTEGER REFERENCES places(id),
  status         TEXT NOT NULL CHECK (status IN ('happened','planned','cancelled')),
  CHECK ((date_start IS NULL) = (date_end IS NULL) AND (date_start IS NULL) = (date_precision IS NULL))
) STRICT;
CREATE INDEX events_date ON events(date_start, date_end);
CREATE INDEX events_place ON events(place_id);
CREATE INDEX events_type ON events(type, date_start);
CREATE INDEX events_status ON events(status);

CREATE TABLE event_participants (
  event_id      INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  actor_id      INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, actor_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_participants_actor ON event_participants(actor_id, event_id);

-- Each source's account of an event. When sources disagree (two dates for one call),
-- every account stays here; events holds the merged view.
CREATE TABLE event_evidence (
  event_id       INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  evidence_id    INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  date_start     TEXT,
  date_end       TEXT,
  date_precision TEXT CHECK (date_precision IN ('day','month','year')),
  place_id       INTEGER REFERENCES places(id),
  status         TEXT NOT NULL CHECK (status IN ('happened','planned','cancelled')),
  PRIMARY KEY (event_id, evidence_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_evidence_evidence ON event_evidence(evidence_id);

CREATE TABLE participant_evidence (
  event_id      INTEGER NOT NULL,
  actor_id      INTEGER NOT NULL,
  evidence_id   INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, actor_id, evidence_id),
  FOREIGN KEY (event_id, actor_id) REFERENCES event_participants(event_id, actor_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- A statement attributed to a speaker; one row per attributed mention.
CREATE TABLE claims (
  id             INTEGER PRIMARY KEY,
  speaker_id     INTEGER NOT NULL REFERENCES actors(id),
  date_start     TEXT,
  date_end       TEXT,
  date_precision TEXT CHECK (date_precision IN ('day','month','year')),
  text           TEXT NOT NULL,
  direct         INTEGER NOT NULL CHECK (direct IN (0, 1)),  -- 1: the words are quoted
  event_id       INTEGER REFERENCES events(id) ON DELETE SET NULL,  -- where it was said
  CHECK ((date_start IS NULL) = (date_end IS NULL) AND (date_start IS NULL) = (date_precision IS NULL))
) STRICT;
CREATE INDEX claims_speaker ON claims(speaker_id, date_start);
CREATE INDEX claims_date ON claims(date_start, date_end);
CREATE INDEX claims_event ON claims(event_id);

CREATE TABLE claim_evidence (
  claim_id      INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  evidence_id   INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  PRIMARY KEY (claim_id, evidence_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX claim_evidence_evidence ON claim_evidence(evidence_id);

-- Actors a claim is about (named in its text): `claims where about="Ukraine"`.
CREATE TABLE claim_about (
  claim_id      INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  actor_id      INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  PRIMARY KEY (claim_id, actor_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX claim_about_actor ON claim_about(actor_id, claim_id);

-- Full-text search. The indexed text is folded by kb before it is stored (lower case,
-- no diacritics, đ -> d), and queries are folded the same way, so "dien kremlin" finds
-- "Điện Kremlin". rowid = claims.id / documents.id / sentences.id. Writers insert
-- text::fold(text); readers fold the query the same way.
CREATE VIRTUAL TABLE claim_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE document_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE sentence_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');

-- Views for the plain sqlite3 shell.
CREATE VIEW events_view AS
SELECT e.id,
       e.type,
       CASE e.date_precision WHEN 'day' THEN e.date_start
                             WHEN 'month' THEN substr(e.date_start, 1, 7)
                             WHEN 'year' THEN substr(e.date_start, 1, 4) END AS date,
       p.name AS place,
       (SELECT group_concat(a.name, ', ') FROM event_participants ep JOIN actors a ON a.id = ep.actor_id
         WHERE ep.event_id = e.id) AS participants,
       e.status,
       (SELECT count(*) FROM event_evidence ee WHERE ee.event_id = e.id) AS sources
FROM events e LEFT JOIN places p ON p.id = e.place_id;

CREATE VIEW claims_view AS
SELECT c.id,
       a.name AS speaker,
       CASE c.date_precision WHEN 'day' THEN c.date_start
                             WHEN 'month' THEN substr(c.date_start, 1, 7)
                             WHEN 'year' THEN substr(c.date_start, 1, 4) END AS date,
       c.text,
       c.direct,
       c.event_id
FROM claims c JOIN actors a ON a.id = c.speaker_id;

CREATE VIEW evidence_view AS
SELECT ev.id, d.file_name AS document, s.seq AS sentence,
       substr(CAST(d.clean_text AS BLOB), ev.start_byte + 1, ev.end_byte - ev.start_byte) AS text
FROM evidence ev JOIN documents d ON d.id = ev.document_id JOIN sentences s ON s.id = ev.sentence_id;
