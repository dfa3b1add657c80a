// Runs statements for `kb query`, `kb run` and the REPL: compile with the session, execute
// read-only, render. Keeps the settings a user changes with dot-commands.
#pragma once
#include <SQLiteCpp/Database.h>

#include <chrono>
#include <iosfwd>
#include <optional>
#include <string>

#include "core/result.hpp"
#include "dsl/dsl.hpp"
#include "render/render.hpp"

namespace kb::cli {

// How long one query may run unless the user says otherwise (--timeout, .timeout): without
// a default, a generated query of 900 terms ran for five minutes.
inline constexpr std::chrono::seconds default_timeout{30};
// What --timeout and .timeout accept: the progress check cannot time less than a
// millisecond, and a limit of more than a day is no limit.
inline constexpr double min_timeout_seconds = 0.001, max_timeout_seconds = 86400;
inline constexpr std::string_view timeout_usage = "a number of seconds from 0.001 to 86400, or none";

// A query time limit; 0 ms: none.
struct Timeout {
  std::chrono::milliseconds limit = default_timeout;
  bool is_default = true;
};

// "none", or a number of seconds in the accepted range; nullopt for anything else
// (0, negative, nan, inf, 1e16, "5s").
std::optional<std::chrono::milliseconds> parse_timeout(std::string_view text);

struct Settings {
  render::Format format = render::Format::table;
  render::Options render;
  bool show_sql = false;                  // .sql on: print the SQL before each result
  bool timer = false;                     // .timer on
  Timeout timeout;                        // --timeout, .timeout
  std::string_view timeout_option = "--timeout";  // named when the limit fires (.timeout in the REPL)
};

// Every error kb prints goes through these: the text in them (file names, statements,
// article text) has its control characters escaped (text::escape_controls), so an error
// is the lines kb wrote and nothing reaches the terminal as a command.
// "error: WHERE: MESSAGE" (or "note: …"), control characters escaped.
void print_error(std::ostream& err, const Error& e, std::string_view label = "error");
void print_error(std::ostream& err, std::string_view message);  // "error: MESSAGE"

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
