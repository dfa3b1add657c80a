// Issue 12 end to end through the kb binary: the Vietnamese and English development
// articles in one base. Each document knows its language, the same speaker's claims come
// from both, and an event reported in both languages is one event with both sources.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "support/process.hpp"

using kb::test::run_kb;

class BothLanguages : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new kb::test::TempDir();
    db_ = dir_->file("kb.db");
    auto r = run_kb(db_, {"ingest", KB_SHARED_DIR "/dev/articles/vi", KB_SHARED_DIR "/dev/articles/en"});
    ASSERT_EQ(r.status, 0) << r.err;
    ingest_out_ = r.out;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static nlohmann::json rows(const std::string& query) {
    auto r = run_kb(db_, {"query", "--format", "json", query});
    EXPECT_EQ(r.status, 0) << r.err;
    auto j = nlohmann::json::parse(r.out, nullptr, false);
    return j.is_array() ? j : nlohmann::json::array();
  }
  static inline kb::test::TempDir* dir_ = nullptr;
  static inline std::string db_, ingest_out_;
};

TEST_F(BothLanguages, IngestSaysWhichLanguagesItRead) {
  EXPECT_NE(ingest_out_.find("32 added (en 8, vi 24)"), std::string::npos) << ingest_out_;
  EXPECT_EQ(rows(R"(documents where language="en")").size(), 8u);
  EXPECT_EQ(rows(R"(documents where language="vi")").size(), 24u);
}

// English text is stemmed: a word finds its other forms.
TEST_F(BothLanguages, FullTextFindsAWordsOtherForms) {
  auto meeting = rows(R"(claims where text ~ "meeting" and source.language="en")");
  EXPECT_FALSE(meeting.empty());
  EXPECT_EQ(rows(R"(claims where text ~ "meetings" and source.language="en")").size(), meeting.size());
}

TEST_F(BothLanguages, OneSpeakerInBothLanguages) {
  auto en = rows(R"(claims where speaker="Peskov" and source.language="en")");
  auto vi = rows(R"(claims where speaker="Peskov" and source.language="vi")");
  EXPECT_FALSE(en.empty());
  EXPECT_FALSE(vi.empty());
  EXPECT_EQ(rows(R"(claims where speaker="Peskov")").size(), en.size() + vi.size());
}

// The Busan meeting of Trump and Xi and the Sharm el-Sheikh summit are told in both
// languages: each is one event whose sources are Vietnamese and English documents, and
// it took place (plans told before it give way to the accounts of it).
TEST_F(BothLanguages, AnEventToldInBothLanguagesIsOneEvent) {
  for (const auto& [query, vi_stem, en_stem] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {R"(meetings where place="Busan" and participant="Xi Jinping")", "vc01", "ea06"},
           {R"(summits where place="Sharm el-Sheikh")", "vc04", "ea07"},
       }) {
    int both = 0;
    for (const auto& e : rows(query)) {
      std::set<std::string> docs;
      for (const auto& s : e["sources"]) docs.insert(s["document"].get<std::string>().substr(0, 4));
      if (!docs.count(vi_stem) || !docs.count(en_stem)) continue;
      ++both;
      EXPECT_EQ(e["status"], "happened") << query;
    }
    EXPECT_EQ(both, 1) << query;
  }
}
