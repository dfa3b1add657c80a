// English through the same pipeline (data/en): each mechanism on sentences written for
// these tests, in more than one wording. No stage branches on the language; these tests
// only swap the data folder.
#include <gtest/gtest.h>

#include "fixture.hpp"
#include "ingest/clean.hpp"
#include "ingest/dates.hpp"
#include "ingest/header.hpp"
#include "ingest/language.hpp"
#include "ingest/sentences.hpp"

using namespace kb;
using namespace kb::ingest;
using namespace kb::ingest::testing;

class English : public ::testing::Test {
 protected:
  Fixture f{"en"};
  Document doc;
  Extraction run(const std::string& text, const std::string& published = "2025-10-23") { return f.run(text, published, doc); }
  std::vector<std::string> dates(const std::string& text, Day ref) {
    std::vector<std::string> out;
    for (const auto& d : find_dates(text, tokenize(text), f.lx, ref, std::nullopt)) out.push_back(d.range.label());
    return out;
  }
  std::string speaker(const std::string& text) {
    auto c = run(text).claims;
    return c.size() == 1 ? f.name(c[0].speaker_id) : fmt::format("{} claims", c.size());
  }
  // The day of the last event `name` takes part in ("-" undated, "none" when there is none).
  std::string day_with(const std::string& text, const std::string& published, const std::string& name) {
    std::string day = "none";
    for (const auto& e : run(text, published).events)
      if (contains(f.names(e.participants), name)) day = e.date ? kb::iso(e.date->start) : "-";
    return day;
  }
  // "meeting happened" when the text tells one event, else how many it tells.
  std::string only(const std::string& text) {
    auto e = run(text).events;
    return e.size() == 1 ? e[0].type + " " + e[0].status : fmt::format("{} events", e.size());
  }
};

TEST(Language, TheCommonestFunctionWordsTellTheLanguage) {
  auto langs = Languages::load(kData);
  ASSERT_TRUE(langs) << langs.error().message;
  EXPECT_EQ(langs->detect("The two ministers met in Geneva on Friday and said that the talks were useful.").language, "en");
  EXPECT_EQ(langs->detect("Hai bộ trưởng đã gặp nhau tại Geneva và cho biết cuộc hội đàm rất hữu ích.").language, "vi");
  // Names and numbers alone: the first language listed.
  EXPECT_EQ(langs->detect("Lavrov Rubio 2025 Budapest").language, langs->lexicons.front().language);
  ASSERT_NE(langs->find("en"), nullptr);
  EXPECT_EQ(langs->find("xx"), nullptr);
}

TEST_F(English, HeaderStampsInTheirManyForms) {
  for (const auto& [line, want] : std::vector<std::pair<std::string, std::string>>{
           {"March 4, 2025 9:30 AM GMT+1 · Updated 2 hours ago", "2025-03-04"},
           {"Posted on March 4, 2025 by Jane Roe | 12 Comments", "2025-03-04"},
           {"Tue 4 Mar 2025", "2025-03-04"},
           {"Mar. 4, 2025, 6:05 a.m. ET", "2025-03-04"},
           {"04.03.2025, 10:37", "2025-03-04"},
           {"Published: 2025-03-04 08:55", "2025-03-04"},
           {"March 2025", "2025-03"},
       }) {
    auto d = date_line(line, &f.lx);
    ASSERT_TRUE(d) << line;
    EXPECT_EQ(d->label(), want) << line;
  }
  // A sentence with a date is no stamp; nor is a menu.
  EXPECT_FALSE(date_line("The ministers met on March 4, 2025 in Geneva to discuss the ceasefire.", &f.lx));
  EXPECT_FALSE(date_line("World | Europe | Politics", &f.lx));
}

TEST_F(English, AHeadlineWithAnAbbreviationIsNoBodyLine) {
  auto h = read_header("World | Europe\nU.S. and Russian envoys meet in Riyadh as talks resume\nMarch 4, 2025\n\nThe envoys met.", &f.lx);
  EXPECT_EQ(h.title, "U.S. and Russian envoys meet in Riyadh as talks resume");
  ASSERT_TRUE(h.published);
  EXPECT_EQ(h.published->label(), "2025-03-04");
}

TEST_F(English, DatesRelativeToThePublicationDay) {
  const Day thursday{2025, 10, 23};
  EXPECT_EQ(dates("They spoke on Tuesday.", thursday), std::vector<std::string>{"2025-10-21"});
  EXPECT_EQ(dates("They will speak on Tuesday.", thursday), std::vector<std::string>{"2025-10-28"});
  EXPECT_EQ(dates("They spoke last Thursday.", thursday), std::vector<std::string>{"2025-10-16"});
  EXPECT_EQ(dates("They speak next Monday.", thursday), std::vector<std::string>{"2025-10-27"});
  EXPECT_EQ(dates("They met two days ago.", thursday), std::vector<std::string>{"2025-10-21"});
  EXPECT_EQ(dates("They met two weeks ago.", thursday), std::vector<std::string>{"2025-10"});  // weeks: the month only
  EXPECT_EQ(dates("They met last week.", thursday), std::vector<std::string>{"2025-10"});
  EXPECT_EQ(dates("They met yesterday.", thursday), std::vector<std::string>{"2025-10-22"});
  EXPECT_EQ(dates("He took office last October.", thursday), std::vector<std::string>{"2024-10"});
  // Written dates, with and without the year; a year-less month months ahead is last year's.
  EXPECT_EQ(dates("They met on Oct. 16 and on 14 October 2025.", thursday), (std::vector<std::string>{"2025-10-16", "2025-10-14"}));
  EXPECT_EQ(dates("They met on October 16, 2025.", thursday), std::vector<std::string>{"2025-10-16"});
  EXPECT_EQ(dates("Since he returned to office in January, nothing moved.", thursday), std::vector<std::string>{"2025-01"});
  EXPECT_EQ(dates("He will return in January.", thursday), std::vector<std::string>{"2026-01"});
  // Ordinal days and a range of days after a month name: the first day.
  EXPECT_EQ(dates("They met on October 5th.", thursday), std::vector<std::string>{"2025-10-05"});
  EXPECT_EQ(dates("They met on the 5th of October.", thursday), std::vector<std::string>{"2025-10-05"});
  EXPECT_EQ(dates("They met on Oct 5-6 in Doha.", thursday), std::vector<std::string>{"2025-10-05"});
  EXPECT_EQ(dates("They met over the weekend.", thursday), std::vector<std::string>{"2025-10"});
  // From the date last given.
  EXPECT_EQ(dates("They met on October 16. The next day they spoke again.", thursday),
            (std::vector<std::string>{"2025-10-16", "2025-10-17"}));
  // A modal and a name of the month are no date; an abbreviated weekday in a byline neither.
  EXPECT_TRUE(dates("They may meet soon.", thursday).empty());
  EXPECT_TRUE(dates("By Nguyen Thu Ha", thursday).empty());
}

TEST_F(English, SentencesDoNotEndAtAnAbbreviation) {
  std::string text = "Mr. Putin met Gen. Kellogg on Oct. 16 in the U.S. capital. He said it went well.";
  auto s = split_sentences(text, nullptr, &f.lx.abbreviations);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(text.substr(s[1].span.begin, s[1].span.end - s[1].span.begin), "He said it went well.");
}

TEST_F(English, AWidgetHeadingDropsItsLinksAndTheArticleGoesOn) {
  auto clean = clean_text(
      "The two ministers met in Geneva on Friday and agreed to meet again within a month, officials said.\n"
      "Related\nCeasefire talks stall in Cairo\nOil prices climb\n"
      "The next round of talks is expected in Vienna, where both delegations have offices of their own.\n"
      "Sign up for our newsletter\n",
      f.lx.boilerplate);
  EXPECT_EQ(clean.find("Ceasefire talks stall"), std::string::npos);
  EXPECT_EQ(clean.find("newsletter"), std::string::npos);
  EXPECT_NE(clean.find("The next round of talks"), std::string::npos);
  // Widget words inside a sentence are the article's own.
  EXPECT_NE(clean_text("Analysts recommended caution, and related officials said more talks were needed soon.", f.lx.boilerplate)
                .find("recommended"),
            std::string::npos);
}

TEST_F(English, SpeakersBeforeAndAfterTheVerb) {
  EXPECT_EQ(speaker("\"We are ready for talks,\" Kremlin spokesman Dmitry Peskov said on Monday."), "Dmitry Peskov");
  EXPECT_EQ(speaker("\"We are ready for talks,\" said Kremlin spokesman Dmitry Peskov."), "Dmitry Peskov");
  EXPECT_EQ(speaker("Moscow is ready for talks, said Russia's Foreign Minister Sergei Lavrov."), "Sergei Lavrov");
  EXPECT_EQ(speaker("Russian Foreign Minister Sergei Lavrov told reporters that Moscow was ready for talks."), "Sergei Lavrov");
  EXPECT_EQ(speaker("According to Peskov, Moscow is ready for new talks with Washington."), "Dmitry Peskov");
  EXPECT_EQ(speaker("The state agency TASS quoted Lavrov as saying that Moscow was ready for talks."), "Sergei Lavrov");
  // A participle of saying after a comma: the sentence's subject speaks.
  EXPECT_EQ(speaker("Dmitry Medvedev, the deputy chairman of the Security Council, went further, writing that the move was hostile."),
            "Dmitry Medvedev");
  // A statement before the speaker whose verb only says where.
  auto c = run("Moscow is ready for talks, Sergei Lavrov said in an interview with a Russian channel.").claims;
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].text, "Moscow is ready for talks");
}

TEST_F(English, OneStatementAndTheOneAddedToIt) {
  auto c = run("\"Nothing was cancelled,\" Peskov said, adding that the two presidents wanted a well prepared meeting.").claims;
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].text, "Nothing was cancelled,");
  EXPECT_EQ(c[1].text, "the two presidents wanted a well prepared meeting");
}

// A participle of saying after a comma adds a statement of its own, with or without a
// quotation before it; a "that" past the first statement's own verb is a relative pronoun.
TEST_F(English, AParticipleAddsAStatementAndARelativeThatIsNoComplementiser) {
  auto c = run("On Monday, Carney said the new British tariffs were a decision that would hurt both economies, "
               "stressing that Ottawa would not retaliate.").claims;
  ASSERT_EQ(c.size(), 2u);
  EXPECT_TRUE(c[0].text.starts_with("the new British tariffs were a decision that would")) << c[0].text;
  EXPECT_TRUE(c[1].text.starts_with("Ottawa would not retaliate")) << c[1].text;
  c = run("Carney said on Monday that the tariffs would hurt both economies.").claims;
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0].text.starts_with("the tariffs")) << c[0].text;
}

TEST_F(English, APronounOpeningASentenceIsTheSubjectBefore) {
  auto c = run("Sergei Lavrov, who arrived on Sunday, praised Marco Rubio for his patience. He said the talks would go on.").claims;
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(f.name(c.back().speaker_id), "Sergei Lavrov");
}

TEST_F(English, EventWordsAndTheirFate) {
  EXPECT_EQ(only("Sergei Lavrov met Marco Rubio in Riyadh on Tuesday."), "meeting happened");
  EXPECT_EQ(only("Sergei Lavrov held talks with Marco Rubio in Riyadh on Tuesday."), "talks happened");
  EXPECT_EQ(only("Vladimir Putin spoke by phone with Donald Trump on Tuesday."), "call happened");
  EXPECT_EQ(only("Donald Trump hosted Finnish President Alexander Stubb at the White House on Tuesday."), "meeting happened");
  EXPECT_EQ(only("Sergei Lavrov will meet Marco Rubio in Riyadh next week."), "meeting planned");
  EXPECT_EQ(only("Sergei Lavrov is expected to meet Marco Rubio in Riyadh next week."), "meeting planned");
  EXPECT_EQ(only("Donald Trump called off the summit with Vladimir Putin in Budapest."), "summit cancelled");
  EXPECT_EQ(only("The summit between Donald Trump and Vladimir Putin in Budapest was postponed."), "summit cancelled");
  EXPECT_EQ(only("Sergei Lavrov did not meet Marco Rubio in Riyadh."), "0 events");
  EXPECT_EQ(only("Donald Trump welcomed the decision of the court in Riyadh."), "0 events");
  EXPECT_EQ(only("The plan would help Kyiv meet its obligations by Friday."), "0 events");
}

TEST_F(English, ThePublicationDayDatesAWeekday) {
  auto e = run("Sergei Lavrov met Marco Rubio in Riyadh on Tuesday.").events;
  ASSERT_EQ(e.size(), 1u);
  ASSERT_TRUE(e[0].date);
  EXPECT_EQ(e[0].date->label(), "2025-10-21");
  EXPECT_EQ(doc.language, "en");
}

// The day a gathering ended dates it to the month only, as in Vietnamese.
TEST_F(English, TheDayItEndedTellsTheMonth) {
  auto e = run("The G20 summit in the South African city of Johannesburg ended on November 23 with a declaration.", "2025-11-25").events;
  ASSERT_EQ(e.size(), 1u);
  ASSERT_TRUE(e[0].date);
  EXPECT_EQ(e[0].date->label(), "2025-11");
}

// Whom it was told to and where are no statement; an adverb set off by commas is no part
// of one; declining to say says nothing.
TEST_F(English, WhatTheVerbTakesBesideTheStatement) {
  auto c = run("Moscow has received no proposals yet, Kremlin spokesman Dmitry Peskov told journalists at a briefing on Monday.").claims;
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].text, "Moscow has received no proposals yet");
  c = run("Sergei Lavrov warned, however, that Moscow would answer any new sanctions.").claims;
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].text, "Moscow would answer any new sanctions");
  EXPECT_EQ(speaker("Dmitry Peskov declined to say whether the envoy would be received in Moscow."), "0 claims");
}

TEST_F(English, FateAndFrameOverALongNounPhrase) {
  EXPECT_EQ(only("Oman on Saturday called off the sixth round of nuclear talks between Iran and the United States."), "talks cancelled");
  EXPECT_EQ(only("The foreign minister said the meeting between Iran and the United States would not go ahead."), "meeting cancelled");
  // A gathering named as the occasion of another act, over its name: no event of its own.
  auto e = run("Scott Bessent held talks with He Lifeng in Kuala Lumpur on Sunday, on the sidelines of the ASEAN summit.").events;
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].type, "talks");
}

TEST_F(English, AClauseOfAnotherTimeKeepsItsDate) {
  auto e = run("The two leaders met in Busan on Thursday, their first encounter since Trump began his second term in January.").events;
  ASSERT_EQ(e.size(), 1u);
  ASSERT_TRUE(e[0].date);
  EXPECT_EQ(e[0].date->label(), "2025-10-23");
  // Without a date of its own, the event takes none from a clause telling when a period began.
  e = run("Donald Trump and Xi Jinping met in Busan, their first encounter since Trump began his second term in January.").events;
  ASSERT_EQ(e.size(), 1u);
  EXPECT_FALSE(e[0].date && e[0].date->label() == "2025-01");
  auto d = date_line("Oct. 30, 2025, 6:05 a.m. ET | Updated Oct. 31, 2025, 9:41 a.m. ET", &f.lx);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->label(), "2025-10-30");
}

// English names a person by one word of the full name after the first mention.
TEST_F(English, ASurnameAloneIsThePersonNamedBefore) {
  auto c = run("Ukrainian Foreign Ministry spokeswoman Olena Marchuk said the talks in Geneva were useful. "
               "\"We are ready for the next round,\" Marchuk told reporters on Monday.").claims;
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(f.name(c[0].speaker_id), "Olena Marchuk");
  EXPECT_EQ(f.name(c[1].speaker_id), "Olena Marchuk");
}

TEST_F(English, WhoSpeaksInClausesOfTheirOwn) {
  // a relative pronoun's antecedent
  EXPECT_EQ(speaker("Sergei Lavrov, who announced that Moscow was ready for talks, left Riyadh on Tuesday."), "Sergei Lavrov");
  // a verb joined by "but" has the clause's subject, not the object named before it
  auto c = run("Benjamin Netanyahu thanked Donald Trump for the invitation but said he could not attend the summit.").claims;
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(f.name(c[0].speaker_id), "Benjamin Netanyahu");
  // a pronoun after the quotation that opens its sentence is the subject before
  c = run("Donald Trump spoke at the White House, where he was hosting Mark Rutte. \"It did not feel right,\" he told reporters.").claims;
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(f.name(c.back().speaker_id), "Donald Trump");
  // the head of "according to" is its last name
  EXPECT_EQ(speaker("According to the US news portal Axios, Kirill Dmitriev will meet Steve Witkoff in Miami on Saturday."), "Axios");
}

// "will meet A and hold talks with B": two predicates of one subject, two planned events.
TEST_F(English, CoordinatedPredicatesAreOneEventEach) {
  auto e = run("Tomorrow Canadian Prime Minister Mark Carney will meet British Prime Minister Keir Starmer and hold talks "
               "with French President Emmanuel Macron.").events;
  ASSERT_EQ(e.size(), 2u);
  auto sorted = [&](const EventFact& x) {
    auto v = f.names(x.participants);
    std::sort(v.begin(), v.end());
    return v;
  };
  EXPECT_EQ(sorted(e[0]), (std::vector<std::string>{"Keir Starmer", "Mark Carney"}));
  EXPECT_EQ(sorted(e[1]), (std::vector<std::string>{"Emmanuel Macron", "Mark Carney"}));
  for (const auto& x : e) EXPECT_EQ(x.status, "planned");
}

// "After the talks," / "During the meeting,": the event told last of its kind, whose day
// the clause's acts take; "at a press conference" is a new one, not the briefing told before.
TEST_F(English, AnEventWordAloneBeforeTheClauseIsTheOneToldAndGivesItsDay) {
  const std::string told =
      "On June 9, Canadian Prime Minister Mark Carney hosted British Prime Minister Keir Starmer in Ottawa.\n\n"
      "Starmer flew back to London on Wednesday.\n\n";
  for (const auto* then : {"During the meeting, Carney spoke by phone with French President Emmanuel Macron.",
                           "After the talks, Carney held a call with French President Emmanuel Macron."}) {
    EXPECT_EQ(day_with(told + then, "2025-06-12", "Emmanuel Macron"), "2025-06-09") << then;
  }
}

TEST_F(English, AnEventDeniedOrAvoidedIsNoOccurrence) {
  for (const auto* text : {"Carney accused London of avoiding a meeting with him.",
                           "Downing Street denied reports of a meeting between Starmer and Carney on June 9.",
                           "Starmer declined to hold talks with Carney in London."})
    EXPECT_EQ(only(text), "0 events") << text;
  EXPECT_EQ(only("Starmer declined to comment on his meeting with Carney in Ottawa on Monday."), "meeting happened");
}

TEST_F(English, ASummonsIsAMeetingWithTheEnvoy) {
  EXPECT_EQ(only("On Monday, Canada's Foreign Ministry summoned British Ambassador Keir Starmer over the remarks."), "meeting happened");
}

// "the NATO chief", "the UN chief": a body with "chief" after it is its head, whatever
// the body calls the office (secretary-general, director general, chief executive).
TEST_F(English, ABodysChiefIsItsHead) {
  EXPECT_EQ(speaker("The NATO chief said on Tuesday that the alliance would stay united."), "Mark Rutte");
  EXPECT_EQ(speaker("The UN chief warned that the fighting must end."), "Antonio Guterres");
  EXPECT_EQ(speaker("The IAEA chief told reporters that inspectors would return."), "Rafael Grossi");
}

TEST_F(English, ThePresidentsAreTheTwoNamedBefore) {
  auto e = run("Canadian Prime Minister Mark Carney and French President Emmanuel Macron opened a fair in Ottawa on Monday.\n\n"
               "The presidents spoke by phone on Tuesday.").events;
  ASSERT_EQ(e.size(), 1u);
  EXPECT_TRUE(contains(f.names(e[0].participants), "Emmanuel Macron"));
}

TEST_F(English, AQuotationsDateIsNotTheNarrativesTime) {
  EXPECT_EQ(day_with("On June 9, Canadian Prime Minister Mark Carney hosted French President Emmanuel Macron in Ottawa.\n\n"
                     "\"I am more optimistic today than I was a week ago,\" Carney said.\n\n"
                     "The next day he spoke by phone with British Prime Minister Keir Starmer.",
                     "2025-06-12", "Keir Starmer"),
            "2025-06-10");
}

// "They" goes on with the pair the sentence before told ("the two presidents"), not the last
// two people named.
TEST_F(English, TheyIsThePairToldJustBefore) {
  auto e = run("NATO chief Mark Rutte praised Canadian Prime Minister Mark Carney on Monday.\n\n"
               "Carney and French President Emmanuel Macron spoke by phone on Tuesday. The two leaders discussed trade.\n\n"
               "They last met in person in Paris in May.", "2025-06-12").events;
  bool found = false;
  for (const auto& x : e)
    if (x.type == "meeting" && x.place_id && f.place_name(x.place_id) == "Paris") {
      found = true;
      EXPECT_TRUE(contains(f.names(x.participants), "Emmanuel Macron"));
      EXPECT_FALSE(contains(f.names(x.participants), "Mark Rutte"));
    }
  EXPECT_TRUE(found);
}

// A naming frame ("described X as Y") says Y of X; ", and said …" after it is a second
// statement, and X may be a long noun phrase.
TEST_F(English, ANamingFrameAndASecondVerbAreTwoStatements) {
  auto c = run("Carney on Monday described the new British tariffs on the country's steel and aluminium exports as an "
               "unfriendly act, and said his planned visit to London had been put off.").claims;
  ASSERT_EQ(c.size(), 2u);
  EXPECT_TRUE(c[0].text.starts_with("the new British tariffs")) << c[0].text;
  EXPECT_TRUE(c[1].text.starts_with("his planned visit")) << c[1].text;
  c = run("Carney described the talks in London as \"very useful\" but said a new round had not been discussed.").claims;
  ASSERT_EQ(c.size(), 2u);
  EXPECT_TRUE(c[1].text.starts_with("a new round had not been discussed")) << c[1].text;
}

// "On the sidelines, he …": the sentence's acts are on the sidelines of the gathering told
// last, on its day, and never that gathering; a brief encounter is a meeting.
TEST_F(English, OnTheSidelinesOfTheGatheringTold) {
  auto e = run("G7 leaders gathered for a summit in Kananaskis on Monday, hosted by Canadian Prime Minister Mark Carney.\n\n"
               "On the sidelines, British Prime Minister Keir Starmer briefly spoke with French President Emmanuel Macron.",
               "2025-06-18").events;
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[1].type, "meeting");
  EXPECT_TRUE(e[1].sidelines);
  ASSERT_TRUE(e[1].date);
  EXPECT_EQ(kb::iso(e[1].date->start), kb::iso(e[0].date->start));
}

// "The fifth round was held in Rome": a round of the talks told before, with their parties;
// "a new round of sanctions" is none.
TEST_F(English, ARoundOfTheTalksToldIsItsOwnEvent) {
  const std::string talks = "Britain and Canada held a first round of trade talks in Ottawa on May 2.\n\n";
  auto e = run(talks + "The third round was held in London on May 30.").events;
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[1].type, "talks");
  EXPECT_EQ(e[1].date->label(), "2025-05-30");
  EXPECT_TRUE(contains(f.names(e[1].participants), "Canada"));
  EXPECT_EQ(run(talks + "Britain announced a new round of sanctions on May 30.").events.size(), 1u);
}

// "the Rubio-Lavrov meeting, which …, was put on hold": an event noun after its article and
// the names it is of is the subject, and takes its fate from its predicate.
TEST_F(English, AnEventNounOfNamesTakesItsFateFromItsPredicate) {
  EXPECT_EQ(only("According to CNN, the Carney-Starmer meeting, which had been pencilled in for later this week in Ottawa, "
                 "was put on hold."),
            "meeting cancelled");
}

// A pronoun a few words into its sentence, after a fronted adverbial with or without a comma
// ("On Thursday he will …"), goes on with the subject of the sentence before, also when that
// subject followed a fronted word ("Meanwhile, Carney is due …").
TEST_F(English, APronounAfterAFrontedAdverbialIsTheSubjectBefore) {
  auto e = run("Meanwhile, Carney is due to arrive in Oslo on Tuesday at the invitation of Prime Minister Jonas Gahr Store.\n\n"
               "On Thursday he will take part in the summit of the Nordic Council in the Norwegian capital.")
               .events;
  bool found = false;
  for (const auto& x : e)
    if (x.type == "summit") found = contains(f.names(x.participants), "Mark Carney");
  EXPECT_TRUE(found);
}

// A list of names over commas is one list ("with A, B and C"; "A, B and C met").
TEST_F(English, AListOfNamesOverCommas) {
  for (const auto* text : {
           "On October 20, Norwegian Foreign Minister Espen Barth Eide spoke by phone with Egyptian Prime Minister Mostafa "
           "Madbouly, Jordanian Foreign Minister Ayman Safadi and UN Secretary-General Antonio Guterres.",
           "Egyptian Prime Minister Mostafa Madbouly, Jordanian Foreign Minister Ayman Safadi and Antonio Guterres met in "
           "Cairo on Monday.",
       }) {
    auto e = run(text).events;
    ASSERT_EQ(e.size(), 1u) << text;
    for (const auto* who : {"Mostafa Madbouly", "Ayman Safadi", "Antonio Guterres"})
      EXPECT_TRUE(contains(f.names(e[0].participants), who)) << who << ": " << text;
  }
}

// An event spoken of ("asked about the purpose of the trip", "to discuss preparations for
// the visit") is the one told before, not an act of who speaks of it.
TEST_F(English, AnEventSpokenOfIsTheOneToldBefore) {
  const std::string told = "Spokeswoman Pham Thu Hang said on Thursday that Prime Minister Pham Minh Chinh will pay an "
                           "official visit to Japan from November 10. ";
  for (const auto* then : {
           "Asked about the purpose of the trip, Hang said Japan was one of Vietnam's leading partners.",
           "On October 20, Foreign Minister Bui Thanh Son held a phone call with Japanese Foreign Minister Takeshi Iwaya to "
           "discuss preparations for the visit.",
       }) {
    int visits = 0;
    for (const auto& e : run(told + then).events)
      if (e.type == "visit") {
        ++visits;
        EXPECT_EQ(f.names(e.participants).size(), 1u) << then;
      }
    EXPECT_EQ(visits, 1) << then;
  }
}

// The series' people take part in the gathering told by its place alone ("their second
// meeting, after talks in Moscow in March"); a clause of taking place before a place places
// the event; a body's summit is not the bilateral meetings on its day.
TEST_F(English, TheSeriesAPlaceAfterTakingPlaceASummitsSidelines) {
  bool found = false;
  for (const auto& e : run("On October 10, Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in "
                           "Beijing. It was their second meeting, after talks in Moscow in March.")
                           .events)
    if (e.date && e.date->label() == "2025-03")
      found = contains(f.names(e.participants), "Sergei Lavrov") && contains(f.names(e.participants), "China");
  EXPECT_TRUE(found);

  auto planned = run("The ministry said Vietnam would attend the fifth Mekong-Lancang summit, to be held in Vientiane "
                     "in late November.")
                     .events;
  ASSERT_EQ(planned.size(), 1u);
  EXPECT_EQ(planned[0].status, "planned");
  EXPECT_EQ(f.place_name(planned[0].place_id), "Vientiane");

  std::size_t apart = 0;
  for (const auto& e : run("The ASEAN summit opened in Kuala Lumpur on October 10, attended by Prime Minister Pham Minh "
                           "Chinh. The same day, Pham Minh Chinh met Cambodian Prime Minister Hun Manet.")
                           .events)
    apart += e.type == "meeting" && contains(f.names(e.participants), "Hun Manet");
  EXPECT_EQ(apart, 1u);
}
