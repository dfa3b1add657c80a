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

// A paragraph with no end of sentence (a page without full stops, a quotation never
// closed, a name followed by a million dots) is cut at the bound, on a space when one
// comes soon, and the cut noted once; the quotation ends with its cut.
TEST(Sentences, LongSentencesAreCutAtTheBound) {
  std::string words;
  while (words.size() < 3 * max_sentence_bytes) words += "Nga sẵn sàng đàm phán với Mỹ ";
  std::string dots = "Lavrov" + std::string(3 * max_sentence_bytes, '.');
  std::string quote = "Ông nói: “" + words;
  for (const auto& s : {words, dots, quote}) {
    std::vector<std::string> notes;
    auto sents = split_sentences(s, &notes);
    ASSERT_GE(sents.size(), 3u);
    for (const auto& x : sents) EXPECT_LE(x.span.end - x.span.begin, max_sentence_bytes + max_sentence_overrun);
    EXPECT_EQ(sents.back().span.end, s.size());
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_NE(notes[0].find(std::to_string(sents.size() - 1) + " sentences longer than 4096 bytes cut there"),
              std::string::npos) << notes[0];
  }
  auto words_cut = split_sentences(words);
  EXPECT_EQ(words[words_cut[0].span.end], ' ') << "cut between words";
  auto quoted = split_sentences(quote);
  ASSERT_EQ(quoted[0].quotes.size(), 1u);
  EXPECT_EQ(quoted[0].quotes[0].end, quoted[0].span.end);
  EXPECT_TRUE(quoted[1].quotes.empty()) << "the quotation ended with the cut";
}

TEST(Sentences, AbbreviationsInARunOfDots) {
  EXPECT_EQ(texts("Ông V.. Putin nói. Ông Lavrov... Ông Rubio?! Hết."),
            (std::vector<std::string>{"Ông V.. Putin nói.", "Ông Lavrov...", "Ông Rubio?!", "Hết."}));
}
