// Saved query scripts: parameters, comments, define, errors with FILE:LINE:COL, --keep-going,
// .read, and the shebang line.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "support/process.hpp"

using kb::test::run_kb;

class Scripts : public kb::test::SampleKb {
 protected:
  static std::string write(const std::string& name, const std::string& text) {
    auto path = dir_->file(name);
    std::ofstream(path) << text;
    return path;
  }
};

TEST_F(Scripts, CommentsSemicolonsAndDefinesWork) {
  auto path = write("a.kbq",
                    "# Lavrov's claims, two ways\n"
                    "define lavrov = claims where speaker=\"Lavrov\"  # a comment after a statement\n"
                    "count lavrov by speaker; count claims by speaker order by count desc limit 1\n");
  auto r = run_kb(db_, {"run", path, "--format", "csv"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Sergei Lavrov,"), std::string::npos) << r.out;
  EXPECT_EQ(r.err, "");
}

TEST_F(Scripts, ParametersAreBoundAndMissingOnesStopEverything) {
  auto path = write("p.kbq", "claims where speaker=$who and date >= $since select speaker\n");
  auto ok = run_kb(db_, {"run", path, "--format", "json", "--param", "who=Peskov", "--param", "since=2025-09"});
  ASSERT_EQ(ok.status, 0) << ok.err;
  auto rows = nlohmann::json::parse(ok.out);
  ASSERT_FALSE(rows.empty());
  for (const auto& r : rows) EXPECT_EQ(r["speaker"], "Dmitry Peskov");

  auto path2 = write("p2.kbq", "count events by type\nclaims where speaker=$who\n");
  auto missing = run_kb(db_, {"run", path2});
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("$who"), std::string::npos) << missing.err;
  EXPECT_EQ(missing.out, "") << "nothing may run before the parameters are checked";
}

TEST_F(Scripts, AnErrorNamesFileLineAndColumnAndStopsTheScript) {
  auto path = write("e.kbq", "count events by type\n\nmeetings where plce=\"Alaska\"\ncount claims by speaker\n");
  auto r = run_kb(db_, {"run", path});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(path + ":3:16"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("^~~~"), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find("speaker"), std::string::npos) << "the script went on after the error";

  auto going = run_kb(db_, {"run", path, "--keep-going"});
  EXPECT_EQ(going.status, 1);
  EXPECT_NE(going.out.find("speaker"), std::string::npos) << going.out;
}

TEST_F(Scripts, ReadRunsAnotherScript) {
  write("inner.kbq", "count events by status\n");
  auto path = write("outer.kbq", ".read " + dir_->file("inner.kbq") + "\n");
  auto r = run_kb(db_, {"run", path, "--format", "csv"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("status,count", 0), 0u) << r.out;
}

TEST_F(Scripts, AShebangScriptRunsAsAProgram) {
  // `#!/usr/bin/env -S kb run` finds kb on PATH.
  auto path = write("s.kbq", "#!/usr/bin/env -S kb run --format csv\ncount events by status\n");
  chmod(path.c_str(), 0755);
  std::string bin = KB_BINARY;
  auto r = kb::test::run({path}, {}, {{"PATH", bin.substr(0, bin.rfind('/')) + ":/usr/bin:/bin"}, {"KB_DB", db_}});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("status,count", 0), 0u) << r.out;
}

TEST_F(Scripts, PipedInputIsReadLikeAScript) {
  auto r = run_kb(db_, {"repl"}, ".format csv\ncount events by status\n");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("status,count", 0), 0u) << r.out;
  EXPECT_EQ(r.out.find("kb>"), std::string::npos) << "no prompts when not on a terminal";
}
