#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <unistd.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "schema/migrations.hpp"
#include "store/db.hpp"

namespace fs = std::filesystem;
using namespace kb;

static std::string temp_db(const char* name) {
  auto p = fs::temp_directory_path() / fmt::format("kb-test-{}-{}.db", name, ::getpid());
  fs::remove(p);
  fs::remove(p.string() + "-wal");
  fs::remove(p.string() + "-shm");
  return p.string();
}

TEST(Migrate, CreatesTheSchemaAndSetsTheVersion) {
  auto path = temp_db("migrate");
  auto db = store::open(path, store::Mode::read_write);
  ASSERT_TRUE(db) << db.error().message;
  EXPECT_EQ((*db)->execAndGet("PRAGMA user_version").getInt(), store::schema_version());
  EXPECT_EQ((*db)->execAndGet("PRAGMA foreign_keys").getInt(), 1);
  EXPECT_EQ((*db)->execAndGet("PRAGMA journal_mode").getString(), "wal");
  for (auto table : {"documents", "sentences", "actors", "actor_aliases", "actor_roles", "places",
                     "place_aliases", "place_tree", "events", "event_participants", "event_evidence",
                     "claims", "claim_evidence", "evidence", "claim_fts", "document_fts"})
    EXPECT_TRUE((*db)->tableExists(table)) << table;
  // Reopening applies nothing twice.
  db->reset();
  auto again = store::open(path, store::Mode::read_write);
  ASSERT_TRUE(again) << again.error().message;
  fs::remove(path);
}

TEST(Migrate, TablesAreStrictAndForeignKeysHold) {
  auto path = temp_db("strict");
  auto db = store::open(path, store::Mode::read_write);
  ASSERT_TRUE(db);
  EXPECT_THROW((*db)->exec("INSERT INTO places(name, kind) VALUES (42, 'nonsense')"), SQLite::Exception);
  EXPECT_THROW((*db)->exec("INSERT INTO events(type, status, place_id) VALUES ('meeting', 'happened', 999)"),
               SQLite::Exception);
  fs::remove(path);
}

TEST(Migrate, RefusesANewerDatabase) {
  auto path = temp_db("newer");
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec(fmt::format("PRAGMA user_version = {}", store::schema_version() + 1));
  }
  auto db = store::open(path, store::Mode::read_write);
  ASSERT_FALSE(db);
  EXPECT_NE(db.error().message.find("newer"), std::string::npos);
  EXPECT_EQ(db.error().where, path);
  fs::remove(path);
}

TEST(Migrate, ReadOnlyOpenNeedsAnExistingDatabase) {
  auto db = store::open("/nonexistent/kb.db", store::Mode::read_only);
  ASSERT_FALSE(db);
  EXPECT_NE(db.error().message.find("kb ingest"), std::string::npos);
}

TEST(Migrate, ReadOnlyConnectionsCannotWrite) {
  auto path = temp_db("ro");
  { ASSERT_TRUE(store::open(path, store::Mode::read_write)); }
  auto db = store::open(path, store::Mode::read_only);
  ASSERT_TRUE(db) << db.error().message;
  EXPECT_THROW((*db)->exec("DELETE FROM actors"), SQLite::Exception);
  EXPECT_THROW((*db)->exec("DROP TABLE claims"), SQLite::Exception);
  fs::remove(path);
}

// Version 4 stems the full text (English beside Vietnamese): a base of version 3 keeps its
// indexed text, and "meeting" then finds "meetings" while folded Vietnamese still matches.
TEST(Migrate, FullTextIsStemmedAfterTheUpgrade) {
  auto path = temp_db("stem");
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (const auto& m : schema::migrations())
      if (m.version <= 3) raw.exec(std::string(m.sql));
    raw.exec("PRAGMA user_version = 3");
    raw.exec("INSERT INTO claim_fts(rowid, text) VALUES (1, 'the two meetings were useful'), (2, 'cuoc hoi dam rat huu ich')");
    EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM claim_fts WHERE claim_fts MATCH 'meeting'").getInt(), 0);
  }
  auto db = store::open(path, store::Mode::read_write);
  ASSERT_TRUE(db) << db.error().message;
  auto hits = [&](const char* q) {
    SQLite::Statement st(**db, "SELECT group_concat(rowid) FROM claim_fts WHERE claim_fts MATCH ?");
    st.bind(1, q);
    return st.executeStep() && !st.getColumn(0).isNull() ? st.getColumn(0).getString() : std::string();
  };
  EXPECT_EQ(hits("meeting"), "1");
  EXPECT_EQ(hits("\"meetings were\""), "1");
  EXPECT_EQ(hits("\"hoi dam\""), "2");
  fs::remove(path);
}
