// Every example in docs/LANGUAGE.md compiles (and, on the fixture, runs).
#include <gtest/gtest.h>

#include <fstream>
#include <regex>

#include "fixture.hpp"

using namespace kb;

class Docs : public test::FixtureTest {};

// Backquoted statements in the reference's tables, in order.
static std::vector<std::string> examples() {
  std::ifstream in(KB_SOURCE_DIR "/docs/LANGUAGE.md");
  std::vector<std::string> out;
  auto starts = dsl::entity_names();
  for (auto k : {"count", "define", "explain", "ru_us"}) starts.emplace_back(k);
  std::regex code("`([^`]+)`");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("|", 0) != 0) continue;
    for (auto it = std::sregex_iterator(line.begin(), line.end(), code); it != std::sregex_iterator(); ++it) {
      auto text = (*it)[1].str();
      auto first = text.substr(0, text.find(' '));
      bool placeholder = std::regex_search(text, std::regex("ENTITY|QUERY|NAME|FIELD|CONDITION|COLUMN"));
      if (!placeholder && text.find(' ') != std::string::npos &&
          std::find(starts.begin(), starts.end(), first) != starts.end())
        out.push_back(text);
    }
  }
  return out;
}

TEST_F(Docs, EveryExampleRuns) {
  auto all = examples();
  EXPECT_GT(all.size(), 50u);
  dsl::Session s(db_);
  s.set_param("who", "Peskov");
  for (const auto& q : all) {
    SCOPED_TRACE(q);
    test::run(*db_, s, q);
  }
}
