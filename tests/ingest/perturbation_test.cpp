// Perturbation tests: each mechanism on a sentence of our own, then the same sentence with
// a synonym, an unknown name, another title, another date form or another word order. Each
// variant must still give the answer; a rule that only fits one wording fails here.
#include <gtest/gtest.h>

#include <fstream>

#include "fixture.hpp"

using namespace kb::ingest;
using namespace kb::ingest::testing;

class Perturb : public ::testing::Test {
 protected:
  Fixture f;
  Document doc;
  Extraction run(const std::string& text, const std::string& published = "2025-06-12") { return f.run(text, published, doc); }
  std::vector<EventFact> events(const std::string& text, const std::string& published = "2025-06-12") {
    return run(text, published).events;
  }
  bool takes_part(const EventFact& e, const std::string& name) { return contains(f.names(e.participants), name); }
  // The day of the event `name` takes part in ("-" undated, "none" when there is none).
  std::string day_with(const std::string& text, const std::string& published, const std::string& name) {
    for (const auto& e : events(text, published))
      if (takes_part(e, name)) return e.date ? kb::iso(e.date->start) : "-";
    return "none";
  }
  // "meeting happened" when the text tells one event, else how many it tells.
  std::string only(const std::string& text, const std::string& published) {
    auto e = events(text, published);
    return e.size() == 1 ? e[0].type + " " + e[0].status : fmt::format("{} events", e.size());
  }
};

// A report that says neither when nor where and names no person is no event to record
// ("vague past contacts inside a quote", dev README).
TEST_F(Perturb, AnUnplaceableMentionIsNoEvent) {
  EXPECT_TRUE(events("\"Chúng tôi đã tổ chức hai vòng tham vấn\", Ngoại trưởng Nga Sergei Lavrov nói.").empty());
  EXPECT_TRUE(events("Riyadh được nhắc tới như nơi có thể tổ chức cuộc gặp với Saudi Arabia.").empty());
  EXPECT_EQ(events("Hôm 3/6, Nga và Mỹ tổ chức vòng tham vấn thứ hai.").size(), 1u);
  EXPECT_EQ(events("Nga và Mỹ tổ chức vòng tham vấn thứ hai tại Istanbul.").size(), 1u);
  EXPECT_EQ(events("Ông Witkoff đã có cuộc gặp với ông Dmitriev.").size(), 1u);
}

// Two reports naming different people are two events: one call each, not one call of three.
TEST_F(Perturb, DifferentCounterpartsAreDifferentEvents) {
  for (const auto* text : {
           "Ngày 10/6, Tổng thống Pháp Emmanuel Macron điện đàm với Thủ tướng Nhật Bản Ishiba Shigeru. "
           "Cùng ngày, ông Macron điện đàm với Thủ tướng Canada Mark Carney.",
           "Ngày 10-6, ông Macron điện đàm với ông Ishiba. Cũng trong ngày 10-6, ông Macron điện đàm với ông Carney.",
           "Hôm thứ Ba, Tổng thống Macron gọi điện cho ông Ishiba. Sau đó ông Macron gọi điện cho Thủ tướng Carney.",
       }) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 2u) << text;
    EXPECT_TRUE(takes_part(e[0], "Shigeru Ishiba") && !takes_part(e[0], "Mark Carney")) << text;
    EXPECT_TRUE(takes_part(e[1], "Mark Carney") && !takes_part(e[1], "Shigeru Ishiba")) << text;
  }
}

// In a quotation, "tôi" is its speaker and "với X" names the other side.
TEST_F(Perturb, FirstPersonInAQuotationIsTheSpeaker) {
  for (const auto* text : {
           "\"Tôi vừa có cuộc điện đàm rất tốt với Thủ tướng Anh Keir Starmer\", ông Macron nói.",
           "\"Hôm qua tôi đã điện đàm với ông Starmer về Ukraine\", Tổng thống Pháp Emmanuel Macron cho biết.",
           "Tổng thống Macron viết: \"Tôi vừa gặp Thủ tướng Starmer tại Paris\".",
       }) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << text;
    EXPECT_TRUE(takes_part(e[0], "Emmanuel Macron")) << text;
    EXPECT_TRUE(takes_part(e[0], "Keir Starmer")) << text;
  }
  // "chúng tôi" is the speaker's side, not the speaker ("tôi" inside it is no "tôi").
  auto e = events("\"Chúng tôi đã tổ chức vòng tham vấn thứ hai hôm 3/6\", Ngoại trưởng Nga Sergei Lavrov nói.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_TRUE(takes_part(e[0], "Russia"));
  EXPECT_FALSE(takes_part(e[0], "Sergei Lavrov"));
}

// "hai nước", "hai quốc gia": the last two countries named.
TEST_F(Perturb, TwoCountriesReferBack) {
  for (const auto* text : {
           "Ấn Độ và Pakistan đã nhất trí ngừng bắn. Ngày 10/6, cuộc đàm phán giữa hai nước diễn ra tại Doha.",
           "Ấn Độ và Pakistan đạt thỏa thuận. Hôm 10-6, hai quốc gia đàm phán tại Doha.",
       }) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << text;
    EXPECT_TRUE(takes_part(e[0], "India") && takes_part(e[0], "Pakistan")) << text;
  }
}

// A mention naming nobody ("Cuộc điện đàm kéo dài …") is the call told before, even with a
// date; one at another place is another event.
TEST_F(Perturb, ADefiniteMentionIsTheEventToldBefore) {
  for (const auto* text : {
           "Thủ tướng Đức Friedrich Merz điện đàm với Tổng thống Ukraine Volodymyr Zelensky. "
           "Cuộc điện đàm diễn ra chiều 11/6 và kéo dài một giờ.",
           "Ông Merz đã điện đàm với ông Zelensky. Theo Berlin, cuộc điện đàm diễn ra hôm 11-6.",
       }) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << text;
    EXPECT_EQ(e[0].date->label(), "2025-06-11") << text;
    EXPECT_TRUE(takes_part(e[0], "Friedrich Merz")) << text;
  }
  auto e = events("Ông Merz gặp ông Zelensky tại Berlin hôm 9/6. Cuộc gặp tại Rome diễn ra hôm 11/6.");
  EXPECT_EQ(e.size(), 2u);
}

// An event named as a time ("sau cuộc gặp với X") takes only its own names, not the subject
// of the clause around it.
TEST_F(Perturb, AnEventNamedAsATimeKeepsItsOwnNames) {
  for (const auto* text : {
           "Hai ngày sau cuộc gặp với Thủ tướng Anh Keir Starmer, ông Macron điện đàm với ông Merz.",
           "Sau hội nghị thượng đỉnh với ông Starmer, Tổng thống Pháp Emmanuel Macron đã điện đàm với Thủ tướng Merz.",
           "Kể từ cuộc gặp với Thủ tướng Starmer, ông Macron điện đàm với ông Merz ba lần.",
       }) {
    auto e = events(text);
    const EventFact* named = nullptr;
    for (const auto& x : e)
      if (x.type != "call") named = &x;
    ASSERT_NE(named, nullptr) << text;
    EXPECT_TRUE(takes_part(*named, "Keir Starmer")) << text;
    EXPECT_FALSE(takes_part(*named, "Emmanuel Macron")) << text;
    EXPECT_FALSE(takes_part(*named, "Friedrich Merz")) << text;
  }
}

// An epithet stands for an office like a title does: whoever held it on the date.
TEST_F(Perturb, EpithetsAreTheirOfficesHolder) {
  for (const auto* text : {
           "Chủ nhân Nhà Trắng cho biết ông sẽ gặp người đồng cấp Pháp vào tuần tới.",
           "Ông chủ Nhà Trắng khẳng định sẽ gặp Tổng thống Pháp vào tuần tới.",
       }) {
    auto x = run(text);
    ASSERT_EQ(x.claims.size(), 1u) << text;
    EXPECT_EQ(f.name(x.claims[0].speaker_id), "Donald Trump") << text;
  }
  auto x = run("Chủ nhân Điện Kremlin nhấn mạnh Moskva sẵn sàng đối thoại.");
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(f.name(x.claims[0].speaker_id), "Vladimir Putin");
  // On a date before the office changed hands, the holder then.
  x = run("Chủ nhân Nhà Trắng nhấn mạnh Washington sẵn sàng đối thoại.", "2023-05-02");
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(f.name(x.claims[0].speaker_id), "Joe Biden");
}

// The speaker of a claim, however the sentence names them.
class PerturbSpeaker : public Perturb {
 protected:
  std::string speaker(const std::string& text, const std::string& published = "2025-06-12") {
    auto x = run(text, published);
    return x.claims.size() == 1 ? f.name(x.claims[0].speaker_id) : fmt::format("{} claims", x.claims.size());
  }
};

// A name set off by commas after a title (and whom it serves) is the one who speaks.
TEST_F(PerturbSpeaker, Apposition) {
  EXPECT_EQ(speaker("Người phát ngôn của ông Macron, Arnaud Dupuis, cho biết Paris sẽ gửi thêm viện trợ."), "Arnaud Dupuis");
  EXPECT_EQ(speaker("Tuy vậy, phát ngôn viên của Thủ tướng Ba Lan, Piotr Nowak, thông báo chuyến đi đã bị hoãn."), "Piotr Nowak");
  EXPECT_EQ(speaker("Trợ lý của Tổng thống Nga, Ivan Petrov, khẳng định Moskva không nhận được đề xuất nào."), "Ivan Petrov");
}

// "X điện đàm với Y và cho biết …": the subject speaks, not the one met.
TEST_F(PerturbSpeaker, CoordinatedVerbKeepsTheSubject) {
  EXPECT_EQ(speaker("Ông Macron điện đàm với Thủ tướng Keir Starmer và cho biết hai nước sẽ phối hợp chặt chẽ."), "Emmanuel Macron");
  EXPECT_EQ(speaker("Hôm qua, Ngoại trưởng Nga Sergei Lavrov gặp ông Fidan và khẳng định Moskva sẵn sàng đối thoại."), "Sergei Lavrov");
  // Not joined by "và": the nearest name speaks.
  EXPECT_EQ(speaker("Sau cuộc gặp với ông Macron, Thủ tướng Keir Starmer cho biết hai nước sẽ phối hợp."), "Keir Starmer");
}

// "Theo X, …" with a body or a country when no person is quoted after.
TEST_F(PerturbSpeaker, AccordingToABody) {
  EXPECT_EQ(speaker("Theo thông báo của Điện Kremlin, cuộc điện đàm kéo dài hơn một giờ."), "Kremlin");
  EXPECT_EQ(speaker("Theo Bộ Ngoại giao Nga, vòng đàm phán tiếp theo sẽ diễn ra tại Istanbul."), "Russian Foreign Ministry");
  EXPECT_EQ(speaker("Theo Iran, các cuộc tiếp xúc vẫn tiếp diễn qua trung gian Oman."), "Iran");
}

// A title for a part in the story ("Trưởng đoàn Nga") is the last person of that country named.
TEST_F(PerturbSpeaker, HeadOfDelegation) {
  auto x = run("Ông Vladimir Medinsky và ông Rustem Umerov có mặt tại Istanbul. "
               "Trưởng đoàn Nga cho biết Moskva đã trao bản ghi nhớ. Trưởng phái đoàn Ukraine khẳng định Kiev cần thêm thời gian.");
  ASSERT_EQ(x.claims.size(), 2u);
  EXPECT_EQ(f.name(x.claims[0].speaker_id), "Vladimir Medinsky");
  EXPECT_EQ(f.name(x.claims[1].speaker_id), "Rustem Umerov");
}

// "gọi X là Y" says something; "gọi cho X" / "gọi điện" is a call.
TEST_F(PerturbSpeaker, NamingIsSpeechACallIsNot) {
  EXPECT_EQ(speaker("Ông Trump gọi Thủ tướng Canada là \"một người bạn tốt\"."), "Donald Trump");
  EXPECT_EQ(speaker("Ông Trump đã gọi cho Thủ tướng Canada Mark Carney hôm thứ Hai."), "0 claims");
  EXPECT_EQ(speaker("Ông Trump gọi điện cho ông Carney."), "0 claims");
}

// A stance towards a thing: the verb phrase is the claim; with "rằng", the statement.
TEST_F(PerturbSpeaker, StanceVerbsKeepTheirVerb) {
  auto x = run("Ông Peskov đã phủ nhận thông tin này.");
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(x.claims[0].text, "đã phủ nhận thông tin này");
  x = run("Bà Zakharova lên án vụ tấn công.");
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(x.claims[0].text, "lên án vụ tấn công");
  x = run("Ông Peskov bác bỏ rằng hai bên đã gặp nhau bí mật.");
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(x.claims[0].text, "hai bên đã gặp nhau bí mật");
}

// A verb of going with where to is a visit; without a place, or with no one going, it is not.
TEST_F(Perturb, GoingSomewhereIsAVisit) {
  for (const auto* text : {
           "Thủ tướng Canada Mark Carney hạ cánh xuống Bắc Kinh chiều 10/6.",
           "Chiều 10/6, ông Carney đã tới Bắc Kinh.",
           "Ông Carney bay tới thủ đô Bắc Kinh hôm 10-6.",
           "Ngày 10/6, Thủ tướng Carney đến Bắc Kinh bằng chuyên cơ.",
       }) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << text;
    EXPECT_EQ(e[0].type, "visit") << text;
    EXPECT_TRUE(takes_part(e[0], "Mark Carney")) << text;
    EXPECT_NE(e[0].place_id, 0) << text;
    EXPECT_EQ(e[0].date->label(), "2025-06-10") << text;
  }
  EXPECT_TRUE(events("Ông Carney nói về các vấn đề liên quan đến Bắc Kinh.").empty());
  EXPECT_TRUE(events("Canada sẽ công bố kế hoạch vào tuần tới.").empty());
  EXPECT_TRUE(events("Ông Carney đã tới dự lễ khai mạc.").empty());
}

// A trip told stop by stop: places joined by "và", each with its own days, are a visit
// each; a list of places sharing one date (or none) is one tour. "rồi tới", "sau đó đến":
// the traveller of the visit before goes on to the next place.
TEST_F(Perturb, AVisitPerStopOfATrip) {
  for (const auto* text : {
           "Thủ tướng Canada Mark Carney sẽ thăm chính thức Nhật Bản từ ngày 14-16/6 và Hàn Quốc từ ngày 16-18/6.",
           "Ông Carney sẽ thăm Nhật Bản ngày 14/6 và Hàn Quốc ngày 16/6.",
       }) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 2u) << text;
    EXPECT_EQ(e[0].date->label(), "2025-06-14") << text;
    EXPECT_EQ(e[1].date->label(), "2025-06-16") << text;
    EXPECT_NE(e[0].place_id, e[1].place_id) << text;
    for (const auto& x : e) EXPECT_TRUE(x.type == "visit" && x.status == "planned" && takes_part(x, "Mark Carney")) << text;
  }
  EXPECT_EQ(events("Ông Carney sẽ công du Ai Cập, Jordan và Israel vào giữa tháng 7.").size(), 1u);
  EXPECT_EQ(events("Ông Carney sẽ thăm thành phố Busan, Hàn Quốc ngày 14/6 và 15/6.").size(), 1u);
  for (const auto* text : {
           "Thủ tướng Canada Mark Carney tới Tokyo hôm 14/6, rồi tới Seoul vào ngày hôm sau.",
           "Ông Carney bất ngờ đến Tokyo hôm 14/6, sau đó đến Seoul ngày 15/6 để gặp Tổng thống Hàn Quốc.",
       }) {
    std::vector<std::string> days;
    for (const auto& x : events(text))
      if (x.type == "visit" && takes_part(x, "Mark Carney")) days.push_back(x.date->label());
    EXPECT_EQ(days, (std::vector<std::string>{"2025-06-14", "2025-06-15"})) << text;
  }
}

// A bare title is the one named with it and no country, not a foreign holder named since:
// "Thủ tướng" after "Thủ tướng Phạm Minh Chính gặp Thủ tướng Na Uy …" is still Chính.
TEST_F(PerturbSpeaker, ABareTitleIsTheHolderNamedWithoutACountry) {
  EXPECT_EQ(speaker("Sáng 10/6, Thủ tướng Phạm Minh Chính tiếp Thủ tướng Na Uy Erik Lunde. "
                    "Thủ tướng khẳng định Việt Nam coi trọng quan hệ với Na Uy."),
            "Phạm Minh Chính");
  // With no holder named without a country, the last one named.
  EXPECT_EQ(speaker("Sáng 10/6, Thủ tướng Na Uy Erik Lunde tới Hà Nội. Thủ tướng khẳng định Oslo coi trọng quan hệ với Việt Nam."),
            "Erik Lunde");
}

// A verb of saying opening a clause after a comma, with no speaker of its own, goes on
// with the sentence's subject; a fronted phrase's verb has its speaker after it.
TEST_F(PerturbSpeaker, AVerbAfterACommaGoesOnWithTheSubject) {
  EXPECT_EQ(speaker("Thủ tướng Canada Mark Carney vui vẻ nhận lời, cho biết rất mong muốn sớm thăm Hà Nội."), "Mark Carney");
  EXPECT_EQ(speaker("Ông Carney mỉm cười, cho biết rất sẵn lòng đối thoại."), "Mark Carney");
  EXPECT_EQ(speaker("Về phía Canada, trả lời báo giới sau cuộc họp, ông Carney cho biết Ottawa sẽ cân nhắc đề xuất."), "Mark Carney");
}

// A lower-case particle inside a new name ("al-", "bin", "von der") is part of it.
TEST_F(PerturbSpeaker, ANameWithAParticle) {
  EXPECT_EQ(speaker("Quốc vụ khanh Jordan Omar al-Rifai cho biết hai bên sẽ tiếp tục đối thoại."), "Omar al-Rifai");
  EXPECT_EQ(speaker("Bộ trưởng Ngoại giao Ai Cập Karim bin Nasser khẳng định Cairo ủng hộ lệnh ngừng bắn."), "Karim bin Nasser");
  EXPECT_EQ(speaker("Ngoại trưởng Bỉ Hendrik van der Berg nói Brussels sẵn sàng đối thoại."), "Hendrik van der Berg");
}

// "lần lượt" (in turn): one meeting with each party named after the event word.
TEST_F(Perturb, InTurnIsOneEventEach) {
  for (const auto* text : {
           "Sáng 10/6, Thủ tướng Canada Mark Carney lần lượt gặp Thủ tướng Anh Keir Starmer, Tổng thống Pháp Emmanuel Macron và Thủ tướng Đức Friedrich Merz.",
           "Ông Carney hôm 10-6 lần lượt hội kiến ông Starmer, ông Macron và ông Merz.",
       }) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 3u) << text;
    for (const auto& x : e) EXPECT_TRUE(takes_part(x, "Mark Carney")) << text;
    EXPECT_TRUE(takes_part(e[0], "Keir Starmer") && !takes_part(e[0], "Emmanuel Macron")) << text;
    EXPECT_TRUE(takes_part(e[1], "Emmanuel Macron") && !takes_part(e[1], "Friedrich Merz")) << text;
    EXPECT_TRUE(takes_part(e[2], "Friedrich Merz")) << text;
  }
  // Without "lần lượt", one meeting of them all.
  EXPECT_EQ(events("Ông Carney gặp ông Starmer, ông Macron và ông Merz tại Rome.").size(), 1u);
}

// Two event verbs joined by "và" (or a comma): two predicates of one subject, each with
// its own object, place and the first one's plan.
TEST_F(Perturb, CoordinatedPredicatesAreOneEventEach) {
  for (const auto* text : {
           "Chiều nay, Thủ tướng Canada Mark Carney sẽ hội kiến Thủ tướng Anh Keir Starmer tại Rome và hội đàm với Tổng thống Pháp Emmanuel Macron tại Paris.",
           "Ngày mai, ông Carney dự kiến gặp ông Starmer, sau đó điện đàm với ông Macron.",
           "Ông Carney sẽ tiếp ông Starmer vào sáng 13/6 và cũng sẽ gặp ông Macron.",
       }) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 2u) << text;
    EXPECT_TRUE(takes_part(e[0], "Mark Carney") && takes_part(e[0], "Keir Starmer") && !takes_part(e[0], "Emmanuel Macron")) << text;
    EXPECT_TRUE(takes_part(e[1], "Mark Carney") && takes_part(e[1], "Emmanuel Macron") && !takes_part(e[1], "Keir Starmer")) << text;
    for (const auto& x : e) EXPECT_EQ(x.status, "planned") << text;
  }
  // One verb with two objects stays one event; so does a verb and its own second verb.
  EXPECT_EQ(events("Ông Carney gặp ông Starmer và ông Macron tại Rome.").size(), 1u);
  EXPECT_EQ(events("Ông Carney gặp gỡ và hội đàm với ông Starmer tại Rome hôm 10/6.").size(), 1u);
}

// An aside set off by commas between the speaker and the verb does not part them.
TEST_F(PerturbSpeaker, AnAsideBetweenSpeakerAndVerb) {
  EXPECT_EQ(speaker("Ông Merz, người nhiều lần phê phán chính sách thuế của Mỹ, gọi thỏa thuận là \"một bước lùi\"."),
            "Friedrich Merz");
  EXPECT_EQ(speaker("Thủ tướng Keir Starmer, trong cuộc phỏng vấn với đài BBC, thì khuyên London nên kiên nhẫn."), "Keir Starmer");
  EXPECT_EQ(speaker("Ông Macron, khi được hỏi về Ukraine, khẳng định Paris sẽ không lùi bước."), "Emmanuel Macron");
}

// "Nhà lãnh đạo Ukraine": whoever of that country the article named last.
TEST_F(PerturbSpeaker, TheLeaderOfACountryNamedBefore) {
  auto x = run("Tổng thống Phần Lan Alexander Stubb gặp Thủ tướng Anh Keir Starmer. Nhà lãnh đạo Phần Lan nói cuộc gặp rất hữu ích.");
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(f.name(x.claims[0].speaker_id), "Alexander Stubb");
}

// A verb with "với báo giới" introduces a statement only when a colon or a quotation follows.
TEST_F(PerturbSpeaker, ToThePressWithAStatementAfterIt) {
  EXPECT_EQ(speaker("Hôm 10/6, Tổng thống Pháp khẳng định với báo giới: \"Chúng tôi sẽ không nhượng bộ\"."), "Emmanuel Macron");
  EXPECT_EQ(speaker("Ông Macron phát biểu với báo chí tại Paris."), "0 claims");
}

// "Theo ông X, …" opening a sentence: X tells all of it, whatever verbs of saying follow.
TEST_F(PerturbSpeaker, AccordingToAPersonCoversTheSentence) {
  EXPECT_EQ(speaker("Theo ông Merz, Berlin đã đưa ra một số đề xuất mà Paris chia sẻ."), "Friedrich Merz");
  EXPECT_EQ(speaker("Theo Thủ tướng Keir Starmer, đề xuất mà Washington công bố vẫn còn nhiều điểm mơ hồ."), "Keir Starmer");
  // An outlet opening the sentence leaves the floor to the person quoted after it.
  EXPECT_EQ(speaker("Theo Reuters, ông Merz cho biết Berlin sẽ gửi thêm viện trợ."), "Friedrich Merz");
}

// "quan chức này", "người này": the one just quoted.
TEST_F(PerturbSpeaker, ThisOfficialIsTheOneJustQuoted) {
  auto x = run("Một quan chức Ba Lan nói với hãng tin AFP rằng Warsaw sẽ tăng ngân sách quốc phòng. "
               "\"Chúng tôi không có lựa chọn nào khác\", quan chức này nói.");
  ASSERT_EQ(x.claims.size(), 2u);
  EXPECT_EQ(f.name(x.claims[1].speaker_id), "Poland");
  x = run("Thủ tướng Keir Starmer cho biết London sẽ gửi thêm viện trợ. Theo người này, gói viện trợ trị giá 2 tỷ USD.");
  ASSERT_EQ(x.claims.size(), 2u);
  EXPECT_EQ(f.name(x.claims[1].speaker_id), "Keir Starmer");
}

// A quotation that only opens the statement is part of it.
TEST_F(PerturbSpeaker, AQuotationOpeningTheStatement) {
  auto x = run("Ông Merz nói \"trong vài tuần tới\" Berlin sẽ công bố quyết định.");
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_NE(x.claims[0].text.find("Berlin sẽ công bố quyết định"), std::string::npos) << x.claims[0].text;
  x = run("Ông Merz nói: \"Berlin sẽ công bố quyết định trong vài tuần tới\".");
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(x.claims[0].text, "Berlin sẽ công bố quyết định trong vài tuần tới");
  EXPECT_TRUE(x.claims[0].direct);
}

// "cảnh báo về X": what it was about is no statement.
TEST_F(PerturbSpeaker, AboutIsNoStatement) {
  EXPECT_EQ(speaker("Ông Merz cảnh báo về nguy cơ suy thoái kinh tế."), "0 claims");
  EXPECT_EQ(speaker("Bà Zakharova lên tiếng về vụ việc."), "0 claims");
  EXPECT_EQ(speaker("Ông Merz cảnh báo về nguy cơ suy thoái: \"Chúng ta phải hành động ngay\"."), "Friedrich Merz");
}

// A lexicon line whose kind is outside its file's vocabulary stops loading, naming file:line.
TEST(Lexicons, AnUnknownKindNamesItsLine) {
  namespace fs = std::filesystem;
  for (auto [file, line] : {std::pair{"cues.tsv", "sắp sửa\tplaned\tbefore"}, std::pair{"cues.tsv", "sắp sửa\tplanned\tbehind"},
                            std::pair{"triggers.tsv", "hội ngộ\tmeetting"}, std::pair{"attribution.tsv", "bởi\tagent"},
                            std::pair{"speech_verbs.tsv", "thì thầm\tsays"}}) {
    auto dir = fs::temp_directory_path() / fmt::format("kb-lexicon-{}", ::getpid());
    fs::remove_all(dir);
    fs::copy(kData + "/vi", dir);
    std::ofstream(dir / file, std::ios::app) << line << "\n";
    auto lx = Lexicon::load(dir.string());
    fs::remove_all(dir);
    ASSERT_FALSE(lx) << file << ": " << line;
    EXPECT_NE(lx.error().where.find(std::string(file) + ":"), std::string::npos) << lx.error().where;
    EXPECT_NE(lx.error().message.find("unknown"), std::string::npos) << lx.error().message;
  }
}

// An event its sentence does not date takes the last day its paragraph stated; a new
// paragraph starts without one.
TEST_F(Perturb, TheParagraphsTime) {
  for (const auto* text : {
           "Chiều 10/6, ông Merz và ông Macron gặp nhau tại Berlin. Tại cuộc họp báo sau đó, ông Merz nói hai bên đã nhất trí.",
           "Hôm 10-6, hai nhà lãnh đạo Merz và Macron hội đàm ở Berlin. Sau cuộc hội đàm, ông Merz họp báo.",
       }) {
    auto e = events(text);
    const EventFact* press = nullptr;
    for (const auto& x : e)
      if (x.type == "press_conference") press = &x;
    ASSERT_NE(press, nullptr) << text;
    ASSERT_TRUE(press->date) << text;
    EXPECT_EQ(press->date->label(), "2025-06-10") << text;
  }
  auto e = events("Chiều 10/6, ông Merz và ông Macron gặp nhau tại Berlin.\nTại một cuộc họp báo, ông Merz nói hai bên đã nhất trí.");
  for (const auto& x : e) {
    if (x.type == "press_conference") {
      EXPECT_FALSE(x.date) << "another paragraph";
    }
  }
}

// "Hai ngày sau cuộc gặp tại X, …": counted from that meeting's day, not from the date
// last given.
TEST_F(Perturb, DaysAfterAnEventToldBefore) {
  for (const auto* text : {
           "Ông Merz gặp ông Macron tại Paris hôm 3/6. Hôm 5/6, ông Macron tới Rome. "
           "Hai ngày sau cuộc gặp tại Paris, ông Merz điện đàm với ông Starmer.",
           "Ngày 3-6, Thủ tướng Merz hội đàm với Tổng thống Macron ở Paris. Ngày 5-6, ông Macron bay tới Rome. "
           "Hai ngày sau cuộc hội đàm với ông Macron, ông Merz điện đàm với Thủ tướng Starmer.",
       }) {
    auto e = events(text);
    const EventFact* call = nullptr;
    for (const auto& x : e)
      if (x.type == "call") call = &x;
    ASSERT_NE(call, nullptr) << text;
    ASSERT_TRUE(call->date) << text;
    EXPECT_EQ(call->date->label(), "2025-06-05") << text;
  }
}

// A reported statement that opens with its predicate has the speaker as its subject.
TEST_F(Perturb, AStatementWithoutASubjectIsTheSpeakers) {
  for (const auto* text : {
           "Ông Merz tiết lộ sẽ thăm Bắc Kinh vào tháng 9.",
           "Thủ tướng Đức Friedrich Merz cho biết đã điện đàm với ông Starmer hôm 9/6.",
           "Ông Merz xác nhận vừa gặp Thủ tướng Starmer tại London.",
       }) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << text;
    EXPECT_TRUE(takes_part(e[0], "Friedrich Merz")) << text;
  }
  // With a subject of its own, or as a noun, the statement's event is not the speaker's.
  for (const auto* text : {"Ông Merz cho biết ông Starmer sẽ thăm Bắc Kinh vào tháng 9.",
                           "Ông Merz cho biết hội nghị thượng đỉnh sẽ diễn ra tại Berlin vào tháng 9."}) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << text;
    EXPECT_FALSE(takes_part(e[0], "Friedrich Merz")) << text;
  }
}

// "Khi X nói A, Y phản bác: “B”": two statements, each with its own speaker.
TEST_F(PerturbSpeaker, AStatementInAWhenClause) {
  for (const auto* text : {
           "Khi ông Merz nói Berlin đã làm đủ, nhà báo Anna Keller phản bác: \"Nhiều người không đồng ý với ông\".",
           "Trong khi Thủ tướng Merz khẳng định Berlin đã làm đủ, phóng viên Anna Keller nói: \"Nhiều người không đồng ý với ông\".",
       }) {
    auto x = run(text);
    ASSERT_EQ(x.claims.size(), 2u) << text;
    EXPECT_EQ(f.name(x.claims[0].speaker_id), "Friedrich Merz") << text;
    EXPECT_EQ(x.claims[0].text, "Berlin đã làm đủ") << text;
    EXPECT_EQ(f.name(x.claims[1].speaker_id), "Anna Keller") << text;
    EXPECT_TRUE(x.claims[1].direct) << text;
  }
}

// Found in review: each of these broke a rule above in a wording of its own.
TEST_F(Perturb, ReviewedCornerCases) {
  // An epithet's country is not in the text: no stray mention, and mentions stay in order.
  auto x = run("Nga và Mỹ đã trao đổi thư. Chủ nhân Nhà Trắng cho biết ông sẽ gặp Tổng thống Nga.");
  for (std::size_t i = 1; i < doc.mentions.size(); ++i) EXPECT_LE(doc.mentions[i - 1].end_token, doc.mentions[i].end_token);
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(f.name(x.claims[0].speaker_id), "Donald Trump");
  // A condition before a country still makes the meeting hypothetical.
  EXPECT_TRUE(events("Ông Trump sẽ gặp ông Putin nếu Nga ngừng bắn.").empty());
  // "lần lượt" meetings keep the paragraph's day; "lần lượt có cuộc điện đàm" is one call each.
  auto e = events("Ngày 10/6, ông Carney tới London. Tại đây, ông lần lượt gặp ông Starmer, ông Macron và ông Merz.");
  int met = 0;
  for (const auto& m : e) {
    if (m.type != "meeting") continue;
    ++met;
    EXPECT_TRUE(m.date && m.date->label() == "2025-06-10");
  }
  EXPECT_EQ(met, 3);
  EXPECT_EQ(events("Hôm 10/6, ông Carney lần lượt có cuộc điện đàm với ông Starmer, ông Macron và ông Merz.").size(), 3u);
  // A stance verb after an aside: the aside is not what was said.
  x = run("Ông Peskov, trong một cuộc phỏng vấn với Fox News, đã bác bỏ tin đồn trên.");
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(x.claims[0].text, "đã bác bỏ tin đồn trên");
}

// "Phái đoàn X do Y dẫn đầu": the country's talks that name no one of it are also Y's.
TEST_F(Perturb, TheDelegationHeadTakesPart) {
  for (const auto* text : {
           "Ngày 10/6, Ba Lan và Đức đàm phán tại Berlin. Phái đoàn Ba Lan do Thứ trưởng Ngoại giao Jan Kowalski dẫn đầu.",
           "Hôm 10-6, Ba Lan và Đức hội đàm ở Berlin. Phía Ba Lan do ông Jan Kowalski làm trưởng đoàn.",
       }) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << text;
    EXPECT_TRUE(takes_part(e[0], "Jan Kowalski")) << text;
    EXPECT_TRUE(takes_part(e[0], "Poland")) << text;
  }
}

// "A điện đàm với B và sau đó thông báo …": adverbs between "và" and the verb keep the subject;
// "tuyên bố đã hủy …" announces an act; a pronoun sentence that says nothing keeps the topic.
TEST_F(PerturbSpeaker, SubjectsThroughAdverbsAndPronouns) {
  EXPECT_EQ(speaker("Ông Merz đã điện đàm với ông Macron và sau đó thông báo hai nước sẽ phối hợp."), "Friedrich Merz");
  EXPECT_EQ(speaker("Ông Merz tuyên bố đã hủy cuộc gặp với ông Macron."), "0 claims");
  auto x = run("Ông Merz cho biết Berlin sẽ gửi thêm viện trợ, song sẽ báo cáo lại với Tổng thống Macron. "
               "Ông từ chối nêu chi tiết. \"Chúng tôi cần thêm thời gian\", ông nói thêm.");
  ASSERT_EQ(x.claims.size(), 2u);
  EXPECT_EQ(f.name(x.claims[1].speaker_id), "Friedrich Merz");
}

// "đánh giá / coi X là Y" say something, as "gọi X là Y" does; without "là" they do not.
TEST_F(PerturbSpeaker, AssessingAsSpeech) {
  EXPECT_EQ(speaker("Bà Zakharova đánh giá quyết định của Washington là \"hoàn toàn sai lầm\"."), "Maria Zakharova");
  EXPECT_EQ(speaker("Ông Merz coi thỏa thuận này là một bước tiến."), "Friedrich Merz");
  EXPECT_EQ(speaker("Ông Merz đánh giá cao vai trò của Pháp."), "0 claims");
}

// "X dẫn lời Y": Y speaks, whether a verb of saying follows Y or not.
TEST_F(PerturbSpeaker, QuotingAnother) {
  EXPECT_EQ(speaker("Hãng TASS dẫn lời ông Peskov: \"Điện Kremlin chưa nhận được đề xuất nào\"."), "Dmitry Peskov");
  EXPECT_EQ(speaker("Hãng tin Reuters dẫn lời Ngoại trưởng Lavrov cho biết Moskva sẵn sàng đối thoại."), "Sergei Lavrov");
  EXPECT_EQ(speaker("\"Chúng tôi sẵn sàng đối thoại\", hãng RIA Novosti trích lời ông Lavrov."), "Sergei Lavrov");
}

// "bà Hằng" after "Phạm Thu Hằng": the given name of someone named before in this article,
// and only then — never a first name across articles.
TEST_F(PerturbSpeaker, AGivenNameAfterTheFullName) {
  auto x = run("Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng cho biết Việt Nam hoan nghênh thỏa thuận. "
               "\"Chúng tôi mong các bên kiềm chế\", bà Hằng nói thêm. Ông Lavrov cũng lên tiếng. "
               "Bà Hằng khẳng định Hà Nội sẵn sàng đóng góp.");
  ASSERT_EQ(x.claims.size(), 3u);
  EXPECT_EQ(f.name(x.claims[1].speaker_id), "Phạm Thu Hằng");
  EXPECT_EQ(f.name(x.claims[2].speaker_id), "Phạm Thu Hằng");
  EXPECT_EQ(speaker("Bà Hằng khẳng định Hà Nội sẵn sàng đóng góp."), "0 claims");
  // After a title too: "Thủ tướng Chính".
  x = run("Thủ tướng Phạm Minh Chính gặp Tổng thống Lula. Thủ tướng Chính cho biết hai nước sẽ tăng cường thương mại.");
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(f.name(x.claims[0].speaker_id), "Phạm Minh Chính");
}

// An event asked for, wished or offered is no occurrence, nor yet a plan; one accepted is.
TEST_F(Perturb, WishesProposalsAndInvitationsAreNoEvents) {
  for (const auto* text : {
           "Thủ tướng Anh Keir Starmer đã mời Tổng thống Pháp Emmanuel Macron tới thăm London.",
           "Pháp đề xuất một cuộc gặp giữa ông Macron và ông Starmer.",
           "Tổng thống Macron muốn gặp Thủ tướng Starmer trước cuối năm.",
           "Ông Starmer kêu gọi tổ chức một hội nghị thượng đỉnh về Ukraine.",
           "Ông Macron đề nghị hai bên đàm phán trực tiếp.",
       })
    EXPECT_TRUE(events(text).empty()) << text;
  for (const auto* text : {
           "Theo lời mời của Thủ tướng Starmer, Tổng thống Macron thăm London hôm 10/6.",
           "Ông Macron nhận lời mời thăm Anh hôm 10/6.",
           "Cuộc điện đàm giữa ông Macron và ông Starmer diễn ra theo đề nghị của phía Pháp.",
       })
    EXPECT_EQ(events(text).size(), 1u) << text;
}

// A clause of another time ("sau khi", "trước khi") has its own names and dates: they are not
// the main event's. (A "khi" clause tells the same occasion: "gặp ông B khi tới Moskva".)
TEST_F(Perturb, ASubordinateClauseKeepsItsOwnNames) {
  for (const auto* text : {
           "Cuộc điện đàm diễn ra một ngày sau khi Thủ tướng Nhật Bản Ishiba Shigeru tới Paris.",
           "Cuộc điện đàm diễn ra ngay trước khi ông Ishiba tới Paris.",
           "Cuộc điện đàm diễn ra ngay sau khi Thủ tướng Ishiba Shigeru rời Paris.",
       }) {
    auto e = events(std::string("Tổng thống Pháp Emmanuel Macron điện đàm với Thủ tướng Anh Keir Starmer hôm 10/6. ") + text);
    for (const auto& x : e)
      EXPECT_FALSE(x.type == "call" && takes_part(x, "Shigeru Ishiba")) << text;
  }
  // Two events in one sentence, each with its own counterpart.
  for (const auto* text : {
           "Trước khi gặp Thủ tướng Starmer, Tổng thống Macron hội đàm với Thủ tướng Nhật Bản Ishiba Shigeru.",
           "Tổng thống Macron hội đàm với Thủ tướng Ishiba Shigeru sau khi gặp Thủ tướng Anh Keir Starmer.",
       }) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 2u) << text;
    EXPECT_NE(takes_part(e[0], "Keir Starmer"), takes_part(e[0], "Shigeru Ishiba")) << text;
  }
}

// A dated report naming no one is the one event of its type on that day, when there is one.
TEST_F(Perturb, AReportNamingNoOneIsTheEventOfItsDay) {
  for (const auto* first : {"Cuộc gặp diễn ra sáng 10/6.", "Cuộc gặp kéo dài hai giờ hôm 10-6.", "Sáng thứ Ba (10/6), cuộc gặp đã diễn ra."}) {
    auto e = events(std::string(first) + " Tổng thống Macron gặp Thủ tướng Starmer hôm 10/6.");
    ASSERT_EQ(e.size(), 1u) << first;
    EXPECT_TRUE(takes_part(e[0], "Keir Starmer")) << first;
  }
  // Two meetings that day: which one it is, the text does not say.
  auto e = events("Cuộc gặp diễn ra sáng 10/6 tại Paris. Tổng thống Macron gặp Thủ tướng Starmer hôm 10/6. "
                  "Ông Macron cũng gặp Thủ tướng Ishiba Shigeru hôm 10/6.");
  EXPECT_EQ(e.size(), 3u);
}

// A summit or conference named as the occasion of another act is its place, not an event.
TEST_F(Perturb, AGatheringAsTheOccasionIsNoEvent) {
  for (const auto* text : {
           "Phát biểu tại hội nghị thượng đỉnh G7 ở Canada hôm 16/6, Tổng thống Macron cho biết Pháp ủng hộ Ukraine.",
           "Bên lề Hội nghị thượng đỉnh G7 hôm 16/6, ông Macron nói Pháp ủng hộ Ukraine.",
           "Tổng thống Macron cho biết trong khuôn khổ hội nghị ngày 16/6 rằng Pháp ủng hộ Ukraine.",
       }) {
    auto e = events(text);
    EXPECT_TRUE(std::none_of(e.begin(), e.end(), [](const EventFact& x) { return x.type == "summit" || x.type == "meeting"; })) << text;
  }
  auto e = events("Bên lề Hội nghị thượng đỉnh G7 hôm 16/6, Tổng thống Macron gặp Thủ tướng Starmer.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].type, "meeting");
  e = events("Hội nghị thượng đỉnh G7 khai mạc tại Canada hôm 16/6 với sự tham dự của Tổng thống Macron.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].type, "summit");
}

// A session is part of the gathering told before it; alone, it is a meeting.
TEST_F(Perturb, ASessionIsPartOfItsGathering) {
  for (const auto* session : {"Ngoại trưởng Thổ Nhĩ Kỳ Hakan Fidan chủ trì phiên họp.",
                              "Phiên khai mạc do ông Hakan Fidan chủ trì.",
                              "Ông Fidan phát biểu tại phiên bế mạc, nói hai bên đã tiến gần hơn tới hòa bình."}) {
    auto e = events(std::string("Phái đoàn Nga và Ukraine đàm phán tại Istanbul hôm 2/6. ") + session);
    ASSERT_EQ(e.size(), 1u) << session;
    EXPECT_EQ(e[0].type, "talks") << session;
  }
  auto e = events("Hôm 2/6, Ngoại trưởng Thổ Nhĩ Kỳ Hakan Fidan chủ trì phiên họp của các ngoại trưởng NATO.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].type, "meeting");
}

// Between a speech verb and its "rằng" stand to whom, where and when it was said; the
// statement starts after "rằng", even past a place where the verb says nothing alone.
TEST_F(PerturbSpeaker, WhereAndWhenBeforeRang) {
  for (const auto* text : {
           "Thủ tướng Anh Keir Starmer viết trên mạng xã hội X hôm thứ Năm rằng London sẽ tăng viện trợ cho Kiev.",
           "Ông Starmer nói với các phóng viên tại London hôm 11/6 rằng London sẽ tăng viện trợ cho Kiev.",
           "Thủ tướng Starmer phát biểu tại cuộc họp báo ở London rằng London sẽ tăng viện trợ cho Kiev.",
           "Ông Starmer thông báo qua người phát ngôn hôm thứ Tư rằng London sẽ tăng viện trợ cho Kiev.",
       }) {
    auto x = run(text);
    ASSERT_EQ(x.claims.size(), 1u) << text;
    EXPECT_EQ(f.name(x.claims[0].speaker_id), "Keir Starmer") << text;
    EXPECT_EQ(x.claims[0].text, "London sẽ tăng viện trợ cho Kiev") << text;
  }
  // The "rằng" of another verb in between is that verb's.
  auto x = run("Ông Starmer cho biết ông đã nói với ông Macron rằng London sẽ tăng viện trợ.");
  ASSERT_FALSE(x.claims.empty());
  EXPECT_TRUE(x.claims[0].text.starts_with("ông đã nói")) << x.claims[0].text;
}

// Postponed or called off, said after the event word too ("bị hoãn", "được dời lịch").
TEST_F(Perturb, CancelledAfterTheEventWord) {
  for (const auto* text : {
           "Cuộc gặp giữa ông Macron và ông Starmer tại London dự kiến vào ngày 20/6 đã bị hoãn.",
           "Cuộc gặp giữa ông Macron và ông Starmer tại London vào ngày 20/6 sẽ được dời lịch.",
           "Pháp thông báo lùi cuộc gặp giữa ông Macron và ông Starmer tại London ngày 20/6.",
           "Cuộc gặp giữa ông Macron và ông Starmer tại London ngày 20/6 đã không diễn ra.",
       }) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << text;
    EXPECT_EQ(e[0].status, "cancelled") << text;
    EXPECT_EQ(e[0].date->label(), "2025-06-20") << text;
  }
}

// Countries right after a meeting word are its parties ("cuộc gặp Mỹ - Iran"); after a visit
// word, where one goes; a city after a summit, where it is held.
TEST_F(Perturb, ACountryAfterAMeetingIsAParty) {
  auto e = events("Hôm 10/6, cuộc gặp Pháp - Đức diễn ra tại Paris.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_TRUE(takes_part(e[0], "France") && takes_part(e[0], "Germany"));
  EXPECT_EQ(f.place_name(e[0].place_id), "Paris");
  e = events("Hôm 10/6, ông Macron thăm Đức.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(f.place_name(e[0].place_id), "Germany");
  e = events("Hội nghị thượng đỉnh Anchorage giữa ông Trump và ông Putin diễn ra hôm 15/8.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(f.place_name(e[0].place_id), "Anchorage");
}

// "kể từ năm 2019" starts a period, as "hạn tới ngày 21/11" ends one: neither dates an event.
TEST_F(Perturb, ASinceDateIsNoEventsDate) {
  for (const auto* text : {"Ông Macron gặp ông Starmer, lần đầu tiên kể từ năm 2019.",
                           "Cuộc gặp đầu tiên giữa ông Macron và ông Starmer kể từ tháng 3/2024 diễn ra tại Paris.",
                           "Ông Macron hội đàm với ông Starmer, cuộc hội đàm đầu tiên từ sau ngày 12/3."}) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << text;
    EXPECT_FALSE(e[0].date) << text << ": " << e[0].date->label();
  }
}

// A press conference or interview the sentence does not date is told in the article's time.
TEST_F(Perturb, AnUndatedPressConferenceIsInTheArticlesTime) {
  for (const auto* text : {"Tại cuộc họp báo bế mạc, Tổng thư ký NATO Mark Rutte cho biết các nước đã nhất trí.",
                           "Trong cuộc họp báo sau đó, ông Rutte nói các nước đã nhất trí.",
                           "Trả lời phỏng vấn đài CNN, ông Rutte cho biết các nước đã nhất trí."}) {
    auto e = events(std::string("Hội nghị thượng đỉnh NATO diễn ra tại La Hay hôm 24/6.\n\n") + text);
    auto speech = std::find_if(e.begin(), e.end(), [](const EventFact& x) { return x.type == "press_conference" || x.type == "interview"; });
    ASSERT_NE(speech, e.end()) << text;
    ASSERT_TRUE(speech->date) << text;
    EXPECT_EQ(speech->date->label(), "2025-06-24") << text;
  }
}

// An official left unnamed stands for the country: "Tổng giám đốc tác chiến của Ấn Độ" takes
// part as India. A thing of a country ("các lệnh trừng phạt của Mỹ") or a named person's
// envoy ("đặc phái viên của Tổng thống Trump") does not bring it in.
TEST_F(Perturb, AnUnnamedOfficialStandsForTheCountry) {
  for (const auto* text : {"Chiều 10/5, Tổng giám đốc tác chiến quân sự của Ấn Độ đã điện đàm với người đồng cấp Pakistan.",
                           "Chiều 10/5, Chỉ huy lục quân của Ấn Độ điện đàm với phía Pakistan.",
                           "Chiều 10/5, Thứ trưởng Quốc phòng của Ấn Độ điện đàm với Pakistan."}) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << text;
    EXPECT_TRUE(takes_part(e[0], "India")) << text;
    EXPECT_TRUE(takes_part(e[0], "Pakistan")) << text;
  }
  auto e = events("Hôm 10/5, Pakistan cho rằng các lệnh trừng phạt của Mỹ làm khó cuộc đàm phán với Ấn Độ đang diễn ra tại Riyadh.");
  for (const auto& x : e) EXPECT_FALSE(takes_part(x, "United States"));
  e = events("Hôm 10/5, đặc phái viên của Tổng thống Mỹ Donald Trump gặp Thủ tướng Ấn Độ Narendra Modi.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_FALSE(takes_part(e[0], "Donald Trump"));
}

// "A, X thông báo [hôm 17/10]": the statement is the clause before the speaker.
TEST_F(PerturbSpeaker, TheStatementBeforeTheSpeaker) {
  for (const auto* text : {"Cuộc gặp giữa ông Macron và ông Starmer đã bị hủy, Bộ Ngoại giao Pháp thông báo hôm 11/6.",
                           "Cuộc gặp giữa ông Macron và ông Starmer đã bị hủy, người phát ngôn Bộ Ngoại giao Pháp cho biết.",
                           "Cuộc gặp giữa ông Macron và ông Starmer đã bị hủy, Thủ tướng Anh Keir Starmer nói hôm thứ Tư."}) {
    auto x = run(text);
    ASSERT_EQ(x.claims.size(), 1u) << text;
    EXPECT_EQ(x.claims[0].text, "Cuộc gặp giữa ông Macron và ông Starmer đã bị hủy") << text;
  }
}

// "phát biểu trước Quốc hội": where one spoke, not what was said.
TEST_F(PerturbSpeaker, SpeakingBeforeAnAudienceSaysNothingYet) {
  EXPECT_EQ(speaker("Ông Trump tới Ai Cập sau khi phát biểu trước Quốc hội Israel ở Jerusalem."), "0 claims");
  EXPECT_EQ(speaker("Ông Starmer phát biểu trước Hạ viện rằng London sẽ tăng viện trợ."), "Keir Starmer");
  EXPECT_EQ(speaker("Ông Starmer phát biểu trước Hạ viện: \"London sẽ tăng viện trợ cho Kiev\"."), "Keir Starmer");
}

// A visit lasts days: its arrival and its end, told on two days of one week, are one visit;
// an interview is no press conference, though both are occasions of speech.
TEST_F(Perturb, AVisitOverSeveralDaysIsOne) {
  for (const auto* end : {"Ngày 12/3, Thủ tướng Ishiba sẽ rời Hà Nội, kết thúc chuyến thăm.",
                          "Chiều 13/3, ông Ishiba kết thúc chuyến thăm Việt Nam.",
                          "Hôm 12-3, Thủ tướng Ishiba Shigeru kết thúc chuyến thăm chính thức."}) {
    auto e = events(std::string("Thủ tướng Nhật Bản Ishiba Shigeru đã đến Hà Nội chiều 10/3, bắt đầu chuyến thăm chính thức Việt Nam. ") + end,
                    "2025-03-11");
    ASSERT_EQ(e.size(), 1u) << end;
    EXPECT_EQ(e[0].date->label(), "2025-03-10") << end;
  }
  auto e = events("Thủ tướng Ishiba Shigeru thăm Việt Nam hôm 10/3. Ông Ishiba thăm Việt Nam lần nữa hôm 28/4.", "2025-05-01");
  EXPECT_EQ(e.size(), 2u) << "weeks apart: two visits";
  e = events("Hôm 10/3, Thủ tướng Ishiba và Thủ tướng Phạm Minh Chính họp báo chung tại Hà Nội. "
             "Cùng ngày, ông Ishiba trả lời phỏng vấn báo Nikkei.", "2025-03-11");
  EXPECT_EQ(e.size(), 2u);
}

// The subject's fate is told by its predicate, past an aside; a count of times is no one
// occurrence.
TEST_F(Perturb, FateAfterAnAsideAndCountsOfTimes) {
  for (const auto* text : {"Hôm 19/6, Pháp thông báo vòng tham vấn tiếp theo giữa Pháp và Đức, dự kiến diễn ra tại Paris, đã bị hủy.",
                           "Cuộc gặp giữa ông Macron và ông Merz, vốn được lên lịch từ lâu, đã bị hoãn.",
                           "Cuộc gặp giữa ông Macron và ông Merz tại Berlin, theo kế hoạch vào ngày 20/6, đã bị hủy bỏ."}) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << text;
    EXPECT_EQ(e[0].status, "cancelled") << text;
  }
  for (const auto* text : {"Ông Merz đã bốn lần gặp ông Macron kể từ đầu năm.", "Hai nhà lãnh đạo đã nhiều lần điện đàm với nhau.",
                           "Ông Merz và ông Macron thường xuyên điện đàm."})
    EXPECT_TRUE(events(text).empty()) << text;
  EXPECT_EQ(events("Ông Merz gặp ông Macron lần thứ tư tại Berlin hôm 10/6.").size(), 1u);
}

// The occasion of a saying, between the verb and its "rằng", takes its own names only; an
// interview's outlet after "của" is its own; a fronted "Tại cuộc họp báo …, hai nhà lãnh
// đạo …" has the main clause's pair.
TEST_F(Perturb, OccasionsOfSaying) {
  auto e = events("Ngoại trưởng Nga Sergei Lavrov nói trong cuộc phỏng vấn với đài NBC phát sóng hôm 24/8 rằng ông Putin và "
                  "ông Zelensky chưa có kế hoạch gặp nhau.", "2025-08-25");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_TRUE(takes_part(e[0], "Sergei Lavrov") && takes_part(e[0], "NBC News"));
  EXPECT_FALSE(takes_part(e[0], "Vladimir Putin"));
  e = events("Ông Vance trả lời phỏng vấn chương trình Meet the Press của đài NBC hôm 24/8.", "2025-08-25");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_TRUE(takes_part(e[0], "NBC News"));
  for (const auto* text : {"Tại cuộc họp báo chung sau đó, hai nhà lãnh đạo kêu gọi Nga chấm dứt chiến sự.",
                           "Trong cuộc họp báo chung, hai nhà lãnh đạo kêu gọi Nga chấm dứt chiến sự."}) {
    e = events(std::string("Thủ tướng Đức Friedrich Merz và Tổng thống Pháp Emmanuel Macron gặp nhau tại Paris hôm 29/8. ") + text,
               "2025-08-30");
    auto press = std::find_if(e.begin(), e.end(), [](const EventFact& x) { return x.type == "press_conference"; });
    ASSERT_NE(press, e.end()) << text;
    EXPECT_TRUE(takes_part(*press, "Emmanuel Macron") && takes_part(*press, "Friedrich Merz")) << text;
  }
}

// "trả lời phỏng vấn" is an interview; it says something only when a statement follows.
TEST_F(PerturbSpeaker, AnsweringAnInterview) {
  EXPECT_EQ(speaker("Ông Vance trả lời phỏng vấn chương trình Meet the Press của đài NBC hôm 24/8."), "0 claims");
  EXPECT_EQ(speaker("Ông Vance trả lời phỏng vấn đài NBC rằng Nga đã có những nhượng bộ đáng kể."), "JD Vance");
  EXPECT_EQ(speaker("Ông Vance trả lời phỏng vấn đài NBC: \"Nga đã có những nhượng bộ đáng kể\"."), "JD Vance");
  auto x = run("Ông Vance trả lời phỏng vấn đài NBC rằng Nga đã có những nhượng bộ đáng kể.");
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(x.claims[0].text, "Nga đã có những nhượng bộ đáng kể");
}

// "hai nhà lãnh đạo Nga và Mỹ": the holders of those countries' offices on the day.
TEST_F(Perturb, TheLeadersOfTwoNamedCountries) {
  for (const auto* text : {"Hai nhà lãnh đạo Nga và Mỹ đã điện đàm hôm thứ Hai.", "Hai tổng thống Nga - Mỹ đã điện đàm hôm thứ Hai.",
                           "Lãnh đạo hai nước Pháp và Anh điện đàm hôm thứ Hai."}) {
    auto e = events(text, "2025-11-19");
    ASSERT_EQ(e.size(), 1u) << text;
    auto who = f.names(e[0].participants);
    if (std::string(text).find("Pháp") != std::string::npos) {
      EXPECT_TRUE(contains(who, "Emmanuel Macron") && contains(who, "Keir Starmer")) << text;
    } else {
      EXPECT_TRUE(contains(who, "Vladimir Putin") && contains(who, "Donald Trump")) << text;
    }
  }
}

// A summit of a body is held under its head on that day.
TEST_F(Perturb, ASummitOfABodyHasItsHead) {
  for (const auto* text : {"Hội nghị thượng đỉnh NATO khai mạc tại La Hay hôm 24/6.", "Ngày 24-6, hội nghị thượng đỉnh NATO diễn ra ở La Hay."}) {
    auto e = events(text, "2025-06-26");
    ASSERT_EQ(e.size(), 1u) << text;
    EXPECT_TRUE(takes_part(e[0], "Mark Rutte")) << text;
  }
  auto e = events("Hội nghị thượng đỉnh NATO khai mạc tại Washington hôm 9/7/2024.", "2024-07-10");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_TRUE(takes_part(e[0], "Jens Stoltenberg")) << "the head on that day";
}

// A title alone ("Chủ tịch nước cho biết …") is the person this article named right after
// that same title; not a group ("hai ngoại trưởng"), not a title whose own person follows.
TEST_F(PerturbSpeaker, ATitleAloneIsWhoItNamedBefore) {
  auto second = [&](const std::string& text) {
    auto x = run(text, "2025-03-11");
    return x.claims.empty() ? std::string("0 claims") : f.name(x.claims.back().speaker_id);
  };
  EXPECT_EQ(second("Chủ tịch nước Lương Cường hội đàm với Tổng thống Indonesia Prabowo Subianto hôm 10/3. "
                   "Chủ tịch nước cho biết Việt Nam coi trọng quan hệ với Indonesia."),
            "Lương Cường");
  EXPECT_EQ(second("Hôm 10/3, Tổng Bí thư Tô Lâm tiếp Thủ tướng Singapore Lawrence Wong. "
                   "Theo Tổng Bí thư, hai nước cần mở rộng hợp tác về kinh tế số."),
            "Tô Lâm");
  EXPECT_EQ(second("Thủ tướng Phạm Minh Chính gặp Tổng thống Pháp Emmanuel Macron hôm 10/3. "
                   "Tổng thống khẳng định Pháp muốn tăng đầu tư vào Việt Nam."),
            "Emmanuel Macron");
  // A group, a title of someone named after it, a second title of the next person.
  EXPECT_EQ(second("Ngoại trưởng Nga Sergei Lavrov gặp Ngoại trưởng Mỹ Marco Rubio hôm 10/3. "
                   "Hai ngoại trưởng khẳng định mong muốn nối lại đường bay thẳng."),
            "0 claims");
  auto e = events("Thủ tướng Phạm Minh Chính gặp Tổng thống Pháp Emmanuel Macron hôm 10/3. "
                  "Hôm sau, Tổng thống nước chủ nhà Cyril Ramaphosa tiếp Thủ tướng.", "2025-03-11");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_FALSE(takes_part(e[1], "Emmanuel Macron"));
  e = events("Tổng thống Pháp Emmanuel Macron thăm Hà Nội hôm 10/3. Cùng ngày, Phó Thủ tướng, Bộ trưởng Ngoại giao "
             "Campuchia Prak Sokhonn gặp Ngoại trưởng Thái Lan Maris Sangiampongsa.", "2025-03-11");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_FALSE(takes_part(e[1], "Emmanuel Macron"));
}

// "ông Lee" after "Lee Jae Myung": a name written family name first is met again by its
// first word, as "bà Hằng" is by the last.
TEST_F(PerturbSpeaker, FamilyNameFirstMetAgain) {
  auto x = run("Tổng thống Hàn Quốc Lee Jae Myung gặp Thủ tướng Nhật Bản Ishiba Shigeru hôm 10/3. "
               "Ông Lee nói rằng hai nước cần hợp tác chặt chẽ hơn.", "2025-03-11");
  ASSERT_FALSE(x.claims.empty());
  EXPECT_EQ(f.name(x.claims.back().speaker_id), "Lee Jae-myung");
}

// "Bên lề hội nghị, A gặp B": a meeting on the sidelines is not the gathering that frames it,
// and a conference beside a meeting word in one sentence is its occasion.
TEST_F(Perturb, SidelinesMeetingsAreTheirOwn) {
  for (const auto* text : {"Hội nghị thượng đỉnh G20 khai mạc tại Johannesburg hôm 22/11. "
                           "Bên lề hội nghị, chiều cùng ngày, Thủ tướng Anh Keir Starmer đã gặp Tổng thống Brazil Lula da Silva.",
                           "Ngày 22/11, hội nghị thượng đỉnh G20 diễn ra ở Johannesburg với sự có mặt của Thủ tướng Anh Keir Starmer. "
                           "Bên lề hội nghị, ông Starmer có cuộc gặp với Tổng thống Lula da Silva."}) {
    auto e = events(text, "2025-11-23");
    ASSERT_EQ(e.size(), 2u) << text;
    EXPECT_EQ(e[0].type, "summit") << text;
    EXPECT_EQ(e[1].type, "meeting") << text;
    EXPECT_TRUE(takes_part(e[1], "Luiz Inácio Lula da Silva")) << text;
  }
  auto e = events("Tổng thống Pháp Emmanuel Macron tranh thủ hội nghị để gặp Thủ tướng Anh Keir Starmer hôm 22/11.", "2025-11-23");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].type, "meeting");
}

// In one article a held meeting and a cancelled one of the same pair, on other days, are two.
TEST_F(Perturb, AHeldAndACancelledMeetingAreTwo) {
  auto e = events("Ông Macron có cuộc gặp với ông Starmer vào trưa 25/6. Hôm 16/6, Điện Élysée thông báo hủy cuộc gặp "
                  "giữa ông Macron và ông Starmer tại Rome.",
                  "2025-06-26");
  std::size_t held = 0, cancelled = 0;
  for (const auto& x : e) held += x.type == "meeting" && x.status == "happened", cancelled += x.type == "meeting" && x.status == "cancelled";
  EXPECT_EQ(held, 1u);
  EXPECT_EQ(cancelled, 1u);
}

// One article tells of one summit at a time: "hội nghị" after it, whoever it names, is it.
TEST_F(Perturb, TheConferenceAfterASummitIsIt) {
  auto e = events("Hội nghị thượng đỉnh EU khai mạc tại Brussels hôm 26/6. Ngoài Thủ tướng Ba Lan Donald Tusk, hội nghị có "
                  "Thủ tướng Hungary Viktor Orbán.", "2025-06-27");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].type, "summit");
}

// "tiếp" receives someone only when they follow it; else it is "on, further".
TEST_F(Perturb, ReceivingTakesWhomItReceives) {
  for (const auto* text : {"Hôm 10/3, Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản tại Hà Nội.",
                           "Chiều 10/3, Thủ tướng Phạm Minh Chính tiếp ông Lawrence Wong tại Hà Nội.",
                           "Ngày 10/3, Tổng Bí thư Tô Lâm tiếp đoàn đại biểu Quốc hội Lào."})
    EXPECT_EQ(only(text, "2025-03-11"), "meeting happened") << text;
  for (const auto* text : {"Hôm 10/3, ông Macron viết tiếp trên mạng xã hội X về quan hệ hai nước.",
                           "Bắc Kinh liên tiếp đưa ra các biện pháp đáp trả Nhật Bản hôm 10/3.",
                           "Hai bên sẽ bàn tiếp vấn đề thuế quan vào tuần sau."})
    EXPECT_TRUE(events(text, "2025-03-11").empty()) << text;
}

// Nouns built on "không" (không khí, không quân, hàng không) negate nothing after them.
TEST_F(Perturb, NounsWithKhongNegateNothing) {
  for (const auto* text : {"Không khí tại cuộc gặp giữa ông Macron và ông Starmer ở Paris hôm 10/3 rất cởi mở.",
                           "Ông Macron đáp xuống căn cứ không quân Villacoublay rồi gặp ông Starmer hôm 10/3.",
                           "Thỏa thuận hàng không được nêu tại cuộc gặp giữa ông Macron và ông Starmer hôm 10/3."})
    EXPECT_EQ(only(text, "2025-03-11"), "meeting happened") << text;
}

// "bị gác lại", "sẽ không được tổ chức": the event is cancelled.
TEST_F(Perturb, ShelvedIsCancelled) {
  for (const auto* text : {"Hội nghị thượng đỉnh ASEAN - Úc dự kiến vào tháng 12 đã bị gác lại.",
                           "Bộ Ngoại giao Úc cho biết hội nghị thượng đỉnh ASEAN - Úc, dự kiến vào tháng 12, sẽ không được tổ chức."}) {
    auto e = events(text, "2025-11-11");
    ASSERT_FALSE(e.empty()) << text;
    EXPECT_EQ(e[0].status, "cancelled") << text;
  }
}

// "Tại cuộc gặp, …" is the meeting told before: the main clause's dates are what was said.
TEST_F(Perturb, AFrontedBareEventIsTheOneTold) {
  for (const auto* text : {"Ông Macron gặp ông Starmer tại Paris hôm 3/3. Tại cuộc gặp, ông Starmer nói rằng hai nước đã hợp tác tốt năm ngoái.",
                           "Ông Macron hội đàm với ông Starmer tại Paris ngày 3/3. Trong cuộc hội đàm, ông Starmer, người nhậm chức hồi tháng 7 năm ngoái, "
                           "kêu gọi tăng viện trợ."}) {
    auto e = events(text, "2025-03-04");
    ASSERT_EQ(e.size(), 1u) << text;
    ASSERT_TRUE(e[0].date) << text;
    EXPECT_EQ(kb::iso(e[0].date->start), "2025-03-03") << text;
  }
}

// The heads of delegations: "do <titles> X dẫn đầu", "X đứng đầu phái đoàn Y".
TEST_F(Perturb, DelegationHeadsOverTitles) {
  auto e = events("Phái đoàn Nga do Trợ lý Tổng thống Vladimir Medinsky dẫn đầu, trong khi Bộ trưởng Quốc phòng Rustem Umerov "
                  "đứng đầu phái đoàn Ukraine. Hôm 16/5, phái đoàn hai nước ngồi vào bàn đàm phán tại Istanbul.",
                  "2025-05-17");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].type, "talks");
  EXPECT_TRUE(takes_part(e[0], "Vladimir Medinsky") && takes_part(e[0], "Rustem Umerov"));
}

// Two words are no reported statement; a known name may start in lower case after "bà".
TEST_F(PerturbSpeaker, ShortReportsAndLowerCaseNames) {
  EXPECT_EQ(speaker("Tuy vậy, bà Takaichi không cho biết liệu bà có rút lại phát biểu hay không."), "0 claims");
  EXPECT_EQ(speaker("Tổng thống Pháp Emmanuel Macron có mặt. Sau đó, bà von der Leyen nói rằng EU sẽ đáp trả."), "Ursula von der Leyen");
}

// Speculation is no occurrence and no plan ("khả năng", "đồn đoán"); "chuỗi đàm phán" is many.
TEST_F(Perturb, SpeculationIsNoEvent) {
  for (const auto* text : {"Giới phân tích cho rằng khả năng hai bên sớm nối lại đàm phán là rất thấp.",
                           "Một số tờ báo đồn đoán ông Macron và ông Starmer có thể gặp nhau vào tuần tới.",
                           "Đây lẽ ra là vòng thứ sáu trong chuỗi đàm phán gián tiếp giữa Iran và Mỹ."})
    EXPECT_EQ(only(text, "2025-06-14"), "0 events") << text;
}

// A weekday with a plan word after it is the coming one: "vào Chủ nhật sẽ không diễn ra".
TEST_F(Perturb, AWeekdayBeforeAPlanWordIsTheComingOne) {
  for (const auto* text : {"Ông Macron cho biết cuộc gặp với ông Starmer vào Chủ nhật sẽ không diễn ra.",
                           "Cuộc gặp giữa ông Macron và ông Starmer vào thứ Năm dự kiến diễn ra tại Paris."}) {
    auto e = events(text, "2025-06-12");  // a Thursday
    ASSERT_EQ(e.size(), 1u) << text;
    ASSERT_TRUE(e[0].date) << text;
    EXPECT_GE(kb::iso(e[0].date->start), "2025-06-12") << text;
  }
}

// "sẽ tới": a traveller, a plan word, then the going verb and its place.
TEST_F(Perturb, APlannedTripAfterAnAside) {
  for (const auto* text : {"Ông Witkoff, đặc phái viên của Tổng thống Trump, sẽ tới Ai Cập vào thứ Tư.",
                           "Đặc phái viên Mỹ Steve Witkoff và ông Jared Kushner sắp tới Ai Cập."})
    EXPECT_EQ(only(text, "2025-10-07"), "visit planned") << text;
}

// A body's delegation has a head too: "phái đoàn Hamas do ông X dẫn đầu".
TEST_F(Perturb, ABodysDelegationHead) {
  auto e = events("Hôm 6/10, vòng đàm phán khai mạc với sự tham gia của phái đoàn Hamas do ông Khalil al-Hayya dẫn đầu. "
                  "Ngày 7/10, Hamas và Israel tiếp tục đàm phán gián tiếp tại Sharm el-Sheikh.",
                  "2025-10-08");
  ASSERT_FALSE(e.empty());
  EXPECT_TRUE(takes_part(e.back(), "Khalil al-Hayya"));
}

// "ông X nói: “Tôi tin rằng …”": the quotation is the statement, its own "rằng" inside it.
TEST_F(Perturb, AColonQuotationKeepsItsOwnThat) {
  auto x = run("Tổng thống Hàn Quốc Lee Jae Myung nói: “Tôi tin rằng quan hệ hai nước sẽ trở thành hình mẫu”.", "2025-08-11");
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(x.claims[0].text.rfind("Tôi tin rằng", 0), 0u) << x.claims[0].text;
  EXPECT_TRUE(x.claims[0].direct);
}

// "nhà ngoại giao Nga" is the Russian diplomat named last; "về phần mình" is an aside.
TEST_F(PerturbSpeaker, TheDiplomatOfACountryAndAsides) {
  EXPECT_EQ(speaker("Ngoại trưởng Nga Sergei Lavrov gặp ông Bùi Thanh Sơn hôm 10/7. Nhà ngoại giao Nga nói rằng hai nước là đối tác "
                    "chiến lược toàn diện."),
            "Sergei Lavrov");
  EXPECT_EQ(speaker("Tại cuộc gặp, bà Kaja Kallas, về phần mình, nêu rõ quan hệ hai bên đã tới một bước ngoặt."), "Kaja Kallas");
}

// "“…”, X viết …, đồng thời cho biết …": two statements of one speaker in one sentence.
TEST_F(Perturb, ASecondVerbJoinedToTheFirst) {
  for (const auto* text : {"“Vòng đàm phán sẽ không diễn ra”, Ngoại trưởng Oman Badr Albusaidi viết trên mạng xã hội X hôm nay, "
                           "đồng thời cho biết đối thoại vẫn là con đường duy nhất.",
                           "“Chúng tôi sẽ tiếp tục đối thoại”, ông Albusaidi nói với báo giới, rồi khẳng định Oman sẵn sàng làm trung gian."}) {
    auto x = run(text, "2025-06-14");
    ASSERT_EQ(x.claims.size(), 2u) << text;
    EXPECT_TRUE(x.claims[0].direct) << text;
    EXPECT_FALSE(x.claims[1].direct) << text;
    EXPECT_EQ(x.claims[0].speaker_id, x.claims[1].speaker_id) << text;
  }
}

// "cùng ngày" goes on from the story's day, not from a date in a "sau khi" clause inside it.
TEST_F(Perturb, TheSameDayIsNotTheBackgrounds) {
  for (const auto* text : {"Sáng 10/7, ông Macron gặp ông Starmer. Cuộc gặp diễn ra một tuần sau khi hai ông điện đàm hôm 2/7. "
                           "Chiều cùng ngày, ông Macron gặp Thủ tướng Ý Giorgia Meloni.",
                           "Ông Macron gặp ông Starmer ngày 10/7, chỉ vài ngày sau khi hai ông điện đàm hôm 2/7. Cùng ngày, ông "
                           "Macron gặp bà Giorgia Meloni.",
                           "Ông Macron gặp ông Starmer ngày 10/7, chỉ ít hôm sau khi hai ông điện đàm hôm 2/7. Cùng ngày, ông "
                           "Macron gặp bà Giorgia Meloni."})
    EXPECT_EQ(day_with(text, "2025-07-10", "Giorgia Meloni"), "2025-07-10") << text;
}

// "Cuộc gặp diễn ra hai ngày sau khi hai phái đoàn hội đàm …": the clause of another time
// tells another event, with its own date; a long title does not hide a delegation's head.
TEST_F(Perturb, AnEventInAClauseOfAnotherTime) {
  const char* text = "Ông Witkoff gặp ông Putin tại Moskva hôm 2/12. Cuộc gặp diễn ra hai ngày sau khi phái đoàn Mỹ và Ukraine hội "
                     "đàm tại Florida hôm 30/11. Phía Ukraine do Thư ký Hội đồng An ninh và Quốc phòng Quốc gia Rustem Umerov dẫn đầu.";
  EXPECT_EQ(events(text, "2025-12-03").size(), 2u);
  EXPECT_EQ(day_with(text, "2025-12-03", "Rustem Umerov"), "2025-11-30");
  EXPECT_EQ(day_with(text, "2025-12-03", "Vladimir Putin"), "2025-12-02");
}

// "nhà đàm phán" is a person, not talks; a bare "thượng đỉnh" is the summit told, not the
// talks told since.
TEST_F(Perturb, NegotiatorsAndBareSummits) {
  EXPECT_EQ(only("Hôm 29/11, nhà đàm phán kinh tế của Nga viết trên mạng xã hội X rằng đối thoại là con đường duy nhất.", "2025-12-01"),
            "0 events");
  auto e = events("Hội nghị thượng đỉnh Nga - Mỹ tại Budapest đã bị hủy hôm 22/10. Hôm 29/11, Nga và Mỹ hội đàm tại Miami. "
                  "Phía Nga khẳng định “thời điểm của thượng đỉnh chưa bao giờ được ấn định”.",
                  "2025-12-01");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].more_sentences.size(), 1u) << "the summit is told twice";
}

// "ông X nói A và nhấn mạnh: “B”" says two things; "X nhấn mạnh A, đồng thời bày tỏ B" one.
TEST_F(Perturb, AJoinedVerbWithAQuotationSaysASecondThing) {
  auto x = run("Trả lời phóng viên hôm thứ Năm, ông Ramaphosa nói sự vắng mặt của Mỹ là mất mát của chính họ và nhấn mạnh: "
               "“G20 không thể bị bất kỳ ai bắt làm con tin”.", "2025-11-22");
  ASSERT_EQ(x.claims.size(), 2u);
  EXPECT_EQ(x.claims[0].text, "sự vắng mặt của Mỹ là mất mát của chính họ");
  EXPECT_TRUE(x.claims[1].direct);
  x = run("Ngoại trưởng Lavrov nhấn mạnh cam kết của Nga với các định hướng đã thiết lập, đồng thời bày tỏ sự sẵn sàng hợp tác với Mỹ.");
  EXPECT_EQ(x.claims.size(), 1u);
}

// A line of its own, short and unpunctuated, is a heading: no claims, as the headline.
TEST_F(PerturbSpeaker, HeadingsSayNothing) {
  EXPECT_EQ(speaker("Ông Lavrov gặp ông Rubio hôm 10/7.\nNga phản đối lực lượng gìn giữ hòa bình châu Âu\nHai bên bàn về Ukraine."),
            "0 claims");
  EXPECT_EQ(speaker("Ông Lavrov gặp ông Rubio hôm 10/7.\nNga phản đối lực lượng gìn giữ hòa bình châu Âu.\nHai bên bàn về Ukraine."),
            "Russia");
  EXPECT_EQ(speaker("Người phát ngôn của Tổng thống Ramaphosa, ông Vincent Magwenya, cho biết văn kiện được các thành viên ủng hộ."),
            "Vincent Magwenya");
}

// In one sentence, what happened is not what was called off.
TEST_F(Perturb, HeldAndShelvedInOneSentence) {
  auto e = events("Quan chức Nhật Bản và Trung Quốc gặp nhau tại Bắc Kinh hôm 18/11, trong khi thượng đỉnh ba bên đã bị gác lại.",
                  "2025-11-19");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_NE(e[0].status, e[1].status);
}

// "hai bên" after two people met: those two, not their countries; "cuộc gặp báo chí" is a
// press conference.
TEST_F(Perturb, BothSidesAreThePeopleWhoMet) {
  auto e = events("Chủ tịch nước Lương Cường hội đàm với Tổng thống Pháp Emmanuel Macron tại Hà Nội sáng 26/5, khi Việt Nam và Pháp "
                  "kỷ niệm quan hệ ngoại giao. Hai bên sau đó cùng gặp gỡ báo chí. Tại cuộc gặp báo chí, ông Macron nói rằng Pháp "
                  "coi Việt Nam là đối tác hàng đầu.",
                  "2025-05-26");
  auto press = std::find_if(e.begin(), e.end(), [](const EventFact& x) { return x.type == "press_conference"; });
  ASSERT_NE(press, e.end());
  EXPECT_TRUE(takes_part(*press, "Lương Cường") && takes_part(*press, "Emmanuel Macron"));
  EXPECT_EQ(std::count_if(e.begin(), e.end(), [](const EventFact& x) { return x.type == "meeting"; }), 0);
}

// The day an event ended dates it to the month only: a multi-day event is known by its first.
TEST_F(Perturb, TheDayItEndedTellsTheMonth) {
  for (const auto* text : {"Khi kết thúc đàm phán với Phó Thủ tướng Hà Lập Phong hôm 26/10, ông Bessent nói hai bên đã có khuôn khổ tốt.",
                           "Hội nghị thượng đỉnh NATO tại La Hay khép lại chiều 25/6 với cam kết chi tiêu mới.",
                           // the close of a subject however long its noun phrase
                           "Hội nghị thượng đỉnh G20 tại thành phố Johannesburg (Nam Phi) khép lại chiều 23/11 với một tuyên bố chung."}) {
    auto e = events(text, "2025-10-31");
    ASSERT_EQ(e.size(), 1u) << text;
    ASSERT_TRUE(e[0].date) << text;
    EXPECT_EQ(e[0].date->precision, kb::Precision::month) << text;
  }
  auto e = events("Hội nghị thượng đỉnh NATO khai mạc tại La Hay ngày 24/6.", "2025-06-26");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].date->precision, kb::Precision::day);
}

// "Tham dự có X và Y": who attended the gathering just told; their offices tell their
// countries, so "Thái Lan và Campuchia đàm phán" is the talks of their leaders.
TEST_F(Perturb, WhoAttendedTheTalksToldBefore) {
  auto e = events("Chiều 28/7, Thái Lan và Campuchia đàm phán tại Putrajaya. Cuộc đàm phán diễn ra tại dinh thự của Thủ tướng Anwar. "
                  "Tham dự có Thủ tướng Campuchia Hun Manet và Quyền Thủ tướng Thái Lan Somchai Wongsawat.",
                  "2025-07-29");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_TRUE(takes_part(e[0], "Hun Manet") && takes_part(e[0], "Somchai Wongsawat"));
  EXPECT_EQ(only("Tham dự có Thủ tướng Campuchia Hun Manet và Quyền Thủ tướng Thái Lan Somchai Wongsawat.", "2025-07-29"), "0 events");
}

// What observers think is no event ("Giới quan sát cho rằng … sẽ sớm gặp nhau"); a fact they
// presuppose is ("… sau cuộc gặp ở Busan hôm 30/10"), and so is one analysts report.
TEST_F(Perturb, ObserversOpinionsAreNoEvents) {
  EXPECT_EQ(only("Giới quan sát cho rằng ông Macron và ông Starmer sẽ sớm gặp nhau tại London.", "2025-11-19"), "0 events");
  EXPECT_EQ(only("Nhiều chuyên gia nhận định hai bên có thể nối lại đàm phán trong tháng tới.", "2025-11-19"), "0 events");
  EXPECT_EQ(only("Giới quan sát cho rằng Bắc Kinh có lợi thế sau cuộc gặp giữa ông Trump và ông Tập tại Busan hôm 30/10.", "2025-11-19"),
            "meeting happened");
  EXPECT_EQ(only("Theo giới phân tích, việc Nga và Mỹ nối lại tham vấn tại Istanbul hôm 27/2 là tín hiệu tích cực.", "2025-11-19"),
            "talks happened");
}

// An event noun's plan predicate reaches over a long noun phrase.
TEST_F(Perturb, APlanPredicateAfterALongSubject) {
  EXPECT_EQ(only("Cuộc họp Ủy ban Biên giới chung (GBC) giữa Thái Lan và Campuchia sẽ được tổ chức tại Kuala Lumpur ngày 4/8.",
                 "2025-07-29"),
            "meeting planned");
}

// "Tham dự cuộc gặp hôm 18/8 có …" names the meeting told before and who attended it.
TEST_F(Perturb, AttendingTheMeetingToldBefore) {
  const char* text = "Ông Trump gặp ông Zelensky tại Nhà Trắng hôm 18/8. Tham dự cuộc gặp hôm 18/8 có Thủ tướng Đức Friedrich "
                     "Merz, Tổng thống Pháp Emmanuel Macron và Thủ tướng Anh Keir Starmer.";
  EXPECT_EQ(only(text, "2025-08-20"), "meeting happened");
  EXPECT_EQ(day_with(text, "2025-08-20", "Keir Starmer"), "2025-08-18");
  EXPECT_EQ(only("Trung Quốc gặp Nga hôm 3/3 tại Bắc Kinh. Ấn Độ sẽ không tham gia, ông Modi nói.", "2025-03-04"), "meeting happened");
}

// "bên lề cuộc đàm phán": talks that are the occasion of another act are the talks told.
TEST_F(Perturb, TalksAsTheOccasionOfAnInterview) {
  const char* text = "Ông Greer và ông Lý Thành Cương đàm phán tại Stockholm từ 28 đến 29/7. Ông Greer nói trong cuộc phỏng vấn "
                     "với kênh CNBC bên lề cuộc đàm phán hôm 29/7 rằng hai bên đã đi khá xa.";
  EXPECT_EQ(events(text, "2025-07-30").size(), 2u);
  EXPECT_EQ(day_with(text, "2025-07-30", "CNBC"), "2025-07-29");
}

// "Khi đó" is the time last stated, at its precision; "Tổng Bí thư và ông X": the title
// alone, then another person.
TEST_F(Perturb, ThenIsTheTimeLastStated) {
  const char* text = "Quan hệ hai nước được nâng cấp hồi tháng 10 năm ngoái. Khi đó, Tổng Bí thư Tô Lâm và ông Macron đã hội đàm "
                     "tại Điện Élysée. Hôm nay, Tổng Bí thư và ông Macron điện đàm.";
  EXPECT_EQ(day_with(text, "2025-05-26", "Emmanuel Macron"), "2024-10-01");
  auto e = events(text, "2025-05-26");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].date->precision, kb::Precision::month);
  EXPECT_TRUE(takes_part(e[1], "Tô Lâm") && takes_part(e[1], "Emmanuel Macron"));
}

// An event word alone in an adverbial of time before the clause ("Giữa cuộc họp,", "Sau
// hội đàm,", "Tại cuộc gặp,") is the event told last of its kind: the clause's acts are on
// its day, not on the date given last. "Trước cuộc gặp," gives no day: it may be days before.
TEST_F(Perturb, AnEventWordAloneBeforeTheClauseIsTheOneToldAndGivesItsDay) {
  const std::string told =
      "Hôm 9/6, Thủ tướng Canada Mark Carney tiếp Thủ tướng Anh Keir Starmer tại Ottawa.\n\n"
      "Hôm qua, ông Starmer trở về London.\n\n";
  for (const auto* then : {
           "Giữa cuộc gặp, ông Carney điện đàm với Tổng thống Pháp Emmanuel Macron.",
           "Ngay sau cuộc gặp, ông Carney đã điện đàm với Tổng thống Pháp Emmanuel Macron.",
           "Tại cuộc gặp, ông Carney điện đàm với Tổng thống Pháp Emmanuel Macron.",
       }) {
    EXPECT_EQ(day_with(told + then, "2025-06-12", "Emmanuel Macron"), "2025-06-09") << then;
    // …and the meeting stays one, of its own people.
    std::size_t meetings = 0;
    for (const auto& e : events(told + then))
      if (e.type == "meeting") {
        ++meetings;
        EXPECT_FALSE(takes_part(e, "Emmanuel Macron")) << then;
      }
    EXPECT_LE(meetings, 2u) << then;
  }
  EXPECT_NE(day_with(told + "Trước cuộc gặp, ông Carney điện đàm với Tổng thống Pháp Emmanuel Macron.", "2025-06-12",
                     "Emmanuel Macron"),
            "2025-06-09");
  // A plan made there is for later.
  for (const auto& e : events(told + "Sau cuộc gặp, hai bên nhất trí sẽ hội đàm với Tổng thống Pháp Emmanuel Macron."))
    if (takes_part(e, "Emmanuel Macron")) EXPECT_NE(e.date ? kb::iso(e.date->start) : "-", "2025-06-09");
}

// An event denied, refused or avoided did not take place; refusing to comment on one says
// nothing of it.
TEST_F(Perturb, AnEventDeniedOrAvoidedIsNoOccurrence) {
  for (const auto* text : {
           "Ông Carney cáo buộc phía Anh đang né tránh cuộc gặp với ông.",
           "Văn phòng Thủ tướng Anh phủ nhận thông tin về một cuộc gặp giữa ông Starmer và ông Carney hôm 9/6.",
           "Thủ tướng Keir Starmer đã từ chối hội đàm với ông Carney tại London.",
       })
    EXPECT_TRUE(events(text).empty()) << text;
  EXPECT_EQ(only("Ông Starmer từ chối bình luận về cuộc gặp với ông Carney tại Ottawa hôm 9/6.", "2025-06-12"), "meeting happened");
}

// A span of years ("(2/12/1975 - 2/12/2025)", an anniversary's) dates no event, and "cùng
// ngày" after it goes on from the day told before it.
TEST_F(Perturb, ASpanOfYearsDatesNoEvent) {
  const std::string text =
      "Thủ tướng Canada Mark Carney tới Ottawa sáng 9/6, bắt đầu chuyến thăm chính thức Anh.\n\n"
      "Chuyến thăm diễn ra đúng dịp kỷ niệm 50 năm quan hệ (9/6/1975 - 9/6/2025).\n\n"
      "Chiều cùng ngày, ông Carney hội đàm với Thủ tướng Anh Keir Starmer.";
  for (const auto& e : events(text)) {
    ASSERT_TRUE(e.date) << e.type;
    EXPECT_EQ(kb::iso(e.date->start), "2025-06-09") << e.type;
  }
  EXPECT_EQ(day_with(text, "2025-06-12", "Keir Starmer"), "2025-06-09");
}

// "sẽ dự lễ … và hội kiến C": a plan word reaches every predicate joined by "và", even
// when the first one is no event.
TEST_F(Perturb, APlanReachesAPredicateJoinedAfterANonEvent) {
  EXPECT_EQ(only("Sáng mai, Thủ tướng Carney sẽ dự lễ khánh thành nhà máy điện gió lớn nhất miền Đông Canada và hội kiến "
                 "Thủ tướng Anh Keir Starmer.", "2025-06-12"),
            "meeting planned");
  EXPECT_EQ(only("Sáng qua, Thủ tướng Carney dự lễ khánh thành nhà máy điện gió và hội kiến Thủ tướng Anh Keir Starmer.", "2025-06-12"),
            "meeting happened");
}

// "Tổng Bí thư, Chủ tịch nước X": a comma between two titles lists one person's offices; it
// parts no clause, so X is who the verb before met.
TEST_F(Perturb, ACommaBetweenTitlesListsOnePersonsOffices) {
  auto e = events("Chiều 10/6, Thủ tướng Carney hội đàm với Thủ tướng, Bộ trưởng Tài chính Anh Keir Starmer, sau đó hội kiến "
                  "Tổng thống Pháp Emmanuel Macron.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_TRUE(takes_part(e[0], "Keir Starmer") && !takes_part(e[0], "Emmanuel Macron"));
  EXPECT_TRUE(takes_part(e[1], "Emmanuel Macron") && takes_part(e[1], "Mark Carney"));
}

// "Tại cuộc gặp," names the event told last that "cuộc gặp" can name: talks, a visit or a
// meeting, the nearest; "Sau hội đàm," names talks only, past a visit told since.
TEST_F(Perturb, TheWordOfAnOccasionNamesWhatItCan) {
  const std::string told =
      "Hôm 8/6, ông Carney gặp ông Macron tại Paris.\n\n"
      "Hôm 10/6, Thủ tướng Carney hội đàm với Thủ tướng Anh Keir Starmer tại London.\n\n";
  EXPECT_EQ(day_with(told + "Tại cuộc gặp, ông Carney điện đàm với Tổng thống Mỹ Donald Trump.", "2025-06-12", "Donald Trump"),
            "2025-06-10");
  EXPECT_EQ(day_with(told + "Ông Starmer nhận lời mời thăm Canada.\n\nSau hội đàm, ông Carney điện đàm với Tổng thống Mỹ Donald Trump.",
                     "2025-06-12", "Donald Trump"),
            "2025-06-10");
}

// A summons is a meeting with the envoy summoned ("triệu tập Đại sứ X").
TEST_F(Perturb, ASummonsIsAMeetingWithTheEnvoy) {
  for (const auto* text : {"Hôm 10/6, Bộ Ngoại giao Canada đã triệu tập Đại sứ Anh tại Ottawa Keir Starmer.",
                           "Thủ tướng Mark Carney hôm 10/6 triệu tập Đại sứ Pháp Emmanuel Macron để phản đối."}) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << text;
    EXPECT_EQ(e[0].type, "meeting") << text;
  }
}

// "hai" before any title is two of its holders named before ("hai Tổng Bí thư", "hai đặc
// phái viên"), as "hai nhà lãnh đạo" is two leaders.
TEST_F(Perturb, TwoOfATitleAreTheTwoHoldersNamedBefore) {
  for (const auto* pair : {"hai Thủ tướng", "hai vị Thủ tướng", "hai nhà lãnh đạo"}) {
    auto text = std::string("Thủ tướng Canada Mark Carney và Thủ tướng Anh Keir Starmer dự lễ khánh thành tại Ottawa hôm 9/6.\n\n") +
                "Hôm 10/6, " + pair + " điện đàm về thương mại.";
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << pair;
    EXPECT_TRUE(takes_part(e[0], "Mark Carney") && takes_part(e[0], "Keir Starmer")) << pair;
  }
}

// "lần lượt" after the event word spreads it over the days listed after it: one event each,
// at the place named with its day; and the same pair's talks a week apart stay two.
TEST_F(Perturb, InTurnOverDaysIsOneEventEach) {
  auto e = events("Hai vòng đàm phán giữa Thủ tướng Carney và Thủ tướng Starmer lần lượt diễn ra tại Ottawa ngày 2/6 và tại London ngày 9/6.");
  ASSERT_EQ(e.size(), 2u);
  std::vector<std::string> days;
  for (const auto& x : e) days.push_back(x.date ? kb::iso(x.date->start) : "-");
  EXPECT_EQ(days, (std::vector<std::string>{"2025-06-02", "2025-06-09"}));
  EXPECT_EQ(f.place_name(e[0].place_id), "Ottawa");
  EXPECT_EQ(f.place_name(e[1].place_id), "London");
  EXPECT_EQ(events("Ngày 2/6, ông Carney hội đàm với ông Starmer tại Ottawa.\n\nNgày 10/6, ông Carney lại hội đàm với ông Starmer.").size(), 2u);
}

// An event noun's own possessor is its agent: "chuyến thăm Ottawa của Thủ tướng X" is X's
// visit; an inviter ("theo lời mời của Y") is not.
TEST_F(Perturb, AnEventNounsPossessorIsItsAgent) {
  for (const auto* text : {"Chuyến thăm Ottawa của Thủ tướng Anh Keir Starmer diễn ra hôm 9/6.",
                           "Chuyến đi Ottawa của Thủ tướng Anh Keir Starmer diễn ra hôm 9/6.",
                           "Bộ Ngoại giao Anh hôm 9/6 thông báo hủy chuyến thăm của Thủ tướng Keir Starmer tới Ottawa."}) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << text;
    EXPECT_TRUE(takes_part(e[0], "Keir Starmer")) << text;
  }
  auto e = events("Ông Starmer tới Ottawa tối 9/6, bắt đầu chuyến thăm Canada theo lời mời của Thủ tướng Mark Carney.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_FALSE(takes_part(e[0], "Mark Carney"));
}

// …also with words between that only tell which occasion it is ("tiếp theo", "chính thức",
// "lần thứ ba", "tới Canada").
TEST_F(Perturb, AQualifiedEventNounsPossessorIsItsAgent) {
  for (const auto* text : {"Chuyến thăm chính thức Canada của Thủ tướng Anh Keir Starmer diễn ra hôm 9/6.",
                           "Chuyến thăm lần thứ ba tới Canada của Thủ tướng Anh Keir Starmer diễn ra hôm 9/6.",
                           "Chuyến thăm tiếp theo của Thủ tướng Anh Keir Starmer sẽ diễn ra tại Ottawa vào tháng 9."}) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << text;
    EXPECT_TRUE(takes_part(e[0], "Keir Starmer")) << text;
  }
}

// Later in a sentence about someone, a pronoun is its subject, not the person an apposition
// named in between.
TEST_F(Perturb, APronounLaterInTheSentenceIsItsSubject) {
  for (const auto* text : {"Ông Jonathan Powell, cố vấn của Thủ tướng Keir Starmer, tới Ottawa hôm 9/6, chuyến thăm đầu tiên của ông tới Canada.",
                           "Ông Jonathan Powell, cố vấn của Thủ tướng Keir Starmer, tới Ottawa hôm 9/6, nơi ông hội kiến Thủ tướng Mark Carney."}) {
    auto e = events(text);
    ASSERT_FALSE(e.empty()) << text;
    for (const auto& x : e) EXPECT_FALSE(takes_part(x, "Keir Starmer")) << text;
  }
}

// A body's common noun, definite ("khối", "liên minh", "the bloc", "the alliance"), is the
// international body named last: "the bloc's next summit" is the body's.
TEST_F(Perturb, ABodysCommonNounIsTheBodyNamedLast) {
  for (const auto* text : {"Các ngoại trưởng ASEAN họp tại Vientiane hôm 9/6.\n\n"
                           "Hội nghị cấp cao tiếp theo của khối sẽ diễn ra tại Manila vào tháng 10.",
                           "Các bộ trưởng quốc phòng NATO họp tại Brussels hôm 9/6.\n\n"
                           "Hội nghị thượng đỉnh tiếp theo của liên minh sẽ được tổ chức tại Ankara vào tháng 7/2026."}) {
    bool found = false;
    for (const auto& e : events(text))
      if (e.status == "planned") found = contains(f.names(e.participants), "ASEAN") || contains(f.names(e.participants), "NATO");
    EXPECT_TRUE(found) << text;
  }
  // not a noun that only begins like one ("khối lượng"), nor before the name it introduces
  doc = {};
  run("NATO họp tại Brussels hôm 9/6. Khối lượng hàng viện trợ tăng mạnh.");
  for (const auto& m : doc.mentions) EXPECT_NE(m.via, Via::body) << doc.clean.substr(m.span.begin, m.span.end - m.span.begin);
}

// Support, urging and encouragement ask for an event; none has happened ("ủng hộ hai bên
// sớm nối lại đàm phán", "urged both sides to resume talks").
TEST_F(Perturb, AnEventSupportedOrUrgedIsNoOccurrence) {
  for (const auto* text : {"Thủ tướng Carney ủng hộ Anh và Pháp sớm khởi động đàm phán thương mại.",
                           "Thủ tướng Carney thúc giục Anh và Pháp sớm nối lại đàm phán thương mại.",
                           "Prime Minister Carney urged Britain and France to resume trade talks soon."})
    for (const auto& e : events(text)) EXPECT_NE(e.status, "happened") << text;
}

// A date in the name of a historical event ("Cách mạng tháng Tám", "Chiến thắng 30/4")
// is not the time of what the sentence tells.
TEST_F(Perturb, ADateInAHistoricalEventsNameDatesNothing) {
  for (const auto* text : {"Ông Starmer sang Ottawa dự lễ kỷ niệm 80 năm Cách mạng tháng Tám hồi đầu tháng 9.",
                           "Ông Starmer sang Ottawa dự lễ kỷ niệm 50 năm Chiến thắng 30/4 hồi đầu tháng 9."})
    EXPECT_EQ(day_with(text, "2025-10-12", "Keir Starmer").substr(0, 7), "2025-09") << text;
}

// The narrative's day moves on with the days it tells, not with a quotation's ("Hôm nay tôi
// …", its speaker's time) nor with the day of a background clause ("một ngày sau khi X":
// X's day): "hôm sau", "cùng ngày" after them go on from the day the narrative gave last.
TEST_F(Perturb, TheNarrativesDayIsNotAQuotationsNorABackgroundsDay) {
  struct Case { const char* text; const char* day; };
  for (const auto& c : {Case{"Hôm 9/6, Thủ tướng Carney tiếp Tổng thống Pháp Emmanuel Macron tại Ottawa.\n\n"
                             "\"Hôm nay tôi lạc quan hơn tuần trước\", ông Carney nói.\n\n"
                             "Hôm sau, ông Carney điện đàm với Thủ tướng Anh Keir Starmer.",
                             "2025-06-10"},
                        Case{"Tổng thống Pháp Emmanuel Macron tới Ottawa sáng 9/6.\n\n"
                             "Chuyến thăm diễn ra chỉ một ngày sau khi bão lớn đổ bộ vào miền Đông Canada.\n\n"
                             "Chiều cùng ngày, Thủ tướng Canada Mark Carney hội đàm với Thủ tướng Anh Keir Starmer.",
                             "2025-06-09"}})
    EXPECT_EQ(day_with(c.text, "2025-06-12", "Keir Starmer"), c.day) << c.text;
}

// "Tiếp đó," (next on the program) is the day of what was told before.
TEST_F(Perturb, NextOnTheProgramIsTheSameDay) {
  for (const auto* next : {"Tiếp đó, ông Carney hội kiến Tổng thống Pháp Emmanuel Macron.",
                           "Ngay sau đó, ông Carney hội kiến Tổng thống Pháp Emmanuel Macron."})
    EXPECT_EQ(day_with(std::string("Sáng 10/6, Thủ tướng Canada Mark Carney hội đàm với Thủ tướng Anh Keir Starmer.\n\n") + next,
                       "2025-06-12", "Emmanuel Macron"),
              "2025-06-10")
        << next;
}

// A brief encounter is a meeting ("chạm mặt", "có cuộc trao đổi ngắn với").
TEST_F(Perturb, ABriefEncounterIsAMeeting) {
  for (const auto* text : {"Hôm 9/6, Thủ tướng Carney và Thủ tướng Starmer đã chạm mặt nhau tại hành lang trụ sở Liên hợp quốc.",
                           "Hôm 9/6, Thủ tướng Carney có cuộc trao đổi ngắn với Thủ tướng Starmer tại New York."})
    EXPECT_EQ(only(text, "2025-06-12"), "meeting happened") << text;
}

// A round placed in its series by a word of order ("vòng thứ ba", "vòng mới") is one round
// of the talks told before, on its own day and with their parties; not a round of anything
// else ("vòng hai của cuộc bầu cử"), nor with no talks told.
TEST_F(Perturb, ARoundOfTheTalksToldIsItsOwnEvent) {
  const std::string talks = "Anh và Canada tổ chức vòng đàm phán thương mại đầu tiên tại Ottawa hôm 2/5.\n\n";
  for (const auto* round : {"Vòng thứ ba diễn ra tại London hôm 30/5.", "Vòng mới sẽ được tổ chức tại London vào tháng 7."}) {
    auto e = events(talks + round);
    ASSERT_EQ(e.size(), 2u) << round;
    EXPECT_EQ(e[1].type, "talks") << round;
    EXPECT_EQ(f.place_name(e[1].place_id), "London") << round;
    EXPECT_TRUE(takes_part(e[1], "United Kingdom") && takes_part(e[1], "Canada")) << round;
  }
  EXPECT_EQ(events(talks + "Vòng hai của cuộc bầu cử diễn ra hôm 30/5.").size(), 1u);
  EXPECT_TRUE(events("Vòng thứ ba diễn ra tại London hôm 30/5.").empty());
}

// What should have been ("lẽ ra", "would have been") was not.
TEST_F(Perturb, WhatShouldHaveBeenIsNoOccurrence) {
  for (const auto* text : {"Đây lẽ ra là cuộc gặp đầu tiên giữa Thủ tướng Carney và Thủ tướng Starmer tại Ottawa.",
                           "Hôm 9/6 đáng lẽ Thủ tướng Carney hội đàm với Thủ tướng Starmer tại Ottawa."})
    for (const auto& e : events(text)) EXPECT_NE(e.status, "happened") << text;
}

// A counterpart holds the office of the sentence's other official; when nobody known does,
// the country stands for them — never someone the sentence named ("ông Misri cho biết chỉ
// huy của Pakistan đã gọi cho người đồng cấp Ấn Độ").
TEST_F(Perturb, ACounterpartIsTheOtherOfficialsOpposite) {
  for (const auto* text : {"Thủ tướng Canada Mark Carney cho biết Tổng chỉ huy quân đội (CDS) của Anh đã gọi điện cho người đồng cấp Canada chiều 10/6.",
                           "Tư lệnh Lục quân Anh đã gọi điện cho người đồng cấp Canada chiều 10/6."}) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << text;
    EXPECT_TRUE(takes_part(e[0], "United Kingdom") && takes_part(e[0], "Canada")) << text;
    EXPECT_FALSE(takes_part(e[0], "Mark Carney")) << text;
  }
}

// An event named as a time keeps its own possessor, over words that qualify it ("sau chuyến
// thăm cấp Nhà nước Trung Quốc của Thủ tướng X").
TEST_F(Perturb, AnEventNamedAsATimeKeepsItsPossessor) {
  auto e = events("Chuyến thăm diễn ra chưa đầy 8 tháng sau chuyến thăm chính thức Canada của Thủ tướng Anh Keir Starmer vào tháng 10/2024.");
  bool found = false;
  for (const auto& x : e)
    if (x.date && x.date->label() == "2024-10") found = takes_part(x, "Keir Starmer");
  EXPECT_TRUE(found);
}

// A state's form before its name ("Cộng hòa Singapore", "Vương quốc Bỉ") is a noun of place:
// the name after it is still where the visit goes.
TEST_F(Perturb, AStatesFormBeforeItsNameIsAPlaceNoun) {
  for (const auto* text : {"Từ ngày 11-13/6, Thủ tướng Carney sẽ thăm chính thức Cộng hòa Singapore.",
                           "Từ ngày 11-13/6, Thủ tướng Carney sẽ thăm chính thức Vương quốc Bỉ."}) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << text;
    EXPECT_NE(e[0].place_id, 0) << text;
  }
}

// Between a title and a new person's name: where the office is held ("Đại sứ Mỹ tại
// Philippines"), a body and its acronym ("Hải quân Philippines (PN)").
TEST_F(PerturbSpeaker, ATitlesPostAndBodyBeforeANewName) {
  EXPECT_EQ(speaker("Đại sứ Canada tại Ba Lan Helen Norquay cho biết Ottawa sẽ gửi thêm viện trợ."), "Helen Norquay");
  EXPECT_EQ(speaker("Phát ngôn viên Hải quân Canada (RCN) Olivia Brandt cho biết tàu đã cập cảng."), "Olivia Brandt");
  EXPECT_EQ(speaker("Phát ngôn viên Lực lượng Bảo vệ bờ biển Canada (CCG) Olivia Brandt cho biết tàu đã cập cảng."), "Olivia Brandt");
}

// A title alone after the title, a body and the name ("Người phát ngôn Bộ Ngoại giao Phạm
// Thu Hằng … Người phát ngôn cho biết …") is that person; "người đứng đầu Chính phủ X" is X's
// prime minister; posting and informing are saying.
TEST_F(PerturbSpeaker, TheTitleAloneAfterATitleABodyAndTheName) {
  auto x = run("Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng chủ trì họp báo.\n\nNgười phát ngôn cho biết Hà Nội sẵn sàng hợp tác.");
  ASSERT_EQ(x.claims.size(), 1u);
  EXPECT_EQ(f.name(x.claims[0].speaker_id), "Phạm Thu Hằng");
  EXPECT_EQ(speaker("Người đứng đầu Chính phủ Canada khẳng định Ottawa sẵn sàng hợp tác."), "Mark Carney");
  EXPECT_EQ(speaker("Thủ tướng Canada Mark Carney đăng trên mạng xã hội rằng Ottawa sẵn sàng hợp tác."), "Mark Carney");
  EXPECT_EQ(speaker("Thủ tướng Canada Mark Carney thông tin Ottawa sẵn sàng hợp tác."), "Mark Carney");
}

// The subject of a sentence may follow a fronted adverbial ("Chiều nay, Thủ tướng X …"); a
// pronoun opening the clause after one ("Sau Canada, ông …") goes on with it.
TEST_F(Perturb, ASubjectAfterAFrontedAdverbialGoesOn) {
  for (const auto* text : {"Chiều nay, Thủ tướng Anh Keir Starmer dự kiến hội kiến Thủ tướng Canada Mark Carney.\n\n"
                           "Sau Canada, ông sẽ tiếp tục chuyến thăm Mỹ từ ngày 14/6.",
                           "Hôm qua, Thủ tướng Anh Keir Starmer đã hội đàm với Thủ tướng Canada Mark Carney.\n\n"
                           "Ngày mai, ông sẽ thăm Mỹ."}) {
    bool found = false;
    for (const auto& e : events(text))
      if (e.type == "visit") found = takes_part(e, "Keir Starmer") && !takes_part(e, "Mark Carney");
    EXPECT_TRUE(found) << text;
  }
}

// A stated day keeps the clause after the relation that describes it ("Hôm 4/6, hai ngày sau
// khi X, A gọi B": the call is on 4/6; the relation dates X).
TEST_F(Perturb, AStatedDayOutlivesTheRelationThatDescribesIt) {
  EXPECT_EQ(day_with("Hôm 4/6, hai ngày sau khi Ottawa công bố mức thuế mới, Thủ tướng Anh Keir Starmer đã điện đàm với Thủ tướng Carney.",
                     "2025-06-12", "Keir Starmer"),
            "2025-06-04");
  // …but the relation still dates its own clause's event
  EXPECT_EQ(day_with("Ngày 4/6, Thủ tướng Carney tiếp ông Macron tại Ottawa, một ngày sau khi Thủ tướng Anh Keir Starmer điện đàm với ông Macron.",
                     "2025-06-12", "Keir Starmer"),
            "2025-06-03");
}

// A visit in progress ("người đang thăm chính thức Canada từ ngày 9-11/6") is a visit told, not
// a process; in one sentence it stays apart from the meeting held during it.
TEST_F(Perturb, AVisitInProgressIsAVisitBesideItsMeeting) {
  auto e = events("Sáng 10/6, tại Ottawa, Thủ tướng Mark Carney đã hội đàm với Thủ tướng Anh Keir Starmer, "
                  "người đang thăm chính thức Canada từ ngày 9-11/6.");
  ASSERT_EQ(e.size(), 2u);
  std::set<std::string> types{e[0].type, e[1].type};
  EXPECT_TRUE(types.count("visit") && types.count("talks"));
  for (const auto& x : e)
    if (x.type == "visit") EXPECT_EQ(kb::iso(x.date->start), "2025-06-09");
}

// A proposal as a noun with its proposer ("theo đề nghị của X", "đề xuất của X") is a request
// acted on, no statement; the verb itself still says something.
TEST_F(PerturbSpeaker, AProposalAsANounSaysNothing) {
  EXPECT_EQ(speaker("Cuộc gặp tại Ottawa đã bị hoãn theo đề nghị của phía Canada."), "0 claims");
  EXPECT_EQ(speaker("Chuyến thăm được dời lại một tuần theo đề nghị của Thủ tướng Keir Starmer."), "0 claims");
  EXPECT_EQ(speaker("Ông Carney nói Ottawa sẽ cân nhắc các đề xuất của ông Starmer."), "Mark Carney");
  EXPECT_EQ(speaker("Thủ tướng Keir Starmer đề nghị hai bên nối lại đàm phán thương mại."), "Keir Starmer");
}

// Two gatherings of one kind in a sentence, on days apart, are two events, whatever their
// fates ("… sẽ gặp nhau ngày 29/6, trong khi ủy ban chung dự kiến nhóm họp ngày 4/7").
TEST_F(Perturb, GatheringsOnDaysApartAreTwo) {
  for (const auto* text : {"Bộ trưởng Quốc phòng hai nước sẽ gặp nhau vào ngày 20/6, trong khi Thủ tướng Carney và "
                           "Thủ tướng Starmer dự kiến hội đàm ngày 4/7.",
                           "Ông Macron đã gặp ông Carney hôm 10/6 và sẽ gặp lại ông vào ngày 2/7."}) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 2u) << text;
    EXPECT_NE(kb::iso(e[0].date->start), kb::iso(e[1].date->start)) << text;
  }
}

// A generation after a surname is no part of it: "ông Marcos" after "Ferdinand Marcos Jr.".
TEST_F(PerturbSpeaker, TheSurnameBeforeAGeneration) {
  EXPECT_EQ(speaker("Tổng thống Philippines Ferdinand Marcos Jr. tới Hà Nội hôm qua. Ông Marcos cho biết hai nước sẽ tăng cường hợp tác."),
            "Ferdinand Marcos Jr.");
}

// "chuyến thăm cấp Nhà nước Ấn Độ": the place of a visit after the words of what kind it is;
// and a visit there is not one elsewhere, though the same two leaders take part in both.
TEST_F(Perturb, AVisitsPlaceAfterItsKindAndVisitsApart) {
  auto e = events("Ngày 10/6, Thủ tướng Carney bắt đầu chuyến thăm chính thức Anh.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(f.name(e[0].place_id), "United Kingdom");
  e = run("Trong chuyến thăm cấp Nhà nước Anh lần này, Thủ tướng Carney hội đàm với Thủ tướng Starmer.\n\n"
          "Hai nhà lãnh đạo nhắc lại chuyến thăm cấp Nhà nước Canada của Thủ tướng Starmer hồi tháng 3.")
          .events;
  int visits = 0;
  for (const auto& x : e) visits += x.type == "visit";
  EXPECT_EQ(visits, 2);
}

// A verb of answering names who asks ("trả lời báo chí", "trả lời phóng viên"); the verb of
// saying after it in its clause tells the statement, said by the one who answers.
TEST_F(PerturbSpeaker, AnAnswerGivesWayToTheVerbOfSaying) {
  for (const auto* text : {"Thủ tướng Canada Mark Carney khi trả lời báo chí tại Ottawa cho rằng mức thuế mới là không công bằng.",
                           "Thủ tướng Mark Carney trả lời phóng viên tại Đồi Quốc hội và khẳng định mức thuế mới là không công bằng."}) {
    auto x = run(text);
    ASSERT_EQ(x.claims.size(), 1u) << text;
    EXPECT_EQ(f.name(x.claims[0].speaker_id), "Mark Carney") << text;
    EXPECT_EQ(x.claims[0].text.rfind("mức thuế mới", 0), 0u) << x.claims[0].text;
  }
  // …but with "rằng", or with nothing said after it, the answer says it.
  EXPECT_EQ(speaker("Ông Carney trả lời báo chí rằng Ottawa sẽ không nhượng bộ."), "Mark Carney");
}

// "A hội đàm với B, người đang thăm X": the relative clause's subject is B, the person right
// before its comma, not the sentence's subject.
TEST_F(Perturb, ARelativeClausesSubjectIsItsAntecedent) {
  for (const auto* text : {"Sáng 10/6, Thủ tướng Carney hội đàm với Thủ tướng Anh Keir Starmer, người đang thăm chính thức Canada.",
                           "Ngày 10/6, tại Ottawa, ông Carney tiếp ông Starmer, người vừa tới Canada hôm 9/6.",
                           "Chiều 10/6, Thủ tướng Carney hội đàm với Thủ tướng Anh Keir Starmer, đang thăm chính thức Canada."}) {
    bool found = false;
    for (const auto& e : events(text))
      if (e.type == "visit") found = takes_part(e, "Keir Starmer") && !takes_part(e, "Mark Carney");
    EXPECT_TRUE(found) << text;
  }
}

// A list of names over commas is one list: "với A, B, C và D", "A, B và C đã gặp nhau" —
// each comma-separated item a name with its title; a clause with a verb of saying is not one.
// (English: english_test.cpp, AListOfNamesOverCommas.)
TEST_F(Perturb, AListOfNamesOverCommas) {
  for (const auto* text : {
           "Ngày 10/6, Ngoại trưởng Na Uy Espen Barth Eide điện đàm với Thủ tướng Ai Cập Mostafa Madbouly, Ngoại trưởng "
           "Jordan Ayman Safadi và Tổng thư ký Liên hợp quốc Antonio Guterres.",
           "Ngày 10/6, Thủ tướng Ai Cập Mostafa Madbouly, Ngoại trưởng Jordan Ayman Safadi và ông Antonio Guterres đã gặp "
           "nhau tại Cairo.",
       }) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << text;
    for (const auto* who : {"Mostafa Madbouly", "Ayman Safadi", "Antonio Guterres"}) EXPECT_TRUE(takes_part(e[0], who)) << who << ": " << text;
  }
  auto e = events("Ngày 10/6, Tổng thống Phần Lan Alexander Stubb hội đàm với Thủ tướng Ba Lan Donald Tusk, Thủ tướng Anh "
                  "Keir Starmer cho biết.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_FALSE(takes_part(e[0], "Keir Starmer"));
}

// An event spoken of ("câu hỏi về mục đích của chuyến công du", "thảo luận về công tác chuẩn
// bị cho chuyến thăm") is the one told before, not an act of who speaks of it: it takes only
// its own names, and the speaker of a statement is not the subject of an event noun in it.
TEST_F(Perturb, AnEventSpokenOfIsTheOneToldBefore) {
  const std::string told = "Chiều 11/6, người phát ngôn Bộ Ngoại giao Phạm Thu Hằng thông báo Thủ tướng Phạm Minh Chính sẽ "
                           "thăm chính thức Nhật Bản từ ngày 20/6. ";
  for (const auto* then : {
           "Trả lời câu hỏi về mục đích của chuyến công du, bà Hằng cho biết Nhật Bản là đối tác hàng đầu.",
           "Hôm 9/6, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã điện đàm với Ngoại trưởng Nhật Bản Iwaya Takeshi để thảo luận "
           "về công tác chuẩn bị cho chuyến thăm.",
           "Bà Hằng cũng cho biết Hà Nội đang tích cực chuẩn bị để chuyến thăm đạt nhiều kết quả.",
       }) {
    int visits = 0;
    for (const auto& e : events(told + then))
      if (e.type == "visit") {
        ++visits;
        EXPECT_TRUE(takes_part(e, "Phạm Minh Chính") && !takes_part(e, "Phạm Thu Hằng") && !takes_part(e, "Bùi Thanh Sơn"))
            << then;
      }
    EXPECT_EQ(visits, 1) << then;
  }
}

// What a colon announces is of its own: "Họp báo: ông X sắp thăm Y" — X holds no press
// conference; the visit after the colon is his.
TEST_F(Perturb, AfterAColonIsWhatItAnnounces) {
  for (const auto* text : {"Họp báo thường kỳ Bộ Ngoại giao: Thủ tướng Phạm Minh Chính sắp thăm Nhật Bản.",
                           "Cuộc họp báo chiều 11/6: Thủ tướng Phạm Minh Chính sẽ thăm chính thức Nhật Bản."}) {
    bool visit = false;
    for (const auto& e : events(text)) {
      if (e.type == "press_conference") EXPECT_FALSE(takes_part(e, "Phạm Minh Chính")) << text;
      if (e.type == "visit") visit = takes_part(e, "Phạm Minh Chính");
    }
    EXPECT_TRUE(visit) << text;
  }
}

// A gathering told by its day or place alone is one of the series the article tells: the
// sides of the last gathering told before take part ("sau cuộc gặp cũng tại Moskva hôm 3/4").
TEST_F(Perturb, AGatheringNamingNoOneIsOfTheSeries) {
  for (const auto* text : {
           "Ngày 10/6, Ngoại trưởng Nga Sergei Lavrov hội đàm với Ngoại trưởng Trung Quốc Vương Nghị tại Bắc Kinh. "
           "Đây là lần thứ ba trong năm nay, sau cuộc gặp tại Moskva hôm 3/4.",
           "Chiều 10/6, ông Lavrov gặp ông Vương Nghị ở Bắc Kinh. Cuộc gặp trước đó diễn ra ở Moskva ngày 3/4.",
           // the last told, not the first: the summit told before is another series
           "Ngày 9/6, Hội nghị thượng đỉnh ASEAN khai mạc tại Kuala Lumpur. Chiều 10/6, ông Lavrov gặp ông Vương Nghị "
           "bên lề hội nghị. Đây là cuộc gặp thứ hai, sau cuộc gặp tại Moskva hôm 3/4.",
       }) {
    bool found = false;
    for (const auto& e : events(text))
      if (e.date && e.date->label() == "2025-04-03") found = takes_part(e, "Russia") && takes_part(e, "China");
    EXPECT_TRUE(found) << text;
  }
}

// The series' people are its parties too: "the second meeting of the two ministers, after
// the talks in Riyadh" are the same two ministers' talks.
TEST_F(Perturb, TheSeriesPeopleTakePartWithTheirCountries) {
  for (const auto* text : {
           "Ngày 10/6, Ngoại trưởng Nga Sergei Lavrov gặp Ngoại trưởng Trung Quốc Vương Nghị tại Bắc Kinh. Đây là cuộc "
           "gặp thứ hai giữa hai ngoại trưởng, sau cuộc hội đàm ở Moskva hồi tháng 3.",
       }) {
    bool found = false;
    for (const auto& e : events(text))
      if (e.date && e.date->label() == "2025-03")
        found = takes_part(e, "Russia") && takes_part(e, "China") && takes_part(e, "Sergei Lavrov") && takes_part(e, "Wang Yi");
    EXPECT_TRUE(found) << text;
  }
}

// A clause after the event's name that opens with its taking place, then a locative, places it:
// "Hội nghị Cấp cao …, dự kiến diễn ra ở Vientiane", "the summit, to be held in Doha".
TEST_F(Perturb, APredicateOfTakingPlaceBeforeThePlace) {
  for (const auto* text : {
           "Ông Nguyễn Văn An cho biết Việt Nam sẽ tham dự Hội nghị Cấp cao Mekong - Lan Thương lần thứ 5, dự kiến "
           "diễn ra ở Vientiane vào cuối tháng 7.",
           "Bộ Ngoại giao cho biết hội nghị thượng đỉnh Mekong - Lan Thương, sẽ được tổ chức tại Vientiane cuối tháng 7, "
           "có sự tham dự của lãnh đạo sáu nước.",
       }) {
    auto e = events(text);
    ASSERT_EQ(e.size(), 1u) << text;
    EXPECT_EQ(e[0].type, "summit") << text;
    EXPECT_EQ(e[0].status, "planned") << text;
    EXPECT_EQ(f.place_name(e[0].place_id), "Vientiane") << text;
  }
}

// A body's summit and the meetings of people held on its day that do not name the body are
// different events: the talks on its sidelines.
TEST_F(Perturb, ABodysSummitIsNotTheMeetingsOnItsDay) {
  for (const auto* text : {
           "Hội nghị Cấp cao ASEAN lần thứ 46 khai mạc tại Kuala Lumpur hôm 10/6 với sự tham dự của Thủ tướng Phạm Minh "
           "Chính. Cùng ngày, Thủ tướng Phạm Minh Chính lần lượt gặp Thủ tướng Campuchia Hun Manet và Thủ tướng "
           "Canada Mark Carney.",
       }) {
    std::size_t meetings = 0, summits = 0;
    for (const auto& e : events(text)) {
      if (e.type == "summit") {
        ++summits;
        EXPECT_FALSE(takes_part(e, "Hun Manet")) << text;
      }
      if (e.type == "meeting" && takes_part(e, "Hun Manet")) ++meetings;
    }
    EXPECT_EQ(summits, 1u) << text;
    EXPECT_EQ(meetings, 1u) << text;
  }
}

// A name after another event noun of the clause is that event's, not the first one's.
TEST_F(Perturb, ANameAfterAnotherEventNounIsThatEvents) {
  for (const auto* text : {
           "Ngoại trưởng Đức Johann Wadephul tới Bắc Kinh hôm 9/6. Chuyến đi diễn ra một ngày sau cuộc gặp giữa phái "
           "đoàn Trung Quốc và Mỹ tại Geneva hôm 8/6.",
           "Ngoại trưởng Đức Johann Wadephul tới Bắc Kinh hôm 9/6. Chuyến thăm diễn ra sau cuộc gặp giữa ông Tập Cận "
           "Bình và Thủ tướng Friedrich Merz.",
       }) {
    for (const auto& e : events(text))
      if (e.type == "visit") {
        EXPECT_TRUE(takes_part(e, "Johann Wadephul")) << text;
        EXPECT_FALSE(takes_part(e, "United States") || takes_part(e, "Friedrich Merz")) << text;
      }
  }
}

// The passive with its agent before a verb of receiving is a meeting of the two: "được
// Tổng thống Putin tiếp", "và được ông Kim tiếp." at the sentence's end.
TEST_F(Perturb, ReceivedBySomeoneIsAMeeting) {
  for (const auto* text : {
           "Bà Marta Kos từng thăm chính thức Serbia hồi tháng 3 và được Tổng thống Aleksandar Vucic tiếp tại Belgrade.",
           "Ông Sergei Shoigu tới Bình Nhưỡng hôm 4/6 và được ông Kim Jong Un tiếp.",
       }) {
    std::size_t meetings = 0;
    for (const auto& e : events(text)) meetings += e.type == "meeting" && e.participants.size() >= 2;
    EXPECT_EQ(meetings, 1u) << text;
  }
}

// "ngày thứ hai của chuyến thăm" is the second day of the stay, not a Monday; "vào thứ Hai"
// still is one.
TEST_F(Perturb, TheSecondDayOfAStayIsNoMonday) {
  for (const auto* text : {"Cuộc gặp diễn ra hôm 12/6, ngày thứ hai trong chuyến thăm Triều Tiên của ông Lavrov.",
                           "Ông Lavrov gặp ông Kim Jong Un ngày 12/6, ngày thứ hai của chuyến công du Triều Tiên."})
    for (const auto& e : events(text, "2025-06-14"))
      EXPECT_FALSE(e.date && e.date->label() == "2025-06-09") << e.type << ": " << text;
  EXPECT_EQ(day_with("Ông Lavrov gặp ông Kim Jong Un vào thứ Hai.", "2025-06-14", "Kim Jong Un"), "2025-06-09");
}

// A meeting called bilateral is never the gathering of more around it ("hội nghị thượng đỉnh
// ba bên … Trước phiên họp chung, ông A có cuộc gặp song phương với ông B").
TEST_F(Perturb, ABilateralMeetingIsNotTheGathering) {
  for (const auto* text : {
           "Ngày 10/6, Tổng thống Pháp Emmanuel Macron chủ trì hội nghị thượng đỉnh ba bên tại Paris với Thủ tướng Anh "
           "Keir Starmer và Thủ tướng Đức Friedrich Merz. Trước phiên họp chung, ông Macron có cuộc gặp song phương "
           "với ông Merz.",
           "Ngày 10/6, Tổng thống Pháp Emmanuel Macron chủ trì hội nghị thượng đỉnh ba bên tại Paris với Thủ tướng Anh "
           "Keir Starmer và Thủ tướng Đức Friedrich Merz. Cùng ngày, ông Macron có cuộc gặp riêng với ông Merz.",
       }) {
    std::size_t summits = 0, meetings = 0;
    for (const auto& e : events(text)) {
      summits += e.type == "summit";
      meetings += e.type == "meeting" && takes_part(e, "Friedrich Merz") && !takes_part(e, "Keir Starmer");
    }
    EXPECT_EQ(summits, 1u) << text;
    EXPECT_EQ(meetings, 1u) << text;
  }
}

// "loạt cuộc gặp" is a series, no one meeting; "phát biểu khai mạc phiên họp" makes the
// session the speech's occasion, as "phát biểu tại" does.
TEST_F(Perturb, ASeriesAndASpeechsSessionAreNoEvents) {
  EXPECT_EQ(only("Tâm điểm là loạt cuộc gặp song phương giữa ông Macron, ông Merz và ông Starmer.", "2025-06-12"),
            "0 events");
  EXPECT_EQ(only("Phát biểu khai mạc phiên họp chính sáng 10/6, Tổng thống Macron kêu gọi các nước hợp tác.", "2025-06-12"),
            "0 events");
}

// "Đến tháng 10/2024, …" opening the sentence tells when, no deadline; "kéo dài đến 12/6"
// is one.
TEST_F(Perturb, UntilOpeningTheSentenceTellsWhen) {
  bool dated = false;
  for (const auto& e : events("Đến tháng 10/2024, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone có cuộc "
                              "gặp tại Viêng Chăn."))
    dated = dated || (e.type == "meeting" && e.date && e.date->label() == "2024-10");
  EXPECT_TRUE(dated);
  for (const auto& e : events("Ông Phạm Minh Chính và ông Sonexay Siphandone gặp nhau, thỏa thuận có hiệu lực đến ngày 12/6."))
    EXPECT_FALSE(e.date && e.date->label() == "2025-06-12") << e.type;
}

// A fate word reaches over its clause only up to the next event word, whose fate it is: the
// press conference where a cancellation is announced was held.
TEST_F(Perturb, ACancellationIsOfTheNearestEvent) {
  for (const auto* text : {"Hôm 10/6, thư ký báo chí Nhà Trắng Karoline Leavitt thông báo tại cuộc họp báo rằng cuộc gặp giữa "
                           "ông Witkoff và ông Dmitriev đã bị hủy.",
                           "Ngày 10/6, tại cuộc họp báo thường kỳ, bà Leavitt cho biết cuộc gặp giữa ông Witkoff và ông "
                           "Dmitriev đã bị hoãn."}) {
    std::map<std::string, std::string> fate;
    for (const auto& e : events(text)) fate[e.type] = e.status;
    EXPECT_EQ(fate["press_conference"], "happened") << text;
    EXPECT_EQ(fate["meeting"], "cancelled") << text;
  }
}

// A plan told after the cancellation is the cancelled event's, and may place it.
TEST_F(Perturb, APlanToldAfterTheCancellationIsItsPlan) {
  auto e = events("Hôm 10/6, cuộc gặp giữa ông Witkoff và ông Dmitriev đã bị hủy. Một quan chức giấu tên cho biết cuộc "
                  "gặp ban đầu dự kiến diễn ra tại Rome vào cuối tháng 6.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].status, "cancelled");
  EXPECT_EQ(f.place_name(e[0].place_id), "Rome");
}

// A count of occasions with as many days listed after it is those occasions, one event on
// each day ("đã hai lần gặp ông X, vào tối 7/6 và hôm 8/6"); without the days, a habit.
TEST_F(Perturb, ACountOfOccasionsWithTheirDays) {
  for (const auto* text : {"Thủ tướng Canada Mark Carney đang thăm Washington, nơi ông đã hai lần gặp Tổng thống Donald Trump "
                           "tại Nhà Trắng, vào tối 7/6 và hôm 8/6.",
                           "Đây là vòng thứ ba, sau hai cuộc gặp giữa ông Carney và ông Trump cũng tại Washington hôm 7/6 và 8/6."}) {
    std::set<std::string> days;
    for (const auto& e : events(text))
      if (e.type == "meeting" && takes_part(e, "Donald Trump") && e.date) days.insert(e.date->label());
    EXPECT_EQ(days, (std::set<std::string>{"2025-06-07", "2025-06-08"})) << text;
  }
  EXPECT_TRUE(events("Ông Carney đã hai lần gặp Tổng thống Donald Trump.").empty());
}

// Speakers of every claim of a text, in order.
static std::vector<std::string> speakers_of(Fixture& f, const Extraction& x) {
  std::vector<std::string> out;
  for (const auto& c : x.claims) out.push_back(f.name(c.speaker_id));
  return out;
}

// A kind of person that is also a title ("nhà ngoại giao", "nhà lãnh đạo") standing alone,
// with no number before it and no one named after it, is the one spoken of; "một nhà ngoại
// giao" and "các nhà lãnh đạo" are someone else.
TEST_F(Perturb, AKindOfPersonAloneIsTheOneSpokenOf) {
  auto x = run("Đại sứ Brazil Paulo Mendes khẳng định hai nước sẽ mở đường bay mới. \"Thương mại sẽ tăng gấp đôi\", nhà ngoại "
               "giao nói. Theo nhà ngoại giao, cà phê là mặt hàng chủ lực.");
  EXPECT_EQ(speakers_of(f, x), (std::vector<std::string>{"Paulo Mendes", "Paulo Mendes", "Paulo Mendes"}));
  x = run("Thủ tướng Canada Mark Carney tới Paris. \"Chúng tôi đứng về phía Kyiv\", nhà lãnh đạo cho biết.");
  EXPECT_EQ(speakers_of(f, x), (std::vector<std::string>{"Mark Carney"}));
  x = run("Đại sứ Brazil Paulo Mendes tới Hà Nội. Một nhà ngoại giao châu Âu cho biết đàm phán bế tắc.");
  EXPECT_TRUE(x.claims.empty());
  x = run("Đại sứ Brazil Paulo Mendes tới Hà Nội. Các nhà lãnh đạo nói sẽ gặp lại vào tháng sau.");
  EXPECT_TRUE(x.claims.empty());
}

// "Người đứng đầu X": a country's leader, or a body's head whatever the body calls the office.
TEST_F(PerturbSpeaker, TheHeadOfABody) {
  EXPECT_EQ(speaker("Người đứng đầu NATO thừa nhận liên minh cần thêm thời gian."), "Mark Rutte");
  EXPECT_EQ(speaker("Người đứng đầu IAEA cảnh báo tình hình tại nhà máy rất mong manh."), "Rafael Grossi");
  EXPECT_EQ(speaker("Người đứng đầu Liên hợp quốc kêu gọi hai bên kiềm chế."), "Antonio Guterres");
}

// In the Vietnamese press a bare title is Vietnam's office once its holder was named, even
// after a guest named with the same title.
TEST_F(PerturbSpeaker, ABareTitleIsTheHomeCountrysOffice) {
  EXPECT_EQ(speaker("Thủ tướng Phạm Minh Chính tiếp Thủ tướng Anthony Albanese tại Hà Nội. Thủ tướng đề nghị hai bên mở rộng "
                    "hợp tác giáo dục."),
            "Phạm Minh Chính");
  EXPECT_EQ(speaker("Chủ tịch nước Lương Cường đón Chủ tịch nước Cuba tại Phủ Chủ tịch. Chủ tịch nước khẳng định Việt Nam "
                    "luôn ủng hộ Cuba."),
            "Lương Cường");
}

// A belief stated is a statement ("X tin tưởng …", "bày tỏ tin tưởng …"); trust as a noun is not.
TEST_F(PerturbSpeaker, ABeliefStatedIsAClaim) {
  EXPECT_EQ(speaker("Bộ trưởng Ngoại giao Đức Johann Wadephul tin tưởng hai bên sẽ sớm ký hiệp định."), "Johann Wadephul");
  EXPECT_EQ(speaker("Ông Wadephul bày tỏ tin tưởng quan hệ hai nước sẽ phát triển."), "Johann Wadephul");
  EXPECT_EQ(speaker("Ông Wadephul nhận được sự tin tưởng của cử tri."), "0 claims");
}

// Where an ambassador serves is part of the title, not the place of the sentence's event.
TEST_F(Perturb, WhereAnOfficeIsHeldIsNoPlace) {
  auto e = events("Đại sứ Pháp tại Nhật Bản Philippe Setton cho biết chuyến thăm của Tổng thống Macron sẽ diễn ra vào tháng sau.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].place_id, 0);
}

// A verb of saying right after "khi" that follows its main clause has that clause's subject
// ("… gây tranh cãi khi nói …"); a "khi" clause opening the sentence does not.
TEST_F(PerturbSpeaker, SayingInAWhenClauseAfterTheMainOne) {
  EXPECT_EQ(speaker("Thủ tướng Anh Keir Starmer từng gây tranh cãi khi nói châu Âu cần quân đội riêng."), "Keir Starmer");
  EXPECT_EQ(speaker("Ông Starmer đã khiến Moskva tức giận sau khi tuyên bố sẽ gửi quân tới Ukraine."), "Keir Starmer");
  EXPECT_EQ(speaker("Khi nói về Iran, ông Starmer cho rằng đàm phán vẫn tiếp diễn."), "Keir Starmer");
}

// The same people met on a day and in a month a year before it: two meetings, whatever the
// precision of each date.
TEST_F(Perturb, AMonthFarFromTheDayIsAnotherMeeting) {
  auto e = events("Ngày 10/6, Thủ tướng Anh Keir Starmer gặp Thủ tướng Canada Mark Carney. Hai ông từng gặp nhau tại "
                  "Ottawa vào tháng 3/2024.");
  std::set<std::string> days;
  for (const auto& x : e)
    if (x.date) days.insert(x.date->label());
  EXPECT_EQ(days, (std::set<std::string>{"2025-06-10", "2024-03"}));
}

// A date after an event named as a time, in its phrase, is that event's, not the main one's.
TEST_F(Perturb, ADateInTheTimePhraseIsItsEvents) {
  auto e = events("Hôm 10/6, Ngoại trưởng Pháp Jean-Noël Barrot và Ngoại trưởng Đức Johann Wadephul gặp nhau tại Paris. Đây "
                  "là lần thứ hai hai ông gặp mặt, sau cuộc đàm phán ở Geneva hồi tháng 3.");
  ASSERT_EQ(e.size(), 2u);  // the meeting of the second sentence is the first one's
  std::map<std::string, std::string> when;
  for (const auto& x : e) when[f.place_name(x.place_id)] = x.date ? x.date->label() : "-";
  EXPECT_EQ(when["Paris"], "2025-06-10");
  EXPECT_EQ(when["Geneva"], "2025-03");
}

// An event noun with its own possessor is that possessor's, even one the text leaves
// unnamed: it never takes the names of another item of the list ("tiếp xúc Nga - Mỹ,
// chuyến thăm Lào của Chủ tịch nước"), nor the sides of talks told before.
TEST_F(Perturb, AnEventNounsOwnPossessorAlone) {
  for (const auto& e : events("Người phát ngôn trả lời câu hỏi về đàm phán Nga - Ukraine, chuyến thăm Lào của Chủ tịch Quốc hội."))
    if (e.type == "visit") {
      EXPECT_FALSE(contains(f.names(e.participants), "Russia"));
      EXPECT_FALSE(contains(f.names(e.participants), "Ukraine"));
    }
}

// A comma ends what a locative governs: "Trong chuyến thăm, Tổng Bí thư …" — the title after
// "thăm," is the subject of the next clause, no place visited.
TEST_F(Perturb, ACommaEndsTheLocativesObject) {
  auto e = events("Thủ tướng Phạm Minh Chính sẽ thăm chính thức Nhật Bản từ ngày 20 đến 22/6. Trong chuyến thăm, Thủ tướng sẽ "
                  "hội đàm với Thủ tướng Ishiba Shigeru.");
  bool talks = false;
  for (const auto& x : e)
    if (x.type == "talks") {
      talks = true;
      EXPECT_TRUE(takes_part(x, "Phạm Minh Chính"));
    }
  EXPECT_TRUE(talks);
}

// A body's name alone in parentheses spells out the words before it: "… của Nhóm các nền kinh
// tế mới nổi (BRICS)" is BRICS's summit; a place in parentheses stays an aside.
TEST_F(Perturb, ABodysAcronymInParentheses) {
  auto e = events("Tổng thống Brazil Lula da Silva chủ trì hội nghị thượng đỉnh thường niên của Nhóm các nền kinh tế mới nổi "
                  "(BRICS) ngày 6/7.",
                  "2025-07-08");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_TRUE(contains(f.names(e[0].participants), "BRICS"));
}

// A body's summit told twice in one article, with other people and another of its days each
// time, is one summit.
TEST_F(Perturb, ABodysSummitToldTwiceIsOne) {
  auto e = events("Tổng thống Nga Vladimir Putin dự hội nghị thượng đỉnh BRICS hôm 7/7. Thủ tướng Ấn Độ Narendra Modi và Tổng "
                  "thống Nam Phi Cyril Ramaphosa dự hội nghị thượng đỉnh BRICS hôm 6/7.",
                  "2025-07-08");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_TRUE(takes_part(e[0], "Vladimir Putin") && takes_part(e[0], "Narendra Modi"));
}

// A clause opened by "khi" with no subject of its own has the main clause's.
TEST_F(Perturb, AWhenClauseHasTheMainSubject) {
  auto e = events("Chiều 10/6, khi tiếp Tổng thống Phần Lan Alexander Stubb tại Điện Kremlin, ông Putin cho biết Helsinki có thể "
                  "là địa điểm phù hợp.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_TRUE(takes_part(e[0], "Vladimir Putin") && takes_part(e[0], "Alexander Stubb"));
}

// "Trong chuyến thăm, …" is the visit told before — never a summit told since — and lends
// the clause's people nothing: the host met there is no visitor.
TEST_F(Perturb, DuringTheVisitIsTheVisitToldBefore) {
  auto e = events("Thủ tướng Phạm Minh Chính sẽ thăm chính thức Nhật Bản từ ngày 20 đến 22/6. Hôm 11/6, Tổng thống Putin và "
                  "Tổng thống Trump có cuộc gặp thượng đỉnh tại Alaska. Trong chuyến thăm, Thủ tướng sẽ hội đàm với Thủ tướng "
                  "Ishiba Shigeru.");
  for (const auto& x : e)
    if (x.type == "visit") {
      EXPECT_FALSE(takes_part(x, "Shigeru Ishiba"));
      EXPECT_FALSE(takes_part(x, "Vladimir Putin"));
    }
}

// A kind of person alone is the last one named with an office of that kind, whoever was
// named since: the diplomat is the ambassador, not the prime minister told after him.
TEST_F(Perturb, AKindOfPersonIsTheLastOfThatKind) {
  auto x = run("Đại sứ Brazil tại Việt Nam Paulo Mendes cho biết hai nước sẽ mở đường bay mới. Theo chương trình, Tổng thống "
               "Lula da Silva sẽ gặp Thủ tướng Phạm Minh Chính. \"Thương mại sẽ tăng gấp đôi\", nhà ngoại giao nói.");
  ASSERT_EQ(x.claims.size(), 2u);
  EXPECT_EQ(f.name(x.claims[1].speaker_id), "Paulo Mendes");
}
