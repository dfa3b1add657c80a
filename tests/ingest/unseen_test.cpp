// Articles the extractor was not written against (tests/ingest/unseen): other people,
// places and styles. Each test states what a careful reader would list.
#include <gtest/gtest.h>

#include "fixture.hpp"
#include "ingest/ingest.hpp"

using namespace kb;
using namespace kb::ingest::testing;

class Unseen : public ::testing::Test {
 protected:
  store::Db db = open_db("unseen");
  void SetUp() override {
    auto sum = ingest::ingest_paths(*db, {KB_SOURCE_DIR "/tests/ingest/unseen"}, {kData});
    ASSERT_TRUE(sum) << sum.error().message;
    ASSERT_EQ(sum->documents_added, 3);
  }
  // "type|date|place|status|participant, participant" rows of events_view.
  std::vector<std::string> events() {
    std::vector<std::string> out;
    SQLite::Statement st(*db, "SELECT type, coalesce(date,''), coalesce(place,''), status, coalesce(participants,'') "
                              "FROM events_view ORDER BY id");
    while (st.executeStep())
      out.push_back(fmt::format("{}|{}|{}|{}|{}", st.getColumn(0).getString(), st.getColumn(1).getString(),
                                st.getColumn(2).getString(), st.getColumn(3).getString(), st.getColumn(4).getString()));
    return out;
  }
  std::vector<std::string> claims() {
    std::vector<std::string> out;
    SQLite::Statement st(*db, "SELECT speaker, direct, text FROM claims_view ORDER BY id");
    while (st.executeStep())
      out.push_back(fmt::format("{}|{}|{}", st.getColumn(0).getString(), st.getColumn(1).getInt(), st.getColumn(2).getString()));
    return out;
  }
  std::string origin(const std::string& name) {
    SQLite::Statement st(*db, "SELECT origin FROM actors WHERE name = ?");
    st.bind(1, name);
    return st.executeStep() ? st.getColumn(0).getString() : "";
  }
  std::string role(const std::string& name) {
    SQLite::Statement st(*db, "SELECT r.title FROM actors a JOIN actor_roles r ON r.actor_id = a.id WHERE a.name = ? AND a.origin = 'extracted'");
    st.bind(1, name);
    return st.executeStep() ? st.getColumn(0).getString() : "";
  }
};

TEST_F(Unseen, WhatACarefulReaderLists) {
  auto ev = events();
  for (const auto& e : ev) std::cout << "  event " << e << "\n";
  for (const auto& c : claims()) std::cout << "  claim " << c << "\n";
  // Vietnam–Japan: the call on 11 March and the planned Hanoi meeting in May.
  EXPECT_TRUE(contains(ev, "call|2025-03-11||happened|Bùi Thanh Sơn, Takeshi Iwaya"));
  // ("Hai bộ trưởng nhất trí sẽ gặp nhau": the two ministers named before)
  EXPECT_TRUE(contains(ev, "meeting|2025-05|Hanoi|planned|Bùi Thanh Sơn, Takeshi Iwaya"));
  // ASEAN: the planned Kuala Lumpur summit; the secretary-general's visit to Malaysia.
  EXPECT_TRUE(contains(ev, "summit|2025-05-26|Kuala Lumpur|planned|ASEAN, Kao Kim Hourn")) << "a summit of a body has its head";
  EXPECT_TRUE(contains(ev, "visit|2025-05-18|Malaysia|happened|Kao Kim Hourn"));
  // Berlin: Merz's press conference and talks with Macron; the denied meeting is no event.
  bool press = false, talks = false;
  for (const auto& e : ev) {
    press = press || (e.rfind("press_conference|", 0) == 0 && e.find("Berlin") != std::string::npos && e.find("Friedrich Merz") != std::string::npos);
    talks = talks || (e.rfind("talks|", 0) == 0 && e.find("Emmanuel Macron") != std::string::npos);
    EXPECT_EQ(e.find("Singapore"), std::string::npos) << "an event from a related-links list";
    EXPECT_EQ(e.find("Keir Starmer"), std::string::npos) << "a negated meeting";
  }
  EXPECT_TRUE(press);
  EXPECT_TRUE(talks);
  EXPECT_EQ(ev.size(), 6u);
}

TEST_F(Unseen, ClaimsAndNewActors) {
  auto cl = claims();
  EXPECT_TRUE(contains(cl, "Takeshi Iwaya|0|Nhật Bản coi Việt Nam là đối tác quan trọng hàng đầu ở Đông Nam Á"));
  EXPECT_TRUE(contains(cl, "Takeshi Iwaya|1|Chúng tôi mong muốn mở rộng hợp tác về năng lượng sạch và chuỗi cung ứng"));
  EXPECT_TRUE(contains(cl, "Anwar Ibrahim|0|các nhà lãnh đạo sẽ thảo luận về tình hình Biển Đông và thương mại khu vực"));
  EXPECT_TRUE(contains(cl, "Friedrich Merz|1|Châu Âu phải tự chịu trách nhiệm nhiều hơn cho an ninh của mình"));
  EXPECT_TRUE(contains(cl, "Friedrich Merz|0|Đức sẽ tăng ngân sách quốc phòng trong năm tới"));
  EXPECT_TRUE(contains(cl, "Stefan Kornelius|0|hai nhà lãnh đạo không gặp riêng Thủ tướng Anh"));
  // The gazetteer knows the ministers and leaders: found by name, not created again.
  for (auto known : {"Bùi Thanh Sơn", "Takeshi Iwaya", "Anwar Ibrahim", "Kao Kim Hourn"})
    EXPECT_EQ(origin(known), "gazetteer") << known;
  EXPECT_EQ(origin("Iwaya Takeshi"), "") << "the text's name order is an alias, not a new person";
  EXPECT_EQ(role("Stefan Kornelius"), "spokesperson");
}
