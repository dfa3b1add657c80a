// Golden tests for every output format: the exact bytes a user sees, kept in
// tests/render/golden/. Run with KB_UPDATE_GOLDEN=1 to rewrite them after a deliberate change.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "render/render.hpp"

using namespace kb;

namespace {

// Claims as an analyst sees them: Vietnamese with precomposed and combining marks, a wide
// (CJK) name, a long text, a null, several sources.
ResultSet claims() {
  ResultSet rs;
  rs.columns = {{"id", ColumnKind::integer}, {"speaker", ColumnKind::text}, {"date", ColumnKind::date},
                {"text", ColumnKind::text}, {"direct", ColumnKind::boolean}, {"sources", ColumnKind::sources}};
  rs.rows.push_back({std::int64_t{3}, std::string("Dmitry Peskov"), std::string("2025-09-24"),
                     std::string("Nga không phải là “hổ giấy”, mà là một con gấu thật sự."), std::int64_t{1},
                     std::string(R"([{"document":"002.txt","sentence":14,"evidence":"Ông Peskov nói: “Nga không phải là hổ giấy”."},)"
                                 R"({"document":"004.txt","sentence":3,"evidence":"Điện Kremlin bác bỏ."}])")});
  // "Hà Nội" written with combining marks (NFD), as some scrapers deliver it.
  rs.rows.push_back({std::int64_t{17}, std::string("Ha\xcc\x80 No\xcc\xa3\xcc\x82i"), std::string("2025-09"),
                     std::string("東京 hoan nghênh đối thoại"), std::int64_t{0}, std::string("[]")});
  rs.rows.push_back({std::int64_t{120}, std::monostate{}, std::monostate{}, std::string("a,b \"quoted\"\nsecond line"),
                     std::int64_t{0}, std::string(R"([{"document":"x.txt","sentence":0,"evidence":"x"}])")});
  return rs;
}

std::string rendered(render::Format f, render::Options o = {}) {
  std::ostringstream out;
  render::render(out, claims(), f, o);
  return out.str();
}

void expect_golden(const std::string& name, const std::string& actual) {
  const std::string path = KB_SOURCE_DIR "/tests/render/golden/" + name;
  if (std::getenv("KB_UPDATE_GOLDEN")) {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << "missing golden file " << path << " (run with KB_UPDATE_GOLDEN=1)";
  std::string expected{std::istreambuf_iterator<char>(in), {}};
  EXPECT_EQ(actual, expected) << "golden file " << path;
}

}  // namespace

TEST(RenderGolden, Table) { expect_golden("claims.table", rendered(render::Format::table)); }

TEST(RenderGolden, TableCutToAnEightyColumnTerminal) {
  render::Options o;
  o.width = 80;
  o.max_rows = 2;
  expect_golden("claims.table80", rendered(render::Format::table, o));
}

TEST(RenderGolden, Line) { expect_golden("claims.line", rendered(render::Format::line)); }
TEST(RenderGolden, Json) { expect_golden("claims.json", rendered(render::Format::json)); }
TEST(RenderGolden, Csv) { expect_golden("claims.csv", rendered(render::Format::csv)); }
