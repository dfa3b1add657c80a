// Opening a kb database: foreign keys, a busy timeout, and the embedded schema migrations
// applied in order (PRAGMA user_version). Queries open read-only and never migrate; a
// database newer than this binary is refused rather than misread.
//
// Writers work in WAL mode (readers go on during an ingest) and put the file back in
// rollback-journal mode when the last of them closes it: a WAL file needs its -shm
// beside it, which a reader without write access to the folder (a read-only mount, a
// shared archive) cannot create. At rest a kb database is one file any reader can open.
#pragma once
#include <SQLiteCpp/Database.h>

#include <memory>
#include <string>

#include "core/result.hpp"

namespace kb::store {

enum class Mode { read_only, read_write };

// Closing a writer tries to leave the file in rollback-journal mode (see above).
struct Close {
  bool writer = false;
  void operator()(SQLite::Database* db) const;
};
using Db = std::unique_ptr<SQLite::Database, Close>;

// The schema version this binary writes (the highest embedded migration).
int schema_version();

// Open (read_write: create and migrate when needed, after checking that an existing file
// is not damaged). Errors name the path.
Result<Db> open(const std::string& path, Mode mode);

// The database path from --db, then $KB_DB, then ./kb.db.
std::string default_path(const std::string& flag);

// The data folder from --data, then $KB_DATA, then the source tree's data/.
std::string data_dir(const std::string& flag);

}  // namespace kb::store
