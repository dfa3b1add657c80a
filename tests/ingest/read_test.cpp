#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "fixture.hpp"
#include "ingest/header.hpp"
#include "ingest/read.hpp"

using namespace kb;
using namespace kb::ingest;

TEST(Read, DateHeaderGivesPublicationAndTitle) {
  auto d = read_bytes(" date 2025-09-28 Ngoại trưởng Nga: tiêu đề\n\nThân bài.", "a.txt");
  ASSERT_TRUE(d);
  ASSERT_TRUE(d->published);
  EXPECT_EQ(d->published->label(), "2025-09-28");
  EXPECT_EQ(d->title, "Ngoại trưởng Nga: tiêu đề");
  EXPECT_EQ(d->text.find("date"), std::string::npos);
}

TEST(Read, TimestampLineAfterTitle) {
  auto d = read_bytes("Nga - Mỹ đàm phán\n\n21:00 26/02/2025\n\nThân bài.", "b.txt");
  ASSERT_TRUE(d);
  ASSERT_TRUE(d->published);
  EXPECT_EQ(d->published->label(), "2025-02-26");
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

// Page headers (ingest/header.hpp): a line that is a date stamp, in the shapes sites use,
// among breadcrumbs, bylines and the title. The lines here are made up for the test.
TEST(Header, DateStampLinesInManyShapes) {
  struct Case { const char* line; const char* date; };
  for (auto [line, date] : std::initializer_list<Case>{
           {"Thứ Ba, 4/3/2025, 09:30 (GMT+7)", "2025-03-04"},
           {"Chủ nhật, 04/03/2025 09:30", "2025-03-04"},
           {"04/03/2025 09:30 GMT+7", "2025-03-04"},
           {"Cập nhật lúc 09:30 | 04/03/2025 GMT+7", "2025-03-04"},
           {"Cập nhật: 4-3-2025 9:30", "2025-03-04"},
           {"09:30 GMT 4.3.2025", "2025-03-04"},
           {"Posted : 2025-03-04 09:30", "2025-03-04"},
           {"2025-03-04", "2025-03-04"},
           {"Tháng 3/2025", "2025-03"}}) {
    auto d = date_line(line);
    ASSERT_TRUE(d) << line;
    EXPECT_EQ(d->label(), date) << line;
  }
}

TEST(Header, LinesThatSayMoreThanADateAreNoStamp) {
  for (const char* line : {"Ngày 4/3/2025, hai ngoại trưởng gặp nhau tại Hà Nội",
                           "Từ 4/3/2025 đến 6/3/2025",               // two dates: a range
                           "Hội nghị diễn ra trong tháng 3/2025 tại Hà Nội",
                           "Giá dầu tăng 4.3% trong phiên 09:30",     // no date at all
                           "31/2/2025 09:30"})                        // no such day
    EXPECT_FALSE(date_line(line)) << line;
}

TEST(Header, BreadcrumbsAndBylinesAreNotTheTitle) {
  auto d = read_bytes("Báo Mẫu › Thế giới › Châu Á\n\nThứ Ba, 4/3/2025, 09:30 (GMT+7)\n\n"
                      "Thủ tướng Nhật Bản sẽ thăm Hà Nội vào tuần tới theo lời mời của Việt Nam\n\n"
                      "Minh Anh\n\n"
                      "Người phát ngôn Bộ Ngoại giao cho biết chuyến thăm nhằm thúc đẩy quan hệ đối tác, "
                      "trong bối cảnh hai nước kỷ niệm quan hệ ngoại giao. Hai bên sẽ ký nhiều văn kiện.\n",
                      "h.txt");
  ASSERT_TRUE(d);
  ASSERT_TRUE(d->published);
  EXPECT_EQ(d->published->label(), "2025-03-04");
  EXPECT_EQ(d->title, "Thủ tướng Nhật Bản sẽ thăm Hà Nội vào tuần tới theo lời mời của Việt Nam");
  EXPECT_EQ(d->text.find("09:30"), std::string::npos) << "the stamp is taken out of the text";
}

TEST(Header, ADateInTheBodyIsNoPublicationDate) {
  auto d = read_bytes("Tiêu đề bài viết về cuộc gặp\n\nHai bộ trưởng gặp nhau tại Hà Nội hôm nay, trao đổi về "
                      "hợp tác kinh tế và an ninh khu vực. Cuộc gặp kéo dài hai giờ.\n\n04/03/2025 09:30\n",
                      "b.txt");
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->published);
}

TEST(Header, AMonthOnlyHeaderGivesAMonth) {
  auto d = read_bytes(" date 2025-06 Tiêu đề\n\nThân bài.", "m.txt");
  ASSERT_TRUE(d);
  ASSERT_TRUE(d->published);
  EXPECT_EQ(d->published->label(), "2025-06");
  EXPECT_EQ(d->title, "Tiêu đề");
  EXPECT_EQ(d->reference_day(), (Day{2025, 6, 15}));
}
