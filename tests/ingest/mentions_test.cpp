#include <gtest/gtest.h>

#include "fixture.hpp"

using namespace kb::ingest;
using namespace kb::ingest::testing;

class Mentions : public ::testing::Test {
 protected:
  Fixture f;
  std::vector<std::string> people(const std::string& text, const std::string& published) {
    Document doc;
    f.run(text, published, doc);
    std::vector<std::string> out;
    for (const auto& m : doc.mentions)
      if (m.actor_kind == "person") out.push_back(f.name(m.actor_id));
    return out;
  }
};

TEST_F(Mentions, TitleAloneResolvesThroughRolesOnTheDate) {
  EXPECT_EQ(people("Ngoại trưởng Nga cho biết như vậy.", "2025-09-28"), std::vector<std::string>{"Sergei Lavrov"});
  EXPECT_EQ(people("Tổng thống Mỹ cho biết như vậy.", "2025-09-28"), std::vector<std::string>{"Donald Trump"});
  EXPECT_EQ(people("Tổng thống Mỹ cho biết như vậy.", "2022-03-01"), std::vector<std::string>{"Joe Biden"});
  EXPECT_EQ(people("Trong nhiệm kỳ của cựu tổng thống Mỹ Joe Biden, mọi việc khác.", "2025-02-26"),
            std::vector<std::string>{"Joe Biden"});
}

TEST_F(Mentions, DiacriticInsensitiveLongestMatchAndShortForms) {
  auto p = people("Ong Sergey Lavrov den Matxcova. Sau do ông Lavrov về.", "2025-01-10");
  EXPECT_EQ(p, (std::vector<std::string>{"Sergei Lavrov", "Sergei Lavrov"}));
  Document doc;
  f.run("Bộ Ngoại giao Nga ra thông báo.", "2025-01-10", doc);
  ASSERT_FALSE(doc.mentions.empty());
  EXPECT_EQ(f.name(doc.mentions[0].actor_id), "Russian Foreign Ministry");  // not just "Nga"
}

TEST_F(Mentions, UnknownPeopleIntroducedByTitleOrHonorificBecomeActors) {
  auto p = people("Phát biểu với báo giới, ông Alexander Gusarov, Vụ trưởng Vụ Bắc Đại Tây Dương thuộc Bộ Ngoại giao Nga cho biết "
                  "như vậy. Theo ông Gusarov, tiến trình chậm. Người phát ngôn Bộ Ngoại giao Mỹ Tommy Pigott nói thêm.",
                  "2025-12-24");
  EXPECT_EQ(p, (std::vector<std::string>{"Alexander Gusarov", "Alexander Gusarov", "Tommy Pigott"}));
  SQLite::Statement st(*f.db, "SELECT a.origin, r.title, o.name FROM actors a JOIN actor_roles r ON r.actor_id = a.id "
                              "JOIN actors o ON o.id = r.of_actor_id WHERE a.name = 'Alexander Gusarov'");
  ASSERT_TRUE(st.executeStep());
  EXPECT_EQ(st.getColumn(0).getString(), "extracted");
  EXPECT_EQ(st.getColumn(1).getString(), "department director");
  EXPECT_EQ(st.getColumn(2).getString(), "Russian Foreign Ministry");
  SQLite::Statement none(*f.db, "SELECT count(*) FROM actors WHERE name LIKE 'Vụ%'");
  none.executeStep();
  EXPECT_EQ(none.getColumn(0).getInt(), 0) << "a department is no person";
}

TEST_F(Mentions, HonorificAloneIsTheLastPersonNamed) {
  Document doc;
  f.run("Ông Peskov phát biểu. Ông cho biết thêm.", "2025-01-10", doc);
  ASSERT_EQ(doc.mentions.size(), 2u);
  EXPECT_TRUE(doc.mentions[1].pronoun);
  EXPECT_EQ(f.name(doc.mentions[1].actor_id), "Dmitry Peskov");
}

TEST_F(Mentions, HyphenatedNamesUnknownBodiesAndUnheldTitles) {
  auto p = people("Người phát ngôn Bộ Thống nhất Hàn Quốc Koo Byoung-sam cho hay như vậy. "
                  "Bà Kang Mi-jin, chuyên gia tại Viện Nghiên cứu, nhận định khác.", "2025-04-03");
  EXPECT_EQ(p, (std::vector<std::string>{"Koo Byoung-sam", "Kang Mi-jin"}));
  // Nobody known holds the office: the country stands for the office holder.
  Document doc;
  f.run("Tổng thống Hàn Quốc đã gặp Thủ tướng Nhật Bản.", "2025-02-10", doc);
  std::vector<std::string> actors;
  for (const auto& m : doc.mentions)
    if (!m.in_title) actors.push_back(f.name(m.actor_id));
  EXPECT_EQ(actors, (std::vector<std::string>{"South Korea", "Japan"}));
}
