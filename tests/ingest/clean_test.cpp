#include <gtest/gtest.h>

#include "fixture.hpp"
#include "ingest/clean.hpp"

using namespace kb::ingest;

class Clean : public ::testing::Test {
 protected:
  Lexicon lx = *Lexicon::load(kb::ingest::testing::kData + "/vi");
};

TEST_F(Clean, PhotoCreditGoesCaptionStays) {
  auto out = clean_text("Ông Lavrov họp báo tại New York ngày 27/9/2025. Ảnh: JOHN PENNEY/PASSBLUE\n"
                        "Ông Peskov - Ảnh: REUTERS\nNgoại trưởng Nga – ông Sergei Lavrov (ảnh: RT)", lx.boilerplate);
  EXPECT_EQ(out, "Ông Lavrov họp báo tại New York ngày 27/9/2025.\nÔng Peskov\nNgoại trưởng Nga – ông Sergei Lavrov");
}

TEST_F(Clean, CommentWidgetAndRelatedLinksEndTheArticle) {
  const std::string body = "Ngoại trưởng hai nước đã gặp nhau tại Hà Nội để bàn về hợp tác kinh tế và an ninh khu vực.";
  auto out = clean_text(body + "\nTối đa: 1500 ký tự\nHiện chưa có bình luận nào", lx.boilerplate);
  EXPECT_EQ(out, body);
  out = clean_text(body + "\n\nCó thể bạn quan tâm\nToyota hiace van for sale\nSydney", lx.boilerplate);
  EXPECT_EQ(out, body);
}

// Above the first paragraph an end marker is a menu or a box: its line goes, the article stays.
TEST_F(Clean, AnEndMarkerAboveTheArticleIsOnlyItsLine) {
  const std::string body = "Ngoại trưởng hai nước đã gặp nhau tại Hà Nội để bàn về hợp tác kinh tế và an ninh khu vực.";
  EXPECT_EQ(clean_text("Tin liên quan\n" + body, lx.boilerplate), body);
  EXPECT_EQ(clean_text("Thời sự\nCó thể bạn quan tâm\n" + body + "\nTin liên quan\nMột tin khác", lx.boilerplate),
            "Thời sự\n" + body);
}

TEST_F(Clean, TeaserLineAndBylineDropped) {
  auto out = clean_text("Câu một.\n  • Ông Trump nói gì đó ĐỌC NGAY\nCâu hai.\n\nMinh Phương\n\nNguồn: TASS", lx.boilerplate);
  EXPECT_EQ(out, "Câu một.\nCâu hai.\nNguồn: TASS");
}

// A dateline before a paragraph's first words is the outlet and where it files from.
TEST_F(Clean, DatelinesAreTakenOff) {
  const std::string body = "Hội nghị thượng đỉnh khép lại chiều qua với một tuyên bố chung dài năm điểm.";
  for (const char* line : {"VOV.VN - ", "(NLĐO) - ", "HÀ NỘI (TTXVN) – ", "HÀ NỘI – ", "(Dân trí) - ", "GENEVA, Nov 24 (Wire) - ",
                           "KYIV/BRUSSELS, Nov. 24 (AP) – "})
    EXPECT_EQ(clean_text(line + body, lx.boilerplate), body) << line;
  // A headline's "Nga - Mỹ" is no dateline.
  EXPECT_EQ(clean_text("Nga - Mỹ nhất trí nối lại đối thoại", lx.boilerplate), "Nga - Mỹ nhất trí nối lại đối thoại");
  EXPECT_EQ(clean_text("Putin - Trump: cuộc gặp lịch sử", lx.boilerplate), "Putin - Trump: cuộc gặp lịch sử");
  EXPECT_EQ(clean_text("EU - Trung Quốc nhất trí tăng cường hợp tác", lx.boilerplate), "EU - Trung Quốc nhất trí tăng cường hợp tác");
  EXPECT_EQ(clean_text("Trump 2 - Putin 0: the summit scorecard", lx.boilerplate), "Trump 2 - Putin 0: the summit scorecard");
}
