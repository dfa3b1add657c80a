#include <gtest/gtest.h>

#include "core/text.hpp"

using namespace kb::text;

TEST(Fold, RemovesDiacriticsCaseAndDStroke) {
  EXPECT_EQ(fold("Điện Kremlin"), "dien kremlin");
  EXPECT_EQ(fold("Matxcơva"), "matxcova");
  EXPECT_EQ(fold("ĐẠI HỘI ĐỒNG"), "dai hoi dong");
  EXPECT_EQ(fold("gấu giấy"), "gau giay");
}

TEST(Fold, PunctuationBecomesOneSpace) {
  EXPECT_EQ(fold("  Sergey-Lavrov,  (Nga) "), "sergey lavrov nga");
  EXPECT_EQ(fold("x'); DROP TABLE claims; --"), "x drop table claims");
  EXPECT_EQ(fold(""), "");
}

TEST(Fold, DecomposedInputFoldsLikeComposed) {
  // "ơ" written as o + combining horn (U+031B), "ệ" as e + U+0323 + U+0302.
  EXPECT_EQ(fold("Matxco\xCC\x9Bva"), "matxcova");
  EXPECT_EQ(fold("Die\xCC\xA3\xCC\x82n"), "dien");
}

TEST(Fold, OffsetsPointBackIntoTheSource) {
  std::string s = "Ông Lavrov nói";
  auto f = fold_with_offsets(s);
  ASSERT_EQ(f.text, "ong lavrov noi");
  ASSERT_EQ(f.text.size(), f.source.size());
  auto at = f.text.find("lavrov");
  EXPECT_EQ(s.substr(f.source[at], 6), "Lavrov");
}

TEST(Utf8, FindsTheFirstInvalidByte) {
  EXPECT_FALSE(invalid_utf8_at("Nga và Mỹ").has_value());
  std::string bad = "abc\xC3\x28xyz";
  ASSERT_TRUE(invalid_utf8_at(bad).has_value());
  EXPECT_EQ(*invalid_utf8_at(bad), 3u);
  EXPECT_EQ(*invalid_utf8_at(std::string("ok\xFF")), 2u);
}

TEST(Nfc, ComposesVietnamese) {
  EXPECT_EQ(nfc("Matxco\xCC\x9Bva"), "Matxcơva");
}

TEST(DisplayWidth, CountsColumnsNotBytes) {
  EXPECT_EQ(display_width("Matxcơva"), 8u);
  EXPECT_EQ(display_width("Die\xCC\xA3\xCC\x82n"), 4u);  // combining marks take no column
  EXPECT_EQ(display_width("日本"), 4u);                   // wide characters take two
}

TEST(Case, UpperAndLower) {
  EXPECT_TRUE(starts_upper("Ông"));
  EXPECT_FALSE(starts_upper("ông"));
  EXPECT_EQ(lower("ĐIỆN"), "điện");
}
