// The benchmark's query suite: each query as an analyst writes it in the DSL, and the best
// SQL we could write by hand for the same answer. Names are picked from the database so
// the suite runs on any synthetic size.
#pragma once
#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

#include "core/value.hpp"

namespace kb::bench {

struct SuiteQuery {
  std::vector<std::string> setup;   // statements compiled first (define ...)
  std::string dsl;
  std::string hand_sql;
  std::vector<Value> hand_params;
  int key_columns = 1;              // columns compared between the two answers
};

std::vector<SuiteQuery> query_suite(SQLite::Database& db);

}  // namespace kb::bench
