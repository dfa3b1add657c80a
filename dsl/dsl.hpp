// The query language, as the command line and the REPL see it. One statement at a time:
//
//   text ─▶ parse (grammar.hpp, PEGTL) ─▶ AST (ast.hpp) ─▶ resolve (catalog.hpp)
//        ─▶ SQL text + bound parameters (sql.cpp), and notes on unknown names (names.cpp)
//
// Errors come back as a Diagnostic with a position; render() draws the caret.
#pragma once
#include <SQLiteCpp/Database.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/value.hpp"

namespace kb::dsl {

// What one statement asks for.
struct Output {
  enum class Kind { rows, explain, defined };
  Kind kind = Kind::rows;
  std::string sql;                 // rows, explain
  std::vector<Value> params;       // bound in order to ?1..?N
  std::vector<Column> columns;     // the shape of the rows
  std::string name;                // defined: the name just defined
  // Not errors, but worth saying (needs the Session's database):
  // "no actor is called \"Lavrv\"; did you mean \"Lavrov\"?"
  std::vector<std::string> notes;
};

struct Diagnostic {
  int line = 1, column = 1;        // 1-based, columns count code points
  int length = 1;                  // code points to underline
  std::string message;             // "unknown field 'plce' for meetings"
  std::string hint;                // "did you mean 'place'? fields of meetings: ..."
  bool at_end = false;             // the statement ended too early (REPL: read another line)
};

// Render as the user sees it:
//   error: unknown field 'plce' for meetings at 1:16
//     meetings where plce="Alaska"
//                    ^~~~
//     did you mean 'place'? ...
// `origin` ("script.kbq") is put before the position when given; `line_offset` shifts
// line numbers (a statement that starts on line 12 of a script).
std::string render(const Diagnostic& d, std::string_view source, std::string_view origin = {},
                   int line_offset = 0);

// A session keeps `define`s and `$param` values between statements (REPL, scripts).
class Session {
 public:
  // `db` (may be null) supplies actor and place names for "did you mean" hints.
  explicit Session(SQLite::Database* db = nullptr);
  ~Session();
  Session(Session&&) noexcept;
  Session& operator=(Session&&) noexcept;

  std::variant<Output, Diagnostic> compile(std::string_view statement);

  void set_param(const std::string& name, const std::string& value);
  const std::map<std::string, std::string>& params() const;
  // Parameters a statement uses ($who), in order of first use; for scripts to check
  // that every parameter has a value before anything runs.
  std::vector<std::string> params_used(std::string_view statement) const;
  // name -> the query text it stands for.
  std::vector<std::pair<std::string, std::string>> defines() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Entities, and the fields of one entity, for .entities / .fields and tab completion.
std::vector<std::string> entity_names();
std::vector<std::string> field_names(std::string_view entity);
std::vector<std::string> keywords();

}  // namespace kb::dsl
