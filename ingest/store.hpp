// Stage 9, store: a document and what was found in it, written to the database. The caller
// holds the transaction (one per document) so that a failure anywhere leaves nothing.
// Events are matched against those already stored (merge.hpp); each mention becomes an
// evidence row with its own date, place and status in event_evidence.
#pragma once
#include <SQLiteCpp/Database.h>

#include "ingest/merge.hpp"

namespace kb::ingest {

struct Stored {
  int events_new = 0, events_merged = 0, claims = 0;
};

// True when a document with this content hash is already stored.
bool known_content(SQLite::Database& db, const std::string& hash);

// The latest publication date stored: the reference for articles that give none.
std::optional<Day> latest_published(SQLite::Database& db);

// A person first met in this document: actors row (origin 'extracted'), aliases (full name
// and surname) and the role the text gave.
long long insert_person(SQLite::Database& db, const std::string& name, const std::string& title, long long of_actor);

Stored store_document(SQLite::Database& db, const Document& doc, const std::string& hash,
                      const std::vector<EventFact>& events, const std::vector<ClaimFact>& claims, const Gazette& g);

}  // namespace kb::ingest
