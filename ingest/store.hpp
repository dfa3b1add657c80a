// Stage 9, store: a document and what was found in it, written to the database. The caller
// holds the transaction (one per document) so that a failure anywhere leaves nothing.
// Events are matched against those already stored (merge.hpp); each mention becomes an
// evidence row with its own date, place and status in event_evidence.
#pragma once
#include <SQLiteCpp/Database.h>

#include "ingest/extract.hpp"
#include "ingest/merge.hpp"

namespace kb::ingest {

struct Stored {
  int events_new = 0, events_merged = 0, claims = 0;
};

// True when a document with this content hash is already stored.
bool known_content(SQLite::Database& db, const std::string& hash);

// The latest publication date stored: the reference for articles that give none.
std::optional<Day> latest_published(SQLite::Database& db);

// The id the next new actor gets: the stages propose new people under it and the ones after.
long long next_actor_id(SQLite::Database& db);

// The people first met in a document: an actors row each (origin 'extracted', the id
// proposed), aliases (full name and surname) and the role the text gave.
void insert_people(SQLite::Database& db, const std::vector<NewPerson>& people);

// The document, its new people, events and claims.
Stored store_document(SQLite::Database& db, const Document& doc, const std::string& hash, const Extraction& x, const Gazette& g);

}  // namespace kb::ingest
