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
  f.run("Tổng thống Ghana đã gặp Thủ tướng Nepal.", "2025-02-10", doc);
  std::vector<std::string> actors;
  for (const auto& m : doc.mentions)
    if (!m.in_title) actors.push_back(f.name(m.actor_id));
  EXPECT_EQ(actors, (std::vector<std::string>{"Ghana", "Nepal"}));
}

// --- The gazetteer on sentences of our own (data/actors.tsv, places.tsv, roles.tsv).

// Every mention as the actor's name, or "@place" when it names only a place.
static std::vector<std::string> named(Fixture& f, const std::string& text, const std::string& published = "2025-06-10") {
  Document doc;
  f.run(text, published, doc);
  std::vector<std::string> out;
  for (const auto& m : doc.mentions) {
    if (m.actor_id) out.push_back(f.name(m.actor_id));
    else if (m.place_id) {
      SQLite::Statement st(*f.db, "SELECT name FROM places WHERE id = ?");
      st.bind(1, static_cast<int64_t>(m.place_id));
      out.push_back(st.executeStep() ? "@" + st.getColumn(0).getString() : "@?");
    }
  }
  return out;
}

TEST_F(Mentions, CountriesByTheirVietnameseFormsAndCapitalMetonyms) {
  using V = std::vector<std::string>;
  EXPECT_EQ(named(f, "Pa-ki-xtan và Ấn Độ đã đạt thỏa thuận."), (V{"Pakistan", "India"}));
  EXPECT_EQ(named(f, "Islamabad và New Delhi đã đạt thỏa thuận."), (V{"Pakistan", "India"}));
  EXPECT_EQ(named(f, "Ả Rập Xê Út, Thổ Nhĩ Kỳ và Ô-man hoan nghênh điều đó."), (V{"Saudi Arabia", "Turkey", "Oman"}));
  EXPECT_EQ(named(f, "Xéc-bi-a, Niu Di-lân và Đông Timor ủng hộ."), (V{"Serbia", "New Zealand", "Timor-Leste"}));
  EXPECT_EQ(named(f, "Bắc Kinh phản đối, Tê-hê-ran im lặng, còn Mátxcơva hoan nghênh."), (V{"China", "Iran", "Russia"}));
  EXPECT_EQ(named(f, "Cam-pu-chia và Campuchia là một; Phi-líp-pin cũng vậy."), (V{"Cambodia", "Cambodia", "Philippines"}));
  // A longer name wins over the country inside it.
  EXPECT_EQ(named(f, "Ni-giê-ri-a, Nam Xu-đăng và Séc-bi-a không phải Ni-giê, Xu-đăng hay Séc."),
            (V{"Nigeria", "South Sudan", "Serbia", "Niger", "Sudan", "Czechia"}));
  EXPECT_EQ(named(f, "Trung Hoa Dân Quốc là tên Đài Loan tự gọi."), (V{"Taiwan", "Taiwan"}));
}

TEST_F(Mentions, VenuesLieInTheirCitiesAndCountries) {
  using V = std::vector<std::string>;
  EXPECT_EQ(named(f, "Hai bên gặp nhau tại căn cứ không quân Gimhae."), (V{"@Gimhae Air Base"}));
  SQLite::Statement st(*f.db, "SELECT d.name FROM place_tree t JOIN places a ON a.id = t.ancestor_id "
                              "JOIN places d ON d.id = t.descendant_id WHERE a.name = ? AND d.name = ?");
  for (auto [outer, inner] : std::vector<std::pair<const char*, const char*>>{
           {"South Korea", "Gimhae Air Base"}, {"Washington", "Oval Office"}, {"Moscow", "Kremlin"},
           {"Istanbul", "Ciragan Palace"}, {"Vatican City", "St. Peter's Basilica"}, {"United States", "Anchorage"},
           {"Kuala Lumpur", "Kuala Lumpur Convention Centre"}}) {
    st.reset();
    st.bind(1, outer);
    st.bind(2, inner);
    EXPECT_TRUE(st.executeStep()) << inner << " in " << outer;
  }
}

TEST_F(Mentions, PeopleByTheirVietnameseAndOtherTransliterations) {
  using V = std::vector<std::string>;
  EXPECT_EQ(people("Tập Cận Bình tiếp Hà Lập Phong, Vương Nghị và Lý Cường.", "2025-06-10"),
            (V{"Xi Jinping", "He Lifeng", "Wang Yi", "Li Qiang"}));
  EXPECT_EQ(people("Ông Sergey Lavrov gặp Volodymyr Zelenskyy và Kirill Dmitriyev.", "2025-06-10"),
            (V{"Sergei Lavrov", "Volodymyr Zelensky", "Kirill Dmitriev"}));
  EXPECT_EQ(people("Hun Xen và Thủ tướng Hun Manet đón Xanana Gusmão, Lawrence Wong và Anwar Ibrahim.", "2025-06-10"),
            (V{"Hun Sen", "Hun Manet", "Xanana Gusmão", "Lawrence Wong", "Anwar Ibrahim"}));
  EXPECT_EQ(people("Ngoại trưởng Ô-man Badr Albusaidi gặp Mark Carney.", "2025-06-10"),
            (V{"Badr Albusaidi", "Mark Carney"}));
}

TEST_F(Mentions, ATitleAloneIsWhoeverHeldTheOfficeThatDay) {
  using V = std::vector<std::string>;
  auto says = [&](const std::string& title, const std::string& day) { return people(title + " cho biết như vậy.", day); };
  EXPECT_EQ(says("Thủ tướng Canada", "2025-03-01"), V{"Justin Trudeau"});
  EXPECT_EQ(says("Thủ tướng Canada", "2025-03-14"), V{"Mark Carney"});
  EXPECT_EQ(says("Thủ tướng Pháp", "2025-09-08"), V{"François Bayrou"});
  EXPECT_EQ(says("Thủ tướng Pháp", "2025-09-09"), V{"Sébastien Lecornu"});
  EXPECT_EQ(says("Thủ tướng Nhật Bản", "2025-10-20"), V{"Shigeru Ishiba"});
  EXPECT_EQ(says("Thủ tướng Nhật Bản", "2025-10-21"), V{"Sanae Takaichi"});
  EXPECT_EQ(says("Tổng thống Hàn Quốc", "2025-06-04"), V{"Lee Jae-myung"});
  EXPECT_EQ(says("Ngoại trưởng Anh", "2025-10-01"), V{"Yvette Cooper"});
  EXPECT_EQ(says("Chủ tịch Trung Quốc", "2025-10-30"), V{"Xi Jinping"});  // chủ tịch: the president
  EXPECT_EQ(says("Tổng thống Ba Lan", "2025-09-01"), V{"Karol Nawrocki"});
  EXPECT_EQ(says("Người phát ngôn Điện Kremlin", "2025-09-01"), V{"Dmitry Peskov"});
}

TEST_F(Mentions, ShortCountryNamesDoNotMatchOrdinaryWords) {
  using V = std::vector<std::string>;
  // "Nam" of Việt Nam, and the regions named after a country: no other country.
  EXPECT_EQ(named(f, "Việt Nam và Nam Phi ký kết."), (V{"Vietnam", "South Africa"}));
  EXPECT_EQ(named(f, "Các nước Nam Mỹ, Bắc Mỹ và Mỹ Latinh."), (V{"@South America", "@North America", "@Latin America"}));
  EXPECT_EQ(named(f, "Căng thẳng trên bán đảo Triều Tiên."), (V{"@Korean Peninsula"}));
  // Lower-case words that fold like a country: the pronoun anh, ý kiến, khinh bỉ, áo.
  EXPECT_EQ(named(f, "Tôi đã nói với anh ấy về ý kiến đó, không khinh bỉ ai, rồi mặc áo vào."), V{});
  // A one-word name keeps its marks: Ảnh is no Anh, Bí no Bỉ, Y no Ý, Lao no Lào, Ngã no Nga.
  EXPECT_EQ(named(f, "Ảnh hưởng của Bí thư tới Bộ Y tế, ngành Lao động và Ngã ba Đông Dương."), V{});
  // A longer one-word name is compared folded, as names of several words are.
  EXPECT_EQ(named(f, "Đoàn đến Matxcova, Mátxcơva rồi Matxcơva."), (V{"Russia", "Russia", "Russia"}));
  // A province and a person whose names contain a country's.
  EXPECT_EQ(named(f, "Đoàn công tác đến tỉnh Lào Cai."), (V{"@Lao Cai"}));
  EXPECT_EQ(named(f, "Phó Chủ tịch nước Võ Thị Ánh Xuân dự lễ."), V{"Võ Thị Ánh Xuân"});
  // Sunday is no Japan, however it is written.
  EXPECT_EQ(named(f, "Hôm Chủ Nhật, đoàn đến Hà Nội."), V{"Vietnam"});
}

// A title word names an office; the country after it says whose. A German chancellor is a
// prime minister (titles.tsv), so "Thủ tướng Đức" needs no entry of its own.
TEST_F(Mentions, TitlesOfDeputiesAndChancellorsResolveThroughTheirClass) {
  EXPECT_EQ(people("Thủ tướng Đức nói rằng châu Âu cần đoàn kết.", "2025-07-01"),
            std::vector<std::string>{"Friedrich Merz"});
  EXPECT_EQ(people("Thủ tướng Đức nói rằng châu Âu cần đoàn kết.", "2024-07-01"),
            std::vector<std::string>{"Olaf Scholz"});
  EXPECT_EQ(people("Bộ trưởng Tài chính Mỹ cho biết thuế quan sẽ giảm.", "2025-07-01"),
            std::vector<std::string>{"Scott Bessent"});
  // A deputy is not the holder of the office itself.
  auto deputy = people("Phó Thủ tướng Anh cho biết như vậy.", "2025-10-01");
  EXPECT_EQ(std::count(deputy.begin(), deputy.end(), "Keir Starmer"), 0);
}
