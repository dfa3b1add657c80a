// The one question of issue 2, end to end through the kb binary: ingest the sample
// corpus, ask for meetings in Alaska, get the Anchorage summit with its source sentence.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "support/process.hpp"

using kb::test::run_kb;

class SampleCorpus : public kb::test::SampleKb {
 protected:
  static nlohmann::json rows(const std::string& query) {
    auto r = run_kb(db_, {"query", "--format", "json", query});
    EXPECT_EQ(r.status, 0) << r.err;
    return nlohmann::json::parse(r.out, nullptr, false);
  }
};

static bool has(const nlohmann::json& list, const std::string& surname) {
  for (const auto& x : list)
    if (kb::text::fold(x.get<std::string>()).find(surname) != std::string::npos) return true;
  return false;
}

TEST_F(SampleCorpus, AlaskaMeetingsFindTheAnchorageSummitWithItsSource) {
  auto r = rows(R"(meetings where place="Alaska")");
  ASSERT_TRUE(r.is_array());
  bool found = false;
  for (const auto& row : r) {
    auto place = kb::text::fold(row["place"].is_string() ? row["place"].get<std::string>() : "");
    EXPECT_TRUE(place.find("alaska") != std::string::npos || place.find("anchorage") != std::string::npos) << place;
    if (row["date"] == "2025-08-15" && has(row["participants"], "putin") && has(row["participants"], "trump")) {
      found = true;
      ASSERT_FALSE(row["sources"].empty());
      bool cites = false;
      for (const auto& s : row["sources"])
        cites = cites || kb::text::fold(s["evidence"].get<std::string>()).find("anchorage") != std::string::npos;
      EXPECT_TRUE(cites) << row["sources"].dump();
    }
  }
  EXPECT_TRUE(found) << r.dump(2);
}

TEST_F(SampleCorpus, ReingestChangesNothing) {
  auto before = rows("count events by type");
  auto r = run_kb(db_, {"ingest", KB_SOURCE_DIR "/examples/corpus"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(rows("count events by type"), before);
  EXPECT_NE(r.out.find("5 unchanged"), std::string::npos) << r.out;
}

TEST_F(SampleCorpus, AliasesResolveToOneActorAndOnePlace) {
  auto lavrov = rows(R"(actors where name="Sergey Lavrov")");
  ASSERT_EQ(lavrov.size(), 1u);
  EXPECT_EQ(lavrov[0]["name"], "Sergei Lavrov");
  for (auto alias : {"Matxcơva", "Moskva", "matxcova"}) {
    auto p = rows(std::string("places where name=\"") + alias + "\"");
    ASSERT_EQ(p.size(), 1u) << alias;
    EXPECT_EQ(p[0]["name"], "Moscow");
  }
}
