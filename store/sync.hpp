// Bring the database's reference data up to date with the gazetteer files. Adds and
// updates; never deletes (extracted facts may point at any actor or place).
#pragma once
#include <SQLiteCpp/Database.h>

#include "core/result.hpp"
#include "store/gazetteer.hpp"

namespace kb::store {

struct SyncStats {
  int places = 0, actors = 0, aliases = 0, roles = 0;  // rows added or changed
};

// Runs in its own transaction.
Result<SyncStats> sync_gazetteer(SQLite::Database& db, const Gazetteer& g);

// Insert an alias (and its folded form) for an actor / a place; no-op when present.
bool add_actor_alias(SQLite::Database& db, long long actor_id, const std::string& alias);
bool add_place_alias(SQLite::Database& db, long long place_id, const std::string& alias);

}  // namespace kb::store
