#include "store/db.hpp"

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "schema/migrations.hpp"

namespace kb::store {

namespace fs = std::filesystem;

namespace {

// Another ingest holds the write lock for one article at a time; a long article can take
// seconds, so a writer waits long before giving up. Readers wait as SQLite always did.
constexpr int writer_busy_ms = 60'000;
constexpr int reader_busy_ms = 5'000;
// Opening races other processes in places SQLite's busy handler does not cover (the
// journal-mode switch, the first migration of a new file): the whole setup is retried.
constexpr auto setup_deadline = std::chrono::seconds(30);

bool busy(const SQLite::Exception& e) {
  int code = e.getErrorCode() & 0xff;
  return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

// A reader that may not create the -shm file beside a WAL database.
bool no_shm_access(const SQLite::Exception& e) {
  int code = e.getErrorCode() & 0xff;
  return code == SQLITE_CANTOPEN || code == SQLITE_READONLY;
}

std::string version_error(int have) {
  return fmt::format("the database has schema version {}, newer than this kb knows ({}); use a newer kb",
                     have, schema_version());
}

// Throws SQLite::Exception when busy (the caller retries) or broken.
Result<int> migrate(SQLite::Database& db, const std::string& path) {
  int have = db.execAndGet("PRAGMA user_version").getInt();
  if (have > schema_version()) return Error{version_error(have), path, {}};
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
      if (busy(e)) throw;
      return Error{fmt::format("migration {} failed: {}", m.name, e.what()), path, {}};
    }
  }
  return schema_version();
}

constexpr const char* damaged_write =
    "the database is damaged; kb will not write into it (restore a copy, or ingest into a new file)";

// PRAGMA quick_check: kb refuses to add to a damaged base rather than bury the damage.
std::optional<Error> check_intact(SQLite::Database& db, const std::string& path) {
  SQLite::Statement st(db, "PRAGMA quick_check(5)");
  std::string found;
  while (st.executeStep()) {
    auto line = st.getColumn(0).getString();
    if (line == "ok") return std::nullopt;
    found += (found.empty() ? "" : "; ") + line;
  }
  return Error{damaged_write, path, "quick_check: " + found};
}

Result<Db> open_writer(const std::string& path) {
  std::error_code ec;
  bool existing = fs::file_size(path, ec) > 0 && !ec;
  Db db(new SQLite::Database(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, writer_busy_ms), Close{true});
  db->exec("PRAGMA foreign_keys = ON");
  if (existing)
    if (auto damaged = check_intact(*db, path)) return *damaged;
  db->exec("PRAGMA journal_mode = WAL");
  db->exec("PRAGMA synchronous = NORMAL");
  auto r = migrate(*db, path);
  if (!r) return r.error();
  return db;
}

// "file:" URI of a path, for the immutable fallback (SQLite decodes %HH in the path).
std::string file_uri(const std::string& path) {
  std::string out = "file:";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '.' || c == '-' || c == '_') out += static_cast<char>(c);
    else out += fmt::format("%{:02X}", c);
  }
  return out;
}

Result<Db> open_reader(const std::string& path) {
  auto connect = [&](const std::string& name, int flags) {
    Db db(new SQLite::Database(name, flags, reader_busy_ms), Close{false});
    db->exec("PRAGMA foreign_keys = ON");
    db->exec("PRAGMA query_only = ON");
    return db;
  };
  Db db;
  int have = 0;
  try {
    db = connect(path, SQLite::OPEN_READONLY);
    have = db->execAndGet("PRAGMA user_version").getInt();
  } catch (const SQLite::Exception& e) {
    // A WAL file whose -shm cannot be created here (a writer was killed, or still
    // writes). With no -wal content left nothing is pending: the file alone is the
    // database, and SQLite may read it as immutable. Otherwise the pending pages are
    // in the -wal and reading the file alone would give a stale answer.
    if (!no_shm_access(e)) throw;
    std::error_code ec;
    if (auto wal = fs::file_size(path + "-wal", ec); !ec && wal > 0)
      return Error{"the base has changes a stopped writer left in its -wal file, and this reader may not "
                   "create the -shm file they need; open it once where its folder is writable (any kb command)",
                   path, {}};
    db = connect(file_uri(path) + "?immutable=1", SQLite::OPEN_READONLY | SQLITE_OPEN_URI);
    have = db->execAndGet("PRAGMA user_version").getInt();
  }
  if (have > schema_version()) return Error{version_error(have), path, {}};
  if (have < schema_version())
    return Error{fmt::format("the database has schema version {}, this kb needs {}; "
                             "run `kb ingest` once to upgrade it", have, schema_version()), path, {}};
  return db;
}

}  // namespace

void Close::operator()(SQLite::Database* db) const {
  if (writer) {
    // Only possible when no other connection has the file open; the last one succeeds.
    sqlite3_busy_timeout(db->getHandle(), 0);
    try {
      db->exec("PRAGMA journal_mode = DELETE");
    } catch (const SQLite::Exception&) {
    }
  }
  delete db;
}

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

Result<Db> open(const std::string& path, Mode mode) {
  std::error_code ec;
  if (mode == Mode::read_only && !fs::exists(path, ec))
    return Error{"no database here; create it with `kb ingest FILE...`", path, {}};
  if (fs::is_directory(path, ec)) return Error{"is a directory, not a database file", path, {}};
  auto deadline = std::chrono::steady_clock::now() + setup_deadline;
  for (auto pause = std::chrono::milliseconds(5);; pause = std::min(pause * 2, std::chrono::milliseconds(200))) {
    try {
      return mode == Mode::read_only ? open_reader(path) : open_writer(path);
    } catch (const SQLite::Exception& e) {
      if (busy(e) && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(pause);
        continue;
      }
      int code = e.getErrorCode() & 0xff;
      if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        return Error{mode == Mode::read_write ? damaged_write : "the database is damaged", path,
                     std::string("SQLite: ") + e.what()};
      return Error{fmt::format("cannot open the database: {}", e.what()), path, {}};
    }
  }
}

}  // namespace kb::store
