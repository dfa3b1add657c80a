// Runs compiled SQL against a read-only connection and collects typed rows. Cancelling:
// a timeout, or interrupt() from a signal handler (Ctrl-C in the REPL).
#pragma once
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "core/value.hpp"

namespace kb::engine {

struct Limits {
  std::chrono::milliseconds timeout{0};  // 0: none
  std::string timeout_note;              // after "stopped after N s": which limit, how to raise it
};

Result<ResultSet> execute(SQLite::Database& db, std::string_view sql, const std::vector<Value>& params,
                          const std::vector<Column>& columns, const Limits& limits = {});

// Bind one value to parameter ?i (1-based): values are always bound, never spliced.
void bind(SQLite::Statement& st, int i, const Value& v);
// Bind params[0..] to ?1..?N.
void bind_all(SQLite::Statement& st, const std::vector<Value>& params);

// Ask the query running on `db` to stop (async-signal-safe: sqlite3_interrupt).
void interrupt(SQLite::Database& db);

}  // namespace kb::engine
