#include <gtest/gtest.h>

#include "fixture.hpp"

using namespace kb::ingest;
using namespace kb::ingest::testing;

class Claims : public ::testing::Test {
 protected:
  Fixture f;
  Document doc;
  std::vector<ClaimFact> run(const std::string& text, const std::string& published = "2025-11-10") {
    return f.run(text, published, doc).claims;
  }
};

TEST_F(Claims, DirectQuoteAfterColon) {
  auto c = run("Bà Zakharova nêu rõ: “Bầu không khí mang tính xây dựng”.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(f.name(c[0].speaker_id), "Maria Zakharova");
  EXPECT_EQ(c[0].text, "Bầu không khí mang tính xây dựng");
  EXPECT_TRUE(c[0].direct);
}

TEST_F(Claims, QuoteBeforeTheSpeakerWithDate) {
  auto c = run("“Ngoại trưởng Marco Rubio và tôi hiểu nhu cầu liên lạc”, ông Lavrov nói hôm 9/11.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(f.name(c[0].speaker_id), "Sergei Lavrov");
  EXPECT_EQ(c[0].text, "Ngoại trưởng Marco Rubio và tôi hiểu nhu cầu liên lạc");
  EXPECT_EQ(c[0].date->label(), "2025-11-09");
}

TEST_F(Claims, ReportedWithTitleSpeakerAndRang) {
  auto c = run("Ngoại trưởng Nga nói với ông Rubio rằng Ukraine phải chịu trách nhiệm.", "2025-09-24");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(f.name(c[0].speaker_id), "Sergei Lavrov");
  EXPECT_EQ(c[0].text, "Ukraine phải chịu trách nhiệm");
  EXPECT_FALSE(c[0].direct);
}

TEST_F(Claims, AccordingToAndApposition) {
  auto c = run("Theo ông Lavrov, Mỹ dường như đang gặp khó khăn.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(f.name(c[0].speaker_id), "Sergei Lavrov");
  c = run("Ông Alexander Gusarov, Vụ trưởng Vụ Bắc Đại Tây Dương thuộc Bộ Ngoại giao Nga cho biết, hai bên có tiến bộ.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(f.name(c[0].speaker_id), "Alexander Gusarov");
}

TEST_F(Claims, NoClaimWithoutAStatement) {
  EXPECT_TRUE(run("Theo giới phân tích, quan hệ đang ở mức thấp.").empty());
  EXPECT_TRUE(run("Ngoại trưởng Nga không nêu rõ những ai sẽ dự.").empty());
  EXPECT_TRUE(run("Thỏa thuận đất hiếm Nga - Ukraine được xác nhận chính thức.").empty());
  EXPECT_TRUE(run("Ngoại trưởng Nga Sergei Lavrov phát biểu tại Qatar ngày 26-2.").empty());
  EXPECT_TRUE(run("Hôm 22/10, Tổng thống Mỹ Donald Trump đã tuyên bố hủy hội nghị thượng đỉnh.").empty());
}

TEST_F(Claims, LinkedToThePressConferenceWhereTheyWereMade) {
  auto x = f.run("Phát biểu trong cuộc họp báo ngày 25/9, bà Zakharova cho biết tình hình đang tốt lên. "
                 "Bà Zakharova nêu rõ: “Bầu không khí mang tính xây dựng”.", "2025-09-28", doc);
  ASSERT_EQ(x.events.size(), 1u);
  EXPECT_EQ(x.events[0].type, "press_conference");
  ASSERT_EQ(x.claims.size(), 2u);
  for (const auto& c : x.claims) {
    EXPECT_EQ(c.event, 0);
    EXPECT_EQ(c.date->label(), "2025-09-25");
  }
}

// Verbs of saying are a class (data/vi/speech_verbs.tsv): the same report with any of
// them is the same claim. The sentences are made up for the test.
TEST_F(Claims, EveryVerbOfSayingAttributesTheSameReport) {
  for (const char* verb : {"cho biết", "thừa nhận", "mô tả", "cáo buộc", "nhắc lại", "chỉ trích", "đề nghị",
                           "phản bác", "giải thích", "nhận xét", "lên án", "hoan nghênh", "cho biết thêm"}) {
    auto c = run(fmt::format("Ngoại trưởng Mỹ Marco Rubio {} các cuộc thảo luận với Canada đã kéo dài quá lâu.", verb));
    ASSERT_EQ(c.size(), 1u) << verb;
    EXPECT_EQ(f.name(c[0].speaker_id), "Marco Rubio") << verb;
    EXPECT_EQ(c[0].text, "các cuộc thảo luận với Canada đã kéo dài quá lâu") << verb;
  }
}

// "gọi X là Y" (calls X Y) reports words; "gọi cho X" / "gọi điện" is a phone call.
TEST_F(Claims, CallingSomethingIsSpeechCallingSomebodyIsNot) {
  auto named = run("Tổng thống Mỹ Donald Trump gọi thỏa thuận này là một bước tiến lớn.");
  ASSERT_EQ(named.size(), 1u);
  EXPECT_EQ(f.name(named[0].speaker_id), "Donald Trump");
  EXPECT_TRUE(run("Tổng thống Mỹ Donald Trump đã gọi cho Thủ tướng Canada Mark Carney hôm qua.").empty());
  EXPECT_TRUE(run("Tổng thống Mỹ Donald Trump gọi điện cho Thủ tướng Canada Mark Carney hôm qua.").empty());
}

// A bare pronoun attributing a quote continues the previous sentence's speaker, even when
// another person was named in between; without a claim just before, it is the last person named.
TEST_F(Claims, PronounAfterAQuoteContinuesThePreviousSpeaker) {
  auto c = run("Bà Zakharova khẳng định Moskva đã trao đổi với Ngoại trưởng Marco Rubio về lộ trình này. "
               "“Chúng tôi sẵn sàng tiếp tục đối thoại”, bà nói thêm.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(f.name(c[1].speaker_id), "Maria Zakharova");
  EXPECT_EQ(c[1].text, "Chúng tôi sẵn sàng tiếp tục đối thoại");
  // With no claim before, the subject of the sentence before: Lavrov, not Rubio whom he met.
  c = run("Ông Lavrov gặp Ngoại trưởng Marco Rubio tại Kuala Lumpur. “Cuộc gặp rất hữu ích”, ông nói.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(f.name(c[0].speaker_id), "Sergei Lavrov");
  // With no subject before (a sentence opening with a place), the last person named.
  c = run("Tại Kuala Lumpur, các phóng viên chờ đợi Ngoại trưởng Marco Rubio. “Cuộc gặp rất hữu ích”, ông nói.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(f.name(c[0].speaker_id), "Marco Rubio");
}

// A title used alone whose office has several holders refers back to the last of them named
// in the same document ("Đặc phái viên Mỹ" after Witkoff is Witkoff, after Kellogg Kellogg).
TEST_F(Claims, TitleAloneRefersBackToTheLastHolderNamed) {
  const std::pair<const char*, const char*> cases[] = {
      {"Ông Steve Witkoff tới Moskva hôm thứ Năm. Đặc phái viên Mỹ cho biết hai bên sẽ tiếp tục trao đổi.", "Steve Witkoff"},
      {"Ông Keith Kellogg gặp ông Zelensky tại Kiev. Đặc phái viên Mỹ nhấn mạnh Washington muốn hòa bình sớm.", "Keith Kellogg"},
  };
  for (const auto& [text, speaker] : cases) {
    auto c = run(text);
    ASSERT_EQ(c.size(), 1u) << text;
    EXPECT_EQ(f.name(c[0].speaker_id), speaker) << text;
  }
}
