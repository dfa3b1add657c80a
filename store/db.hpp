// Opening a kb database: WAL, foreign keys, a busy timeout, and the embedded schema
// migrations applied in order (PRAGMA user_version). Queries open read-only and never
// migrate; a database newer than this binary is refused rather than misread.
#pragma once
#include <SQLiteCpp/Database.h>

#include <memory>
#include <string>

#include "core/result.hpp"

namespace kb::store {

enum class Mode { read_only, read_write };

using Db = std::unique_ptr<SQLite::Database>;

// The schema version this binary writes (the highest embedded migration).
int schema_version();

// Open (read_write: create and migrate when needed). Errors name the path.
Result<Db> open(const std::string& path, Mode mode);

// The database path from --db, then $KB_DB, then ./kb.db.
std::string default_path(const std::string& flag);

// The data folder from --data, then $KB_DATA, then the source tree's data/.
std::string data_dir(const std::string& flag);

}  // namespace kb::store
