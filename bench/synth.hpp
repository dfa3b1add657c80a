// Synthetic data for benchmarks: a knowledge base of N events written straight into the
// schema (realistic participants, places in a hierarchy, two claims per event, aliases),
// and synthetic Vietnamese articles assembled from sentence templates for ingest.
#pragma once
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <string>

namespace kb::bench {

struct KbSize {
  std::int64_t events = 10000;
  std::int64_t actors = 0;      // 0: events / 20, at least 500
  std::int64_t places = 0;      // 0: events / 100, at least 200
};

// Fill an empty, migrated database (the gazetteer should be synced first so real names
// exist too). Deterministic for a given size.
void generate_kb(SQLite::Database& db, const KbSize& size);

// One synthetic article (a few hundred words) in the sample corpus's format.
std::string synthetic_article(std::uint64_t seed);

}  // namespace kb::bench
