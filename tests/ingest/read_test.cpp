#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "fixture.hpp"
#include "ingest/read.hpp"

using namespace kb;
using namespace kb::ingest;

TEST(Read, DateHeaderGivesPublicationAndTitle) {
  auto d = read_bytes(" date 2025-09-28 Ngoại trưởng Nga: tiêu đề\n\nThân bài.", "a.txt");
  ASSERT_TRUE(d);
  ASSERT_TRUE(d->published);
  EXPECT_EQ(iso(*d->published), "2025-09-28");
  EXPECT_EQ(d->title, "Ngoại trưởng Nga: tiêu đề");
  EXPECT_EQ(d->text.find("date"), std::string::npos);
}

TEST(Read, TimestampLineAfterTitle) {
  auto d = read_bytes("Nga - Mỹ đàm phán\n\n21:00 26/02/2025\n\nThân bài.", "b.txt");
  ASSERT_TRUE(d);
  ASSERT_TRUE(d->published);
  EXPECT_EQ(iso(*d->published), "2025-02-26");
  EXPECT_EQ(d->title, "Nga - Mỹ đàm phán");
  EXPECT_EQ(d->text.find("21:00"), std::string::npos);
}

TEST(Read, NoDateAtAll) {
  auto d = read_bytes("\nTiêu đề\nNgày 24-9, hai bên gặp nhau.", "c.txt");
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->published);
  EXPECT_EQ(d->title, "Tiêu đề");
}

TEST(Read, InvalidUtf8NamesFileAndByte) {
  std::string bytes = "Xin chào\xff\xfe";
  auto d = read_bytes(bytes, "bad.txt");
  ASSERT_FALSE(d);
  EXPECT_NE(d.error().message.find("UTF-8"), std::string::npos);
  EXPECT_EQ(d.error().where, "bad.txt: byte 9");  // "à" is two bytes
}

TEST(Read, EmptyBinaryAndDirectoryAreOneLineErrors) {
  EXPECT_EQ(read_bytes("  \n", "e.txt").error().message, "empty file");
  EXPECT_NE(read_bytes(std::string("ab\0cd", 5), "bin.txt").error().message.find("binary"), std::string::npos);
  auto dir = std::filesystem::temp_directory_path();
  EXPECT_NE(read_file(dir.string()).error().message.find("folder"), std::string::npos);
  EXPECT_FALSE(read_file("/no/such/file.txt"));
}

TEST(Read, NormalisesToNfc) {
  // "ộ" written decomposed (o + combining dot below + combining circumflex).
  auto d = read_bytes("B\x6f\xcc\xa3\xcc\x82 Ngoại giao", "nfd.txt");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->text, "Bộ Ngoại giao");
}
