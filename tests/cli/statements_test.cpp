#include <gtest/gtest.h>

#include "cli/statements.hpp"

using namespace kb::cli;

TEST(Statements, NewlinesAndSemicolonsSeparate) {
  auto s = split_statements("events\n\nclaims; actors # all of them\n");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].text, "events");
  EXPECT_EQ(s[1].text, "claims");
  EXPECT_EQ(s[1].line, 3);
  EXPECT_EQ(s[2].text, "actors");
  EXPECT_EQ(s[2].column, 9);
}

TEST(Statements, ContinuesAfterAndOrWhereAndOpenBrackets) {
  auto s = split_statements("meetings where\n  place=\"Alaska\" and\n  date >= 2025\nevents where type in (\"call\",\n\"meeting\")\n");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].line, 1);
  EXPECT_NE(s[0].text.find("date >= 2025"), std::string::npos);
  EXPECT_EQ(s[1].line, 4);
}

TEST(Statements, QuotesHideSeparatorsAndComments) {
  auto s = split_statements("claims where text ~ \"a; b # c\"\n");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text, "claims where text ~ \"a; b # c\"");
}

TEST(Statements, NeedsMoreWhileOpen) {
  EXPECT_TRUE(needs_more("meetings where"));
  EXPECT_TRUE(needs_more("events where place=\"Ala"));
  EXPECT_TRUE(needs_more("events where (type=\"call\""));
  EXPECT_TRUE(needs_more("events where type=\"call\" AND"));
  EXPECT_FALSE(needs_more("events where type=\"call\""));
  EXPECT_FALSE(needs_more("count events by type"));
  EXPECT_FALSE(needs_more("actors where name=\"Sandor\""));  // 'or' inside a word
}
