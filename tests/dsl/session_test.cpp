// The Session contract the command line relies on: diagnostics (positions, at_end for the
// REPL, rendering with a script's name and line), names for completion, defines, params.
#include <gtest/gtest.h>

#include "dsl/dsl.hpp"

using namespace kb;

static dsl::Diagnostic error_of(dsl::Session& s, std::string_view statement) {
  auto out = s.compile(statement);
  EXPECT_TRUE(std::holds_alternative<dsl::Diagnostic>(out)) << statement;
  return std::holds_alternative<dsl::Diagnostic>(out) ? std::get<dsl::Diagnostic>(out) : dsl::Diagnostic{};
}

TEST(Session, AnUnfinishedStatementIsAtEndSoTheReplReadsMore) {
  dsl::Session s;
  for (auto q : {"meetings where", "meetings where place =", "events where (type=\"call\"", "meetings where place=\"Ala",
                 "events where date between 2025-01 and", "count", "explain"})
    EXPECT_TRUE(error_of(s, q).at_end) << q;
  for (auto q : {"meetings wher place=\"x\"", "meetings where plce=\"x\"", "events where date = 2025-13",
                 "events where ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((type=\"x\""})
    EXPECT_FALSE(error_of(s, q).at_end) << q;
}

TEST(Session, ColumnsCountCodePointsAndRenderNamesTheScriptLine) {
  dsl::Session s;
  std::string q = "places where name=\"Matxcơva\" and knd=\"city\"";
  auto d = error_of(s, q);
  EXPECT_EQ(d.line, 1);
  EXPECT_EQ(d.column, 34);  // "ơ" is one column, two bytes
  EXPECT_EQ(d.length, 3);
  auto text = dsl::render(d, q, "analysis.kbq", 11);
  EXPECT_EQ(text.rfind("error: unknown field 'knd' for places at analysis.kbq:12:34\n", 0), 0u) << text;
  EXPECT_NE(text.find("\n                                   ^~~\n"), std::string::npos) << text;
}

TEST(Session, NamesForCompletion) {
  auto entities = dsl::entity_names();
  for (auto e : {"events", "meetings", "summits", "talks", "calls", "press_conferences", "visits", "interviews", "claims",
                 "actors", "people", "organizations", "places", "documents"})
    EXPECT_NE(std::find(entities.begin(), entities.end(), e), entities.end()) << e;
  auto fields = dsl::field_names("Meetings");
  EXPECT_EQ(std::vector<std::string>(fields.begin(), fields.begin() + 5),
            (std::vector<std::string>{"date", "place", "participant", "status", "type"}));
  EXPECT_TRUE(dsl::field_names("nothing").empty());
  auto kw = dsl::keywords();
  EXPECT_NE(std::find(kw.begin(), kw.end(), "between"), kw.end());
}

TEST(Session, DefinesReplaceKeepTheirTextAndRefuseEntitiesAndCounts) {
  dsl::Session s;
  ASSERT_TRUE(std::holds_alternative<dsl::Output>(s.compile("define Mine = calls where status=\"planned\"")));
  ASSERT_TRUE(std::holds_alternative<dsl::Output>(s.compile("define mine = calls where status=\"happened\"")));
  ASSERT_EQ(s.defines().size(), 1u);
  EXPECT_EQ(s.defines()[0], (std::pair<std::string, std::string>{"mine", "calls where status=\"happened\""}));
  // A define of a define: both conditions, no nested SQL.
  ASSERT_TRUE(std::holds_alternative<dsl::Output>(s.compile("define recent = MINE where date >= 2025-10")));
  auto out = std::get<dsl::Output>(s.compile("explain recent where participant=\"Rubio\""));
  EXPECT_EQ(out.sql.find("FROM (SELECT"), std::string::npos) << out.sql;
  EXPECT_EQ(out.params.size(), 3u);
  EXPECT_FALSE(error_of(s, "define x = count events by type").message.empty());
  EXPECT_FALSE(error_of(s, "define claims = events").message.empty());
  EXPECT_EQ(error_of(s, "define count = events").message, "cannot define 'count': it is a keyword");
  // An error inside a define's stored query points at the name that brought it in.
  ASSERT_TRUE(std::holds_alternative<dsl::Output>(s.compile("define later = claims where speaker = $who")));
  auto d = error_of(s, "count later by speaker");
  EXPECT_EQ(d.column, 7);
  EXPECT_NE(d.message.find("$who"), std::string::npos);
}

TEST(Session, ParametersAreListedInOrderAndChecked) {
  dsl::Session s;
  EXPECT_EQ(s.params_used("claims where speaker=$who and (date >= $since or about = $who)"),
            (std::vector<std::string>{"who", "since"}));
  EXPECT_TRUE(s.params_used("claims where").empty());
  s.set_param("since", "last week");
  auto d = error_of(s, "claims where date >= $since");
  EXPECT_NE(d.message.find("is not a date"), std::string::npos) << d.message;
  s.set_param("since", "2025-09");
  auto out = std::get<dsl::Output>(s.compile("claims where date >= $since"));
  ASSERT_EQ(out.params.size(), 1u);
  EXPECT_EQ(std::get<std::string>(out.params[0]), "2025-09-01");
}

TEST(Session, MessagesQuoteLongValuesCutBetweenCharacters) {
  dsl::Session s;
  std::string q = "events where date = \"" + std::string(39, 'x') + "ơơơ\"";
  auto d = error_of(s, q);
  EXPECT_NE(d.message.find(std::string(39, 'x') + "ơ…\""), std::string::npos) << d.message;
}
