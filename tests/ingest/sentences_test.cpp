#include <gtest/gtest.h>

#include "ingest/sentences.hpp"

using namespace kb::ingest;

static std::vector<std::string> texts(const std::string& s) {
  std::vector<std::string> out;
  for (const auto& x : split_sentences(s)) out.push_back(s.substr(x.span.begin, x.span.end - x.span.begin));
  return out;
}

TEST(Sentences, QuotationStaysWithItsAttribution) {
  std::string s = "Ông Lavrov nói: “Câu một. Câu hai”. Ông Peskov phản đối.";
  auto t = texts(s);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0], "Ông Lavrov nói: “Câu một. Câu hai”.");
  auto sents = split_sentences(s);
  ASSERT_EQ(sents[0].quotes.size(), 1u);
  EXPECT_EQ(s.substr(sents[0].quotes[0].begin, sents[0].quotes[0].end - sents[0].quotes[0].begin), "Câu một. Câu hai");
}

TEST(Sentences, DatesInitialsAndParagraphs) {
  auto t = texts("Ngày 27/9/2025, V. Putin gặp ông Trump. Hôm 24-9 hai bên họp.\nĐoạn mới không có dấu chấm");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0], "Ngày 27/9/2025, V. Putin gặp ông Trump.");
  EXPECT_EQ(t[1], "Hôm 24-9 hai bên họp.");
  EXPECT_EQ(t[2], "Đoạn mới không có dấu chấm");
}

TEST(Sentences, StraightQuotesAndUnclosedQuoteAtParagraphEnd) {
  std::string s = "\"Cuộc gặp sẽ diễn ra. Tôi nghĩ vậy\", ông Lavrov nói.\nÔng nói: \"Câu chưa đóng";
  auto sents = split_sentences(s);
  ASSERT_EQ(sents.size(), 2u);
  ASSERT_EQ(sents[1].quotes.size(), 1u);
  EXPECT_EQ(s.substr(sents[1].quotes[0].begin, sents[1].quotes[0].end - sents[1].quotes[0].begin), "Câu chưa đóng");
}
