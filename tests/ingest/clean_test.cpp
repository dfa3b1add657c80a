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
  auto out = clean_text("Thân bài.\nTối đa: 1500 ký tự\nHiện chưa có bình luận nào", lx.boilerplate);
  EXPECT_EQ(out, "Thân bài.");
  out = clean_text("Thân bài.\n\nCó thể bạn quan tâm\nToyota hiace van for sale\nSydney", lx.boilerplate);
  EXPECT_EQ(out, "Thân bài.");
}

TEST_F(Clean, TeaserLineAndBylineDropped) {
  auto out = clean_text("Câu một.\n  • Ông Trump nói gì đó ĐỌC NGAY\nCâu hai.\n\nMinh Phương\n\nNguồn: TASS", lx.boilerplate);
  EXPECT_EQ(out, "Câu một.\nCâu hai.\nNguồn: TASS");
}
