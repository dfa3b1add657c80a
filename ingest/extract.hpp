// Stages 3–8 on one read document, for the driver and for tests: sentences, mentions,
// dates, claims, events, merging. New actors are written to `db` as they are met, so the
// caller runs this inside the document's transaction.
#pragma once
#include <SQLiteCpp/Database.h>

#include "ingest/lexicon.hpp"
#include "ingest/mentions.hpp"

namespace kb::ingest {

struct Extraction {
  std::vector<EventFact> events;
  std::vector<ClaimFact> claims;
  Gazette gazette;
};

// Throws SQLite::Exception on database errors (the caller rolls back).
Extraction extract(SQLite::Database& db, Document& doc, const Lexicon& lx, int* actors_new = nullptr);

}  // namespace kb::ingest
