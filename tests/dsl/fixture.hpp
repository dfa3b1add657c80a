// A small knowledge base built by plain SQL, mirroring the sample corpus, so that the
// query-language tests do not depend on extraction. Ids are fixed: events 1..9,
// claims 1..5, documents 1..4 (see fixture.cpp for what each one is).
#pragma once
#include <gtest/gtest.h>

#include <string>

#include "core/value.hpp"
#include "dsl/dsl.hpp"
#include "store/db.hpp"

namespace kb::test {

// A fresh database at `path` (migrated, gazetteer synced) with the fixture rows.
store::Db make_fixture(const std::string& path);

// Compile and run one statement; a Diagnostic or an SQL error fails the calling test
// and gives an empty result.
ResultSet run(SQLite::Database& db, dsl::Session& session, std::string_view statement);

// Run hand-written SQL (no parameters), for differential tests.
ResultSet run_sql(SQLite::Database& db, const std::string& sql);

// One column of a result as text ("1", "Moscow"); NULL is "NULL".
std::vector<std::string> column(const ResultSet& rs, std::size_t index = 0);

// A test suite sharing one fixture database.
class FixtureTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite();
  static void TearDownTestSuite();
  // Rows of a statement in a fresh session; one column of them as text.
  static ResultSet rows(std::string_view statement);
  static std::vector<std::string> ids(std::string_view statement, std::size_t col = 0);
  static inline std::string path_;
  static inline SQLite::Database* db_ = nullptr;
};

}  // namespace kb::test
