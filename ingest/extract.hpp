// Stages 3–8 on one read document, for the driver and for tests: sentences, mentions,
// dates, claims, events, merging. They read the database and write nothing: the people met
// for the first time come back in `people`, with the ids store_document writes them under,
// so the caller runs this and the store inside one transaction.
#pragma once
#include <SQLiteCpp/Database.h>

#include "ingest/lexicon.hpp"
#include "ingest/mentions.hpp"

namespace kb::ingest {

struct Extraction {
  std::vector<EventFact> events;
  std::vector<ClaimFact> claims;
  std::vector<NewPerson> people;
};

// Throws SQLite::Exception on database errors (the caller rolls back). `gazette` is the
// database's names as loaded once per run; people met for the first time are added to it
// under their coming ids, so once they are stored it is what a fresh load would give.
// `trace`, when given, receives every trigger met and what became of it (--explain).
Extraction extract(SQLite::Database& db, Document& doc, const Lexicon& lx, Gazette& gazette,
                   int* actors_new = nullptr, std::vector<TriggerNote>* trace = nullptr);
// The same, loading the gazette first (tests, one-off use).
Extraction extract(SQLite::Database& db, Document& doc, const Lexicon& lx, int* actors_new = nullptr);

}  // namespace kb::ingest
