// kb ingest --explain: every decision of extraction is shown with its reason, on a text
// of our own, and nothing is stored anywhere.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "fixture.hpp"
#include "ingest/explain.hpp"
#include "support/process.hpp"

using namespace kb;
using namespace kb::ingest::testing;

namespace {

std::string explain(const std::string& body) {
  auto path = temp_db_path("explain") + ".txt";
  std::ofstream(path) << body;
  std::ostringstream out;
  auto r = ingest::explain_file(path, {kData}, out);
  std::filesystem::remove(path);
  EXPECT_TRUE(r) << (r ? "" : r.error().message);
  return out.str();
}

bool has(const std::string& out, const std::string& line) { return out.find(line) != std::string::npos; }

}  // namespace

TEST(Explain, ShowsEachDecisionWithItsReason) {
  auto out = explain(
      " date 2025-03-14 Hà Nội và Tokyo bàn về hợp tác\n"
      "Bộ trưởng Ngoại giao Nhật Bản Takeshi Iwaya hôm qua điện đàm với Bộ trưởng Ngoại giao Bùi Thanh Sơn.\n"
      "Người phát ngôn Bộ Ngoại giao Hàn Quốc Lee Jae-woong cho biết hai nước sẽ không gặp nhau trong tháng này.\n"
      "\"Chúng tôi hoan nghênh cuộc điện đàm\", ông Lee nói.\n");
  EXPECT_TRUE(has(out, "published: 2025-03-14")) << out;
  EXPECT_TRUE(has(out, "mention  “Takeshi Iwaya” → person Takeshi Iwaya  (gazetteer)")) << out;
  EXPECT_TRUE(has(out, "“Lee Jae-woong” → person Lee Jae-woong  (new person")) << out;
  EXPECT_TRUE(has(out, "date     “hôm qua” → 2025-03-13  (from the article's time 2025-03-14)")) << out;
  EXPECT_TRUE(has(out, "trigger  “điện đàm” call: happened")) << out;
  EXPECT_TRUE(has(out, "trigger  “gặp nhau” meeting: no event, negated (cue “không”)")) << out;
  EXPECT_TRUE(has(out, "claim    Lee Jae-woong (direct, “quotation”, speaker verb)")) << out;
  EXPECT_TRUE(has(out, "call happened  date 2025-03-13")) << out;
}

TEST(Explain, StoresNothingAndNamesAFileItCannotRead) {
  auto missing = temp_db_path("explain-missing") + ".txt";
  std::ostringstream out;
  auto r = ingest::explain_file(missing, {kData}, out);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().where.find(missing), std::string::npos) << r.error().where;
}

// From the command line: a folder stands for its articles, and nothing is written.
TEST(Explain, TheCommandExplainsAFoldersArticlesAndWritesNoBase) {
  kb::test::TempDir dir;
  auto db = dir.file("never.db");
  auto r = kb::test::run_kb(db, {"ingest", "--explain", KB_SOURCE_DIR "/examples/corpus"});
  EXPECT_EQ(r.status, 0) << r.err;
  std::size_t files = 0;
  for (std::size_t at = 0; (at = r.out.find("\nfile: ", at)) != std::string::npos; ++at) ++files;
  EXPECT_EQ(files + (r.out.starts_with("file: ") ? 1 : 0), 5u) << r.out.substr(0, 300);
  EXPECT_FALSE(std::filesystem::exists(db));
  r = kb::test::run_kb(db, {"ingest", "--explain", dir.file("missing.txt")});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("missing.txt"), std::string::npos) << r.err;
}
