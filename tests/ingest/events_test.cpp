#include <gtest/gtest.h>

#include "fixture.hpp"

using namespace kb::ingest;
using namespace kb::ingest::testing;

class Events : public ::testing::Test {
 protected:
  Fixture f;
  Document doc;
  std::vector<EventFact> run(const std::string& text, const std::string& published = "2025-11-10") {
    return f.run(text, published, doc).events;
  }
};

TEST_F(Events, TypeParticipantsPlaceDate) {
  auto e = run("Ngày 15/8, Tổng thống Nga Putin và Tổng thống Mỹ Donald Trump gặp nhau tại thành phố Anchorage.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].type, "meeting");
  EXPECT_EQ(e[0].status, "happened");
  EXPECT_EQ(e[0].date->label(), "2025-08-15");
  auto who = f.names(e[0].participants);
  EXPECT_TRUE(contains(who, "Vladimir Putin") && contains(who, "Donald Trump"));
  EXPECT_NE(e[0].place_id, 0);
}

TEST_F(Events, PlannedAndCancelled) {
  auto e = run("Hôm 22/10, Tổng thống Mỹ Donald Trump đã tuyên bố hủy hội nghị thượng đỉnh với Tổng thống Nga Putin tại Hungary.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].type, "summit");
  EXPECT_EQ(e[0].status, "cancelled");
  e = run("Quan chức Nga và Mỹ sẽ gặp nhau ở Istanbul ngày 27-2.", "2025-02-26");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].status, "planned");
  EXPECT_EQ(e[0].date->label(), "2025-02-27");
}

TEST_F(Events, NegatedHypotheticalGenericAndAnaphoricMentionsAreNoEvents) {
  EXPECT_TRUE(run("Hai bên vẫn chưa thống nhất được phương án tổ chức cuộc gặp trực tiếp.").empty());
  EXPECT_TRUE(run("Hai nhà lãnh đạo có thể sẽ điện đàm nếu cần thiết.").empty());
  EXPECT_TRUE(run("Ông Lavrov nói các cuộc tham vấn là cần thiết.").empty());
  EXPECT_TRUE(run("Nga vẫn sẵn sàng đàm phán.").empty());
  EXPECT_TRUE(run("Mỹ dường như đang gặp khó khăn.").empty());
  EXPECT_TRUE(run("Bà Zakharova đánh giá tích cực cuộc hội đàm trên.").empty());
}

TEST_F(Events, ReportedEventTakesParticipantsFromTheStatement) {
  auto e = run("Ngoại trưởng Nga xác nhận quan chức Nga và Mỹ sẽ gặp nhau ở Istanbul ngày 27-2.", "2025-02-26");
  ASSERT_EQ(e.size(), 1u);
  auto who = f.names(e[0].participants);
  EXPECT_FALSE(contains(who, "Sergei Lavrov")) << "the speaker is not a participant";
  EXPECT_TRUE(contains(who, "Russia") && contains(who, "United States"));
}

TEST_F(Events, DatesAndPlacesBelongToTheNearestTrigger) {
  auto e = run("Ngoại trưởng Mỹ Marco Rubio đã điện đàm với người đồng cấp Philippines Enrique Manalo hôm 3/8 "
               "và nhất trí sẽ gặp nhau tại Manila vào tháng 9.", "2025-08-05");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].type, "call");
  EXPECT_EQ(e[0].date->label(), "2025-08-03");
  EXPECT_EQ(e[0].place_id, 0) << "Manila is where they will meet, not where they called";
  EXPECT_EQ(e[1].type, "meeting");
  EXPECT_EQ(e[1].status, "planned");
  EXPECT_EQ(e[1].date->label(), "2025-09");
  EXPECT_NE(e[1].place_id, 0);
}

// "A hai ngày trước khi B hôm 11/3": B has its own date, A is two days before it; "A một
// ngày sau khi B": B is the day before A.
TEST_F(Events, ARelationDatesEachSideOfIt) {
  auto dated = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& x : run(text, "2025-03-13")) out.push_back(x.type + " " + (x.date ? x.date->label() : "-"));
    return out;
  };
  EXPECT_EQ(dated("Ngoại trưởng Mỹ Marco Rubio đã điện đàm với người đồng cấp Philippines Enrique Manalo hai ngày trước "
                  "khi hai người gặp nhau tại Manila hôm 11/3."),
            (std::vector<std::string>{"call 2025-03-09", "meeting 2025-03-11"}));
  EXPECT_TRUE(contains(dated("Hôm 11/3, hai ngoại trưởng gặp nhau tại Manila. Cuộc gặp diễn ra một ngày sau khi ông "
                             "Rubio điện đàm với người đồng cấp Philippines Enrique Manalo."),
                       "call 2025-03-10"));
}

TEST_F(Events, PossessorsAreNotParticipantsCompanionsAre) {
  auto e = run("Ngày 2/12, Tổng thống Nga Vladimir Putin đã tiếp đặc phái viên Steve Witkoff của Tổng thống Mỹ Donald Trump, "
               "cùng ông Jared Kushner, tại Điện Kremlin.", "2025-12-24");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(f.names(e[0].participants), (std::vector<std::string>{"Vladimir Putin", "Steve Witkoff", "Jared Kushner"}));
  EXPECT_NE(e[0].place_id, 0);
}

// A plural noun phrase refers back to the last two holders of its title named before
// ("hai ngoại trưởng": foreign ministers, not the president named in between).
TEST_F(Events, PluralNounPhraseRefersToTheLastTwoHoldersOfItsTitle) {
  auto e = run("Ngoại trưởng Nga Sergei Lavrov và Ngoại trưởng Mỹ Marco Rubio có mặt tại Kuala Lumpur hôm 10/7. "
               "Tổng thống Mỹ Donald Trump cũng lên tiếng ủng hộ. "
               "Hai ngoại trưởng đã hội đàm kéo dài 50 phút.", "2025-07-11");
  ASSERT_EQ(e.size(), 1u);
  auto who = f.names(e[0].participants);
  EXPECT_TRUE(contains(who, "Sergei Lavrov") && contains(who, "Marco Rubio"));
  EXPECT_FALSE(contains(who, "Donald Trump"));
}

// "hai nhà lãnh đạo": the last two heads of state or government, not a minister named later.
TEST_F(Events, TwoLeadersAreTheLastTwoHeadsOfStateOrGovernment) {
  auto e = run("Tổng thống Nga Vladimir Putin và Tổng thống Mỹ Donald Trump trao đổi thư từ trong tuần. "
               "Ngoại trưởng Nga Sergei Lavrov xác nhận thông tin. "
               "Cuộc điện đàm giữa hai nhà lãnh đạo diễn ra hôm thứ Ba.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].type, "call");
  auto who = f.names(e[0].participants);
  EXPECT_TRUE(contains(who, "Vladimir Putin") && contains(who, "Donald Trump"));
  EXPECT_FALSE(contains(who, "Sergei Lavrov"));
}

// A condition anywhere in the trigger's clause makes it hypothetical, however far after.
TEST_F(Events, ConditionLaterInTheClauseIsNoEvent) {
  EXPECT_TRUE(run("Hai ngoại trưởng sẽ gặp nhau thêm một lần ở châu Á nếu tình hình cho phép.").empty());
}
