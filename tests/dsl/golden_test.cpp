// Golden files: the SQL each query compiles to (explain) and every error message, one
// file per case in tests/dsl/golden/. KB_UPDATE_GOLDEN=1 rewrites them; review the diff.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "dsl/dsl.hpp"

using namespace kb;

static std::string param_text(const Value& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return "'" + *s + "'";
  if (const auto* i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
  return "NULL";
}

// What the user sees: explain's SQL and parameters, or the rendered error.
static std::string shown(dsl::Session& s, std::string_view statement) {
  auto out = s.compile(statement);
  if (const auto* d = std::get_if<dsl::Diagnostic>(&out)) return dsl::render(*d, statement);
  const auto& o = std::get<dsl::Output>(out);
  std::string text = "-- " + std::string(statement) + "\n" + o.sql + "\n";
  for (std::size_t i = 0; i < o.params.size(); ++i) text += fmt::format("-- ?{} = {}\n", i + 1, param_text(o.params[i]));
  return text;
}

static std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

static void check_golden(const std::string& name, const std::string& actual) {
  auto path = std::string(KB_GOLDEN_DIR) + "/" + name;
  if (std::getenv("KB_UPDATE_GOLDEN")) {
    std::ofstream(path) << actual;
    return;
  }
  std::ifstream in(path);
  ASSERT_TRUE(in) << path << " is missing; run with KB_UPDATE_GOLDEN=1";
  std::stringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(actual, expected.str()) << name;
}

TEST(Golden, GeneratedSql) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"alaska", R"(explain meetings where place="Alaska")"},
      {"both_participants", R"(explain meetings where participant="Lavrov" and participant="Rubio" order by date)"},
      {"calls_since", R"(explain calls where participant="Rubio" and date >= 2025-10-01)"},
      {"cancelled_summits", R"(explain summits where status="cancelled")"},
      {"december", "explain events where date=2025-12"},
      {"between_not", R"(explain events where date between 2025-02-01 and 2025-03-15 and not type="press_conference")"},
      {"countries", R"(explain events where participant.country="RU" and place.country="US")"},
      {"in_or", R"(explain events where type in ("call", "meeting") or (place="Istanbul" and status="planned"))"},
      {"speaker", R"(explain claims where speaker="Peskov")"},
      {"speaker_search", R"(explain claims where speaker="Lavrov" and text ~ "chiu trach nhiem")"},
      {"about_since", R"(explain claims where about="Ukraine" and date >= 2025-09)"},
      {"actor_name", R"(explain actors where name="Sergey Lavrov")"},
      {"actor_role", R"(explain actors where role="foreign minister")"},
      {"place_name", R"(explain places where name="Matxcơva")"},
      {"document_search", R"(explain documents where text ~ "dien kremlin")"},
      {"count_by_type", "explain count events by type"},
      {"count_top_speakers", "explain count claims by speaker order by count desc limit 5"},
      {"order_limit_select", R"(explain meetings where place="Alaska" order by date desc limit 1 select date, participants)"},
      {"has_place", "explain events where not has place or has date"},
      {"source_published", "explain events where source.published >= 2025-12"},
  };
  dsl::Session s;
  for (const auto& [name, q] : cases) check_golden(name + ".sql", shown(s, q));
  // A define, then a query over it.
  ASSERT_TRUE(std::holds_alternative<dsl::Output>(
      s.compile(R"(define ru_us = events where participant.country="RU" and participant.country="US")")));
  check_golden("define_use.sql", shown(s, "explain ru_us where date >= 2025-09"));
  s.set_param("who", "Peskov");
  s.set_param("since", "2025-09");
  check_golden("params.sql", shown(s, "explain claims where speaker=$who and date >= $since"));
}

TEST(Golden, ErrorMessages) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"unknown_field", R"(meetings where plce="Alaska")"},
      {"unknown_entity", R"(meetngs where place="Alaska")"},
      {"unterminated_string", R"(meetings where place="Alaska)"},
      {"bad_month", "events where date = 2025-13-01"},
      {"bad_day", "events where date = 2025-02-30"},
      {"type_mismatch", R"(events where date="Alaska")"},
      {"unknown_parameter", "claims where speaker=$who"},
      {"trailing_garbage", R"(meetings where place="Alaska" garbage)"},
      {"misspelt_keyword", R"(meetings wher place="Alaska")"},
      {"nesting_too_deep", "events where " + std::string(100, '(') + "type=\"call\"" + std::string(100, ')')},
      {"missing_operator", "events where place"},
      {"missing_value", "events where place ="},
      {"bad_operator", R"(events where place < "Alaska")"},
      {"search_not_text", R"(claims where speaker ~ "Lavrov")"},
      {"unknown_subfield", R"(events where participant.cuntry="RU")"},
      {"unknown_column", R"(meetings select date, participnts)"},
      {"unclosed_paren", R"(events where (type="call")"},
      {"empty", ""},
      {"multi_line", "meetings\n  where plce=\"Alaska\""},
      {"vietnamese_column", "places where name=\"Matxcơva\" and knd=\"city\""},
      {"count_order", "count events by type order by date"},
      {"define_entity", "define events = claims"},
      // Limits (dsl/limits.hpp): each refused where it is passed.
      {"too_many_conditions", "events where id = 1" + repeat(" or id = 1", 500)},
      {"nesting_limit", "events where " + repeat("id = 1 and (id = 2 or (", 9) + "id = 3" + repeat("))", 9)},
      {"too_many_values", "events where id in (1" + repeat(", 1", 5000) + ")"},
      {"parameter_repeated", "events where participant in ($p" + repeat(", $p", 50) + ")"},
      {"parameter_too_long", "claims where text ~ $huge"},
      {"number_out_of_range", "events where id = 99999999999999999999"},
      {"search_too_long", "claims where text ~ \"" + repeat("gau giay ", 150) + "\""},
      {"column_twice", "events select id, date, id"},
  };
  dsl::Session s;
  s.set_param("p", std::string(100000, 'x'));
  s.set_param("huge", std::string(2 << 20, 'x'));
  for (const auto& [name, q] : cases) check_golden(name + ".err", shown(s, q));
}
