#include "store/db.hpp"

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>

#include "schema/migrations.hpp"

namespace kb::store {

int schema_version() {
  int v = 0;
  for (const auto& m : schema::migrations()) v = std::max(v, m.version);
  return v;
}

std::string default_path(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("KB_DB"); env && *env) return env;
  return "kb.db";
}

std::string data_dir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("KB_DATA"); env && *env) return env;
  return KB_DEFAULT_DATA_DIR;
}

static Result<int> migrate(SQLite::Database& db, const std::string& path) {
  int have = db.execAndGet("PRAGMA user_version").getInt();
  if (have > schema_version())
    return Error{fmt::format("the database has schema version {}, newer than this kb knows ({}); "
                             "use a newer kb", have, schema_version()), path, {}};
  for (const auto& m : schema::migrations()) {
    if (m.version <= have) continue;
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    // Re-read inside the write lock: another process may have migrated meanwhile.
    if (db.execAndGet("PRAGMA user_version").getInt() >= m.version) continue;
    try {
      db.exec(std::string(m.sql));
      db.exec(fmt::format("PRAGMA user_version = {}", m.version));
      tx.commit();
    } catch (const SQLite::Exception& e) {
      return Error{fmt::format("migration {} failed: {}", m.name, e.what()), path, {}};
    }
  }
  return schema_version();
}

Result<Db> open(const std::string& path, Mode mode) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (mode == Mode::read_only && !fs::exists(path, ec))
    return Error{"no database here; create it with `kb ingest FILE...`", path, {}};
  if (fs::is_directory(path, ec)) return Error{"is a directory, not a database file", path, {}};
  try {
    int flags = mode == Mode::read_only ? SQLite::OPEN_READONLY
                                        : SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
    auto db = std::make_unique<SQLite::Database>(path, flags, 5000);
    db->exec("PRAGMA foreign_keys = ON");
    if (mode == Mode::read_write) {
      db->exec("PRAGMA journal_mode = WAL");
      db->exec("PRAGMA synchronous = NORMAL");
      auto r = migrate(*db, path);
      if (!r) return r.error();
    } else {
      db->exec("PRAGMA query_only = ON");
      int have = db->execAndGet("PRAGMA user_version").getInt();
      if (have > schema_version())
        return Error{fmt::format("the database has schema version {}, newer than this kb knows ({}); "
                                 "use a newer kb", have, schema_version()), path, {}};
      if (have < schema_version())
        return Error{fmt::format("the database has schema version {}, this kb needs {}; "
                                 "run `kb ingest` once to upgrade it", have, schema_version()), path, {}};
    }
    return Db(std::move(db));
  } catch (const SQLite::Exception& e) {
    return Error{fmt::format("cannot open the database: {}", e.what()), path, {}};
  }
}

}  // namespace kb::store
