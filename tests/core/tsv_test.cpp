#include <gtest/gtest.h>

#include "core/tsv.hpp"

using namespace kb;

TEST(Tsv, TabsOrTwoSpacesSeparateColumns) {
  auto t = tsv::parse("# comment\nname\tkind  aliases\n\nMoscow\tcity    Moskva|Matxcơva\nAlaska  region\t-\n",
                      "places.tsv", {"name", "kind"});
  ASSERT_TRUE(t) << t.error().message;
  ASSERT_EQ(t->rows.size(), 2u);
  EXPECT_EQ(t->get(t->rows[0], "name"), "Moscow");
  EXPECT_EQ(tsv::split_list(t->get(t->rows[0], "aliases")), (std::vector<std::string>{"Moskva", "Matxcơva"}));
  EXPECT_EQ(t->get(t->rows[1], "aliases"), "");
  EXPECT_EQ(t->rows[1].line, 5);
}

TEST(Tsv, ErrorsNameFileAndLine) {
  auto t = tsv::parse("a\tb\n1\t2\t3\n", "x.tsv");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().where, "x.tsv:2");
  auto missing = tsv::parse("a\tb\n", "y.tsv", {"c"});
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("'c'"), std::string::npos);
}
