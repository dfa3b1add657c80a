#include "bench/suite.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "core/text.hpp"

namespace kb::bench {

namespace {

// The columns an analyst sees for events and claims, written the direct way.
const char* const kEventColumns =
    "SELECT e.id, e.type,"
    " CASE e.date_precision WHEN 'day' THEN e.date_start WHEN 'month' THEN substr(e.date_start, 1, 7)"
    "  ELSE substr(e.date_start, 1, 4) END AS date,"
    " pl.name AS place,"
    " (SELECT json_group_array(a.name) FROM event_participants ep JOIN actors a ON a.id = ep.actor_id"
    "   WHERE ep.event_id = e.id) AS participants,"
    " e.status,"
    " (SELECT json_group_array(json_object('document', d.file_name, 'sentence', s.seq, 'evidence', s.text))"
    "   FROM event_evidence ee JOIN evidence v ON v.id = ee.evidence_id JOIN documents d ON d.id = v.document_id"
    "   JOIN sentences s ON s.id = v.sentence_id WHERE ee.event_id = e.id) AS sources"
    " FROM events e LEFT JOIN places pl ON pl.id = e.place_id ";

const char* const kClaimColumns =
    "SELECT c.id, a.name AS speaker,"
    " CASE c.date_precision WHEN 'day' THEN c.date_start WHEN 'month' THEN substr(c.date_start, 1, 7)"
    "  ELSE substr(c.date_start, 1, 4) END AS date,"
    " c.text, c.direct,"
    " (SELECT json_group_array(json_object('document', d.file_name, 'sentence', s.seq, 'evidence', s.text))"
    "   FROM claim_evidence ce JOIN evidence v ON v.id = ce.evidence_id JOIN documents d ON d.id = v.document_id"
    "   JOIN sentences s ON s.id = v.sentence_id WHERE ce.claim_id = c.id) AS sources"
    " FROM claims c JOIN actors a ON a.id = c.speaker_id ";

// The actors a name stands for, through their folded aliases (parameter ?n).
std::string by_alias(int n) { return fmt::format("(SELECT actor_id FROM actor_aliases WHERE folded = ?{})", n); }

std::string one(SQLite::Database& db, const std::string& sql, std::int64_t arg = 0) {
  SQLite::Statement st(db, sql);
  if (st.getBindParameterCount() > 0) st.bind(1, static_cast<int64_t>(arg));
  return st.executeStep() ? st.getColumn(0).getString() : std::string();
}

}  // namespace

std::vector<SuiteQuery> query_suite(SQLite::Database& db) {
  // A working diplomat: an extracted person with a realistic number of events.
  std::string a_id = one(db,
      "SELECT a.id FROM actors a JOIN event_participants ep ON ep.actor_id = a.id "
      "WHERE a.kind = 'person' AND a.origin = 'extracted' GROUP BY a.id "
      "HAVING count(*) BETWEEN 20 AND 400 ORDER BY a.id LIMIT 1");
  std::int64_t a = a_id.empty() ? 0 : std::stoll(a_id);
  std::string A = one(db, "SELECT name FROM actors WHERE id = ?", a);
  std::string B = one(db,
      "SELECT a2.name FROM event_participants ep1 JOIN event_participants ep2 ON ep2.event_id = ep1.event_id "
      "AND ep2.actor_id <> ep1.actor_id JOIN actors a2 ON a2.id = ep2.actor_id "
      "WHERE ep1.actor_id = ? AND a2.kind = 'person' LIMIT 1", a);
  std::string region = one(db, "SELECT name FROM places WHERE kind = 'region' AND name LIKE 'Region %' "
                               "ORDER BY id LIMIT 1 OFFSET 3");
  const Value fa = text::fold(A), fb = text::fold(B), fr = text::fold(region);

  std::vector<SuiteQuery> s;
  s.push_back({{}, fmt::format("events where participant=\"{}\"", A),
               std::string(kEventColumns) + "WHERE e.id IN (SELECT event_id FROM event_participants WHERE actor_id IN " +
                   by_alias(1) + ")",
               {fa}});
  s.push_back({{}, fmt::format("events where participant=\"{}\" and participant=\"{}\"", A, B),
               std::string(kEventColumns) + "WHERE e.id IN (SELECT event_id FROM event_participants WHERE actor_id IN " +
                   by_alias(1) +
                   " INTERSECT SELECT event_id FROM event_participants WHERE actor_id IN " +
                   by_alias(2) + ")",
               {fa, fb}});
  s.push_back({{}, fmt::format("events where place=\"{}\"", region),
               std::string(kEventColumns) +
                   "WHERE e.place_id IN (SELECT descendant_id FROM place_tree WHERE ancestor_id IN "
                   "(SELECT place_id FROM place_aliases WHERE folded = ?1))",
               {fr}});
  s.push_back({{}, "events where date=2019-03",
               std::string(kEventColumns) + "WHERE e.date_start >= '2019-03-01' AND e.date_end <= '2019-03-31'", {}});
  s.push_back({{}, "calls where date between 2020-01-01 and 2020-03-31",
               std::string(kEventColumns) +
                   "WHERE e.type = 'call' AND e.date_start >= '2020-01-01' AND e.date_end <= '2020-03-31'",
               {}});
  s.push_back({{}, "summits where status=\"cancelled\" and date >= 2025",
               std::string(kEventColumns) +
                   "WHERE e.type = 'summit' AND e.status = 'cancelled' AND e.date_start >= '2025-01-01'",
               {}});
  s.push_back({{}, fmt::format("events where participant=\"{}\" and place.country=\"RU\"", A),
               std::string(kEventColumns) + "WHERE pl.country = 'RU' AND e.id IN (SELECT event_id FROM "
                   "event_participants WHERE actor_id IN " + by_alias(1) + ")",
               {fa}});
  s.push_back({{}, fmt::format("claims where speaker=\"{}\" and date >= 2020", A),
               std::string(kClaimColumns) + "WHERE c.speaker_id IN " + by_alias(1) +
                   " AND c.date_start >= '2020-01-01'",
               {fa}});
  s.push_back({{}, fmt::format("claims where speaker=\"{}\" and text ~ \"an ninh\"", A),
               std::string(kClaimColumns) + "WHERE c.speaker_id IN " + by_alias(1) +
                   " AND c.id IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH '\"an ninh\"')",
               {fa}});
  s.push_back({{}, fmt::format("claims where about=\"{}\" and date >= 2024-01", A),
               std::string(kClaimColumns) + "WHERE c.id IN (SELECT claim_id FROM claim_about WHERE actor_id IN " +
                   by_alias(1) + ") AND c.date_start >= '2024-01-01'",
               {fa}});
  s.push_back({{}, "count events by type", "SELECT type, count(*) FROM events GROUP BY type", {}, 2});
  s.push_back({{"define ru_us = events where participant.country=\"RU\" and participant.country=\"US\""},
               "ru_us where date=2024-05",
               std::string(kEventColumns) +
                   "WHERE e.date_start >= '2024-05-01' AND e.date_end <= '2024-05-31'"
                   " AND EXISTS (SELECT 1 FROM event_participants ep JOIN actors a ON a.id = ep.actor_id"
                   "  WHERE ep.event_id = e.id AND a.country = 'RU')"
                   " AND EXISTS (SELECT 1 FROM event_participants ep JOIN actors a ON a.id = ep.actor_id"
                   "  WHERE ep.event_id = e.id AND a.country = 'US')",
               {}});
  s.push_back({{}, fmt::format("actors where name=\"{}\"", A),
               "SELECT a.id FROM actors a WHERE a.id IN " + by_alias(1), {fa}});
  return s;
}

}  // namespace kb::bench
