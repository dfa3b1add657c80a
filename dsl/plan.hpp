// Stage 2 and 3: a syntax tree checked against the catalog (resolve.cpp) is a Plan, with
// every name found and every value converted to what the database compares; sql.cpp
// writes a Plan as SQL text with ?N parameters.
#pragma once
#include <SQLiteCpp/Statement.h>

#include <map>
#include <memory>
#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/date.hpp"
#include "core/value.hpp"
#include "dsl/ast.hpp"
#include "dsl/catalog.hpp"
#include "dsl/dsl.hpp"

namespace kb::dsl {

struct Condition {
  enum class Kind { all, any, negate, test };
  Kind kind = Kind::test;
  std::vector<Condition> children;
  // test:
  const Field* link = nullptr;   // `participant` in participant.country
  const Field* field = nullptr;  // the field tested (of the entity, or of the link's target)
  std::string op;                // = != < <= > >= ~ in between has
  std::vector<Value> values;     // ready to bind: folded names, FTS phrases, numbers
  std::vector<DateRange> dates;  // date fields: one, or two for between
  std::vector<std::string> written;  // folded fields: the names as the user wrote them
};

struct Plan {
  const Entity* entity = nullptr;
  std::optional<Condition> where;
  bool count = false;
  const Field* group = nullptr;  // count ... by
  bool joins = false;            // a count uses the entity's joined table (place, speaker)
  std::string order_sql;         // empty: by id
  bool descending = false;
  std::optional<long long> limit;
  std::vector<const OutputColumn*> columns;  // rows: the columns shown
};

// Checks names and types. `params` supplies $name values; with `check_params` false
// (a define), missing ones are allowed.
std::variant<Plan, Diagnostic> resolve(const ast::Query& q, std::string_view source,
                                       const std::map<std::string, std::string>& params, bool check_params);

struct Sql {
  std::string text;
  std::vector<Value> params;
  std::vector<Column> columns;
};
Sql to_sql(const Plan& plan);

// Names the query compares that no actor or place has, with the nearest known one.
// Prepared look-ups of names by alias table, kept by a session: preparing them for every
// statement cost more than the rest of the front end together.
using NameLookups = std::map<std::string, std::unique_ptr<SQLite::Statement>>;
std::vector<std::string> unknown_names(SQLite::Database& db, const Plan& plan, NameLookups& lookups);

}  // namespace kb::dsl
