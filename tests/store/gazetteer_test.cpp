#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <unistd.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/text.hpp"
#include "store/db.hpp"
#include "store/gazetteer.hpp"
#include "store/sync.hpp"

namespace fs = std::filesystem;
using namespace kb;

static const std::string kData = KB_SOURCE_DIR "/data";

TEST(Gazetteer, LoadsTheShippedData) {
  auto g = store::Gazetteer::load(kData);
  ASSERT_TRUE(g) << g.error().where << ": " << g.error().message;
  EXPECT_GT(g->places.size(), 50u);
  EXPECT_GT(g->actors.size(), 50u);
  EXPECT_GT(g->roles.size(), 10u);
}

TEST(Gazetteer, SyncBuildsAliasesHierarchyAndRoles) {
  auto g = store::Gazetteer::load(kData);
  ASSERT_TRUE(g);
  auto path = (fs::temp_directory_path() / fmt::format("kb-gaz-{}.db", ::getpid())).string();
  fs::remove(path);
  auto db = store::open(path, store::Mode::read_write);
  ASSERT_TRUE(db);
  auto s = store::sync_gazetteer(**db, *g);
  ASSERT_TRUE(s) << s.error().message;

  // Every spelling of Moscow resolves to the one place.
  for (auto alias : {"Matxcơva", "Moskva", "matxcova", "MOSCOW"}) {
    SQLite::Statement q(**db, "SELECT DISTINCT p.name FROM place_aliases a JOIN places p ON p.id = a.place_id "
                              "WHERE a.folded = ?");
    q.bind(1, text::fold(alias));
    ASSERT_TRUE(q.executeStep()) << alias;
    EXPECT_EQ(q.getColumn(0).getString(), "Moscow");
    EXPECT_FALSE(q.executeStep()) << alias << " is ambiguous";
  }
  // Anchorage lies in Alaska lies in the United States.
  SQLite::Statement tree(**db,
      "SELECT t.depth FROM place_tree t JOIN places a ON a.id = t.ancestor_id JOIN places d ON d.id = t.descendant_id "
      "WHERE a.name = ? AND d.name = 'Anchorage'");
  tree.bind(1, "Alaska");
  ASSERT_TRUE(tree.executeStep());
  EXPECT_EQ(tree.getColumn(0).getInt(), 1);
  tree.reset();
  tree.bind(1, "United States");
  ASSERT_TRUE(tree.executeStep());
  EXPECT_EQ(tree.getColumn(0).getInt(), 2);
  // Sergey and Sergei are the same Lavrov.
  EXPECT_EQ((*db)->execAndGet("SELECT a.name FROM actor_aliases x JOIN actors a ON a.id = x.actor_id "
                              "WHERE x.folded = 'sergey lavrov'").getString(), "Sergei Lavrov");
  // Rubio became secretary of state on 2025-01-21; that office counts as foreign minister.
  EXPECT_EQ((*db)->execAndGet("SELECT a.name FROM actor_roles r JOIN actors a ON a.id = r.actor_id "
                              "JOIN role_titles t ON t.title = r.title JOIN actors c ON c.id = r.of_actor_id "
                              "WHERE t.class = 'foreign minister' AND c.name = 'United States' "
                              "AND r.valid_from <= '2025-06-01' AND (r.valid_to IS NULL OR r.valid_to > '2025-06-01')")
                .getString(), "Marco Rubio");
  // A second sync changes nothing.
  auto again = store::sync_gazetteer(**db, *g);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->places + again->actors + again->aliases + again->roles, 0);
  // The database a user checks is sound (SQLite 3.40 misread the alias tables of schema 1).
  EXPECT_EQ((*db)->execAndGet("PRAGMA integrity_check").getString(), "ok");
  EXPECT_EQ((*db)->execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt(), 0);
  fs::remove(path);
}

TEST(Gazetteer, ErrorsNameTheFileAndLine) {
  auto dir = fs::temp_directory_path() / fmt::format("kb-gaz-bad-{}", ::getpid());
  fs::create_directories(dir);
  for (auto f : {"actors.tsv", "roles.tsv", "titles.tsv"}) fs::copy_file(kData + "/" + f, dir / f, fs::copy_options::overwrite_existing);
  std::ofstream(dir / "places.tsv") << "name\tkind\twithin\tcountry\taliases\nAnchorage\tcity\tAlaska\tUS\t-\n";
  auto g = store::Gazetteer::load(dir.string());
  ASSERT_FALSE(g);
  EXPECT_EQ(g.error().where, (dir / "places.tsv").string() + ":2");
  EXPECT_NE(g.error().message.find("Alaska"), std::string::npos);
  fs::remove_all(dir);
}
