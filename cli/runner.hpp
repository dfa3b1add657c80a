// Runs statements for `kb query`, `kb run` and the REPL: compile with the session, execute
// read-only, render. Keeps the settings a user changes with dot-commands.
#pragma once
#include <SQLiteCpp/Database.h>

#include <chrono>
#include <iosfwd>
#include <string>

#include "dsl/dsl.hpp"
#include "render/render.hpp"

namespace kb::cli {

struct Settings {
  render::Format format = render::Format::table;
  render::Options render;
  bool show_sql = false;                  // .sql on: print the SQL before each result
  bool timer = false;                     // .timer on
  std::chrono::milliseconds timeout{0};   // --timeout
};

class Runner {
 public:
  Runner(SQLite::Database& db, std::ostream& out, std::ostream& err);

  // Compile and run one statement. `origin` ("file.kbq") and `line`/`column` place
  // errors in their source. Returns false when it failed (the error is printed).
  bool run(std::string_view statement, std::string_view origin = {}, int line = 1, int column = 1);

  Settings settings;
  dsl::Session session;
  std::ostream* out;
  std::ostream* err;
  SQLite::Database& db;
};

}  // namespace kb::cli
