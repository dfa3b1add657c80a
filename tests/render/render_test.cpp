#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "render/render.hpp"

using namespace kb;

static ResultSet sample() {
  ResultSet rs;
  rs.columns = {{"id", ColumnKind::integer}, {"place", ColumnKind::text}, {"participants", ColumnKind::list},
                {"sources", ColumnKind::sources}};
  rs.rows.push_back({std::int64_t{1}, std::string("Matxcơva"), std::string(R"(["Vladimir Putin","Donald Trump"])"),
                     std::string(R"([{"document":"a.txt","evidence":"Ngày 15/8, ..."}])")});
  rs.rows.push_back({std::int64_t{22}, std::monostate{}, std::string("[]"), std::string("[]")});
  return rs;
}

static std::string run(render::Format f, render::Options o = {}) {
  std::ostringstream out;
  render::render(out, sample(), f, o);
  return out.str();
}

TEST(Render, JsonIsOneArrayWithRealListsAndNulls) {
  auto j = nlohmann::json::parse(run(render::Format::json));
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 2u);
  EXPECT_EQ(j[0]["participants"][1], "Donald Trump");
  EXPECT_EQ(j[0]["sources"][0]["document"], "a.txt");
  EXPECT_TRUE(j[1]["place"].is_null());
  EXPECT_EQ(j[1]["id"], 22);
  EXPECT_EQ(nlohmann::json::parse(run(render::Format::json, {})).dump().find("\"id\""), 2u);
}

TEST(Render, CsvQuotesAndHasAHeader) {
  auto s = run(render::Format::csv);
  EXPECT_EQ(s.substr(0, s.find("\r\n")), "id,place,participants,sources");
  EXPECT_NE(s.find("1,Matxcơva,\"Vladimir Putin, Donald Trump\""), std::string::npos);
}

TEST(Render, TableAlignsByDisplayWidthAndCountsRows) {
  auto s = run(render::Format::table);
  EXPECT_EQ(s,
            "┌────┬──────────┬──────────────────────────────┬─────────┐\n"
            "│ id │ place    │ participants                 │ sources │\n"
            "├────┼──────────┼──────────────────────────────┼─────────┤\n"
            "│  1 │ Matxcơva │ Vladimir Putin, Donald Trump │       1 │\n"
            "│ 22 │          │                              │       0 │\n"
            "└────┴──────────┴──────────────────────────────┴─────────┘\n"
            "2 rows\n");
}

TEST(Render, TableCutsToTheTerminalAndSaysWhatIsHidden) {
  render::Options o;
  o.width = 40;
  o.max_rows = 1;
  auto s = run(render::Format::table, o);
  EXPECT_NE(s.find("…"), std::string::npos);
  EXPECT_NE(s.find("2 rows (1 shown"), std::string::npos);
}

TEST(Render, LineShowsEverySource) {
  auto s = run(render::Format::line);
  EXPECT_NE(s.find("[1] a.txt: Ngày 15/8, ..."), std::string::npos);
  EXPECT_NE(s.find("participants  Vladimir Putin, Donald Trump"), std::string::npos);
}
