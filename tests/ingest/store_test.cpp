#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <SQLiteCpp/Transaction.h>

#include "core/sha256.hpp"
#include "fixture.hpp"
#include "ingest/ingest.hpp"

using namespace kb;
using namespace kb::ingest;
using namespace kb::ingest::testing;
namespace fs = std::filesystem;

static int count(SQLite::Database& db, const char* table) {
  SQLite::Statement st(db, std::string("SELECT count(*) FROM ") + table);
  st.executeStep();
  return st.getColumn(0).getInt();
}

TEST(Sha256, KnownDigests) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex(std::string(1000, 'a')), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

TEST(Store, ReingestingIsANoOpAndSaysSo) {
  auto db = open_db("idem");
  auto first = ingest_paths(*db, {KB_SOURCE_DIR "/examples/corpus"}, {kData});
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->documents_added, 5);
  int events = count(*db, "events"), claims = count(*db, "claims"), actors = count(*db, "actors");
  std::vector<FileReport::Outcome> outcomes;
  auto second = ingest_paths(*db, {KB_SOURCE_DIR "/examples/corpus"}, {kData},
                             [&](const FileReport& r) { outcomes.push_back(r.outcome); });
  ASSERT_TRUE(second);
  EXPECT_EQ(second->documents_unchanged, 5);
  EXPECT_EQ(second->documents_added, 0);
  EXPECT_EQ(outcomes, std::vector<FileReport::Outcome>(5, FileReport::Outcome::unchanged));
  EXPECT_EQ(count(*db, "events"), events);
  EXPECT_EQ(count(*db, "claims"), claims);
  EXPECT_EQ(count(*db, "actors"), actors);
}

TEST(Store, AFailingArticleLeavesTheDatabaseAsItWasAndTheOthersGoOn) {
  auto dir = fs::temp_directory_path() / fmt::format("kb-ingest-fail-{}", ::getpid());
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "a.txt") << " date 2025-01-10 Ông Lavrov gặp ông Rubio tại Riyadh.\n";
  std::ofstream(dir / "b.txt", std::ios::binary) << "Bad \xff bytes";
  std::ofstream(dir / "c.txt") << " date 2025-01-11 Bà Zakharova nêu rõ: “Câu nói đủ dài để là một tuyên bố”.\n";
  auto db = open_db("fail");
  std::vector<FileReport> reports;
  auto sum = ingest_paths(*db, {dir.string()}, {kData}, [&](const FileReport& r) { reports.push_back(r); });
  ASSERT_TRUE(sum);
  EXPECT_EQ(sum->documents_added, 2);
  EXPECT_EQ(sum->documents_failed, 1);
  ASSERT_EQ(reports.size(), 3u);
  EXPECT_EQ(reports[1].outcome, FileReport::Outcome::failed);
  EXPECT_NE(reports[1].error.where.find("byte 4"), std::string::npos);
  EXPECT_EQ(count(*db, "documents"), 2);
  fs::remove_all(dir);
}

TEST(Store, EvidenceOffsetsPointIntoTheCleanText) {
  auto db = open_db("ev");
  ASSERT_TRUE(ingest_paths(*db, {KB_SOURCE_DIR "/examples/corpus"}, {kData}));
  SQLite::Statement st(*db, "SELECT ev.start_byte, ev.end_byte, s.start_byte, s.end_byte, length(CAST(d.clean_text AS BLOB)) "
                            "FROM evidence ev JOIN sentences s ON s.id = ev.sentence_id JOIN documents d ON d.id = ev.document_id");
  int n = 0;
  while (st.executeStep()) {
    ++n;
    EXPECT_LE(st.getColumn(2).getInt(), st.getColumn(0).getInt());
    EXPECT_LE(st.getColumn(1).getInt(), st.getColumn(3).getInt());
    EXPECT_LE(st.getColumn(3).getInt(), st.getColumn(4).getInt());
  }
  EXPECT_GT(n, 30);
  SQLite::Statement ads(*db, "SELECT count(*) FROM document_fts WHERE document_fts MATCH 'toyota'");
  ads.executeStep();
  EXPECT_EQ(ads.getColumn(0).getInt(), 0) << "advertising is not article text";
}

// The stages read the database and write nothing: a person met for the first time is
// proposed, with the id the store then writes them under.
TEST(Store, ExtractionWritesNothingAndProposesNewPeople) {
  Fixture f;
  auto d = read_bytes(" date 2025-06-12 Tin thế giới\nThứ trưởng Ngoại giao Pháp Pierre Duvalcourt điện đàm với ông Lavrov hôm 10/6.",
                      "t.txt");
  ASSERT_TRUE(d);
  int actors = count(*f.db, "actors"), aliases = count(*f.db, "actor_aliases");
  auto next = next_actor_id(*f.db);
  auto x = extract(*f.db, *d, f.lx);
  EXPECT_EQ(count(*f.db, "actors"), actors) << "extraction wrote an actor";
  EXPECT_EQ(count(*f.db, "actor_aliases"), aliases);
  ASSERT_EQ(x.people.size(), 1u);
  EXPECT_EQ(x.people[0].id, next);
  EXPECT_EQ(x.people[0].title, "deputy foreign minister");
  ASSERT_EQ(x.events.size(), 1u);
  EXPECT_TRUE(contains(f.names(x.events[0].participants), "Sergei Lavrov"));
  EXPECT_NE(std::find(x.events[0].participants.begin(), x.events[0].participants.end(), next), x.events[0].participants.end());
  SQLite::Transaction tx(*f.db);
  store_document(*f.db, *d, "hash", x, *Gazette::load(*f.db));
  tx.commit();
  EXPECT_EQ(f.name(next), x.people[0].name);
}
