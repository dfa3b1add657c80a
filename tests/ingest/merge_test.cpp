#include <gtest/gtest.h>

#include "fixture.hpp"
#include "ingest/merge.hpp"

using namespace kb;
using namespace kb::ingest;
using namespace kb::ingest::testing;

class Merge : public ::testing::Test {
 protected:
  Fixture f;
  Gazette g = *Gazette::load(*f.db);
  long long id(const std::string& name) { return g.actor_by_name.at(name); }
};

// The call written about on 6/11 is the call of 21/10: the day of the writing is not its.
TEST_F(Merge, ACallWrittenAboutLaterIsOneEventWithBothAccounts) {
  Document doc;
  auto x = f.run("Hôm 22/10, ông Trump nói. Trước đó một ngày, Ngoại trưởng Nga Lavrov có cuộc điện đàm với Ngoại trưởng Mỹ Rubio. "
                 "Hôm 6/11, báo chí viết về cuộc điện đàm giữa Lavrov và Rubio.", "2025-11-10", doc);
  ASSERT_EQ(x.events.size(), 1u);
  EXPECT_EQ(x.events[0].date->label(), "2025-10-21");
  ASSERT_EQ(x.events[0].sources.size(), 2u);
  EXPECT_FALSE(x.events[0].sources[1].date);  // the account written about gives no day of its own
}

// Told on two days close together, one pair's call is one call (one account misdated);
// a week apart, two calls.
TEST_F(Merge, OnePairsCallsDaysApart) {
  Document doc;
  auto one = f.run("Ngày 21/10, Ngoại trưởng Nga Lavrov điện đàm với Ngoại trưởng Mỹ Rubio.\n\n"
                   "Cuộc điện đàm hôm 22/10 giữa ông Lavrov và ông Rubio kéo dài một giờ.", "2025-11-10", doc);
  EXPECT_EQ(one.events.size(), 1u);
  auto two = f.run("Ngày 21/10, Ngoại trưởng Nga Lavrov điện đàm với Ngoại trưởng Mỹ Rubio.\n\n"
                   "Ngày 6/11, ông Lavrov lại điện đàm với ông Rubio.", "2025-11-10", doc);
  EXPECT_EQ(two.events.size(), 2u);
}

TEST_F(Merge, AcrossArticlesNeedsADateOrAPlace) {
  EventView a{"talks", "planned", std::nullopt, 0, {id("Russia"), id("United States")}};
  EventView b{"talks", "planned", DateRange::of_day(2025, 2, 27), 0, {id("Russia"), id("United States")}};
  EXPECT_TRUE(same_event(a, b, g, false));
  EXPECT_FALSE(same_event(a, b, g, true));
  EventView m1{"meeting", "happened", DateRange::of_month(2025, 8), 0, {id("Donald Trump"), id("Vladimir Putin")}};
  EventView m2{"summit", "happened", DateRange::of_day(2025, 8, 15), 0, {id("Vladimir Putin")}};
  EXPECT_TRUE(same_event(m1, m2, g, true));
  m2.date = DateRange::of_day(2025, 12, 2);
  EXPECT_FALSE(same_event(m1, m2, g, true)) << "Trump and Putin meeting in December is another meeting";
  EventView call{"call", "happened", DateRange::of_day(2025, 8, 15), 0, {id("Vladimir Putin")}};
  EXPECT_FALSE(same_event(m1, call, g, true)) << "a call is no meeting";
}

TEST_F(Merge, APlanIsNoOccurrenceInAnotherArticle) {
  EventView plan{"visit", "planned", DateRange::of_month(2025, 7), 0, {id("Donald Trump")}};
  EventView visit{"visit", "happened", DateRange::of_day(2025, 7, 14), 0, {id("Donald Trump"), id("Keir Starmer")}};
  EXPECT_FALSE(same_event(plan, visit, g, true));
  plan.date = DateRange::of_day(2025, 7, 14);
  EXPECT_TRUE(same_event(plan, visit, g, true)) << "announced, then held on the same day";
}

// One account names the countries, the other their people: the same talks when the
// countries are those people's.
TEST_F(Merge, CountriesAndTheirPeopleAreOneSide) {
  EventView nations{"talks", "happened", DateRange::of_month(2025, 2), 0, {id("Russia"), id("United States")}};
  EventView people{"talks", "happened", DateRange::of_day(2025, 2, 18), 0, {id("Sergei Lavrov"), id("Marco Rubio")}};
  EXPECT_TRUE(same_event(nations, people, g, true));
  EXPECT_TRUE(same_event(people, nations, g, true));
  EventView others{"talks", "happened", DateRange::of_day(2025, 2, 18), 0, {id("Sergei Lavrov"), id("Hakan Fidan")}};
  EXPECT_FALSE(same_event(nations, others, g, true)) << "Turkey is not the United States";
}

// Across articles a bare year may be off by one (read against another article's time), not
// by more: talks in Istanbul in 2022 are not the talks there in June 2025.
TEST_F(Merge, AcrossArticlesABareYearStillKeepsYearsApart) {
  SQLite::Statement st(*f.db, "SELECT id FROM places WHERE name = 'Istanbul'");
  ASSERT_TRUE(st.executeStep());
  long long istanbul = st.getColumn(0).getInt64();
  EventView old{"talks", "happened", DateRange::of_year(2022), istanbul, {id("Russia"), id("Ukraine")}};
  EventView now{"talks", "happened", DateRange::of_day(2025, 6, 2), istanbul, {id("Russia"), id("Ukraine")}};
  EXPECT_FALSE(same_event(old, now, g, true));
  old.date = DateRange::of_year(2025);
  EXPECT_TRUE(same_event(old, now, g, true));
}

// An interview is given to an outlet: the same person's interviews with two outlets on one
// day are two interviews.
TEST_F(Merge, InterviewsWithTwoOutletsAreTwo) {
  EventView cnn{"interview", "happened", DateRange::of_day(2025, 10, 24), 0, {id("Kirill Dmitriev"), id("CNN")}};
  EventView fox{"interview", "happened", DateRange::of_day(2025, 10, 24), 0, {id("Kirill Dmitriev"), id("Fox News")}};
  EXPECT_FALSE(same_event(cnn, fox, g, false));
  EventView again{"interview", "happened", std::nullopt, 0, {id("Kirill Dmitriev"), id("CNN")}};
  EXPECT_TRUE(same_event(cnn, again, g, false));
}
