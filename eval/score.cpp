#include "eval/score.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "core/text.hpp"

namespace kb::eval {

namespace {

using json = nlohmann::json;

struct Event { std::string type, date, place, status; std::vector<std::string> participants; };
struct Claim { std::string speaker, text; };

std::string str(const json& j, const char* k) { return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : ""; }

std::string surname(const std::string& name) {
  auto f = text::fold(name);
  auto sp = f.rfind(' ');
  return sp == std::string::npos ? f : f.substr(sp + 1);
}

std::set<std::string> people(const std::vector<std::string>& names) {
  std::set<std::string> out;
  for (const auto& n : names)
    if (auto s = surname(n); !s.empty()) out.insert(s);
  return out;
}

std::string family(const std::string& t) {
  static const std::map<std::string, std::string> f = {
      {"meeting", "meet"}, {"summit", "meet"}, {"talks", "meet"}, {"visit", "meet"}, {"call", "call"},
      {"press_conference", "speech"}, {"interview", "speech"}, {"statement", "speech"}};
  auto it = f.find(t);
  return it == f.end() ? "other" : it->second;
}

bool types_agree(const std::string& g, const Event& e) {
  if (g == "other" || g.empty() || g == e.type) return true;
  if (g == "cancellation") return e.status == "cancelled" || family(e.type) == "meet";
  return family(g) == family(e.type);
}

bool dates_agree(const std::string& gold, const std::string& got) {
  if (gold.empty()) return true;
  return !got.empty() && (got.rfind(gold, 0) == 0 || gold.rfind(got, 0) == 0);
}

int event_score(const json& g, const Event& e) {
  if (!types_agree(str(g, "type"), e) || !dates_agree(str(g, "date"), e.date)) return -1;
  std::vector<std::string> gp_names;
  for (const auto& p : g.value("participants", json::array())) gp_names.push_back(p.get<std::string>());
  auto gp = people(gp_names), ep = people(e.participants);
  int common = 0;
  for (const auto& s : gp) common += ep.count(s) ? 1 : 0;
  if (!gp.empty() && !common) return -1;
  auto place = str(g, "place");
  return common + (family(str(g, "type")) == family(e.type) ? 2 : 0) +
         (!place.empty() && text::fold(e.place).find(text::fold(place)) != std::string::npos ? 1 : 0) +
         (!str(g, "date").empty() && e.date == str(g, "date") ? 1 : 0);
}

std::string first_words(const std::string& s, std::size_t n) {
  auto f = text::fold(s);
  std::string out;
  std::size_t words = 0, i = 0;
  while (i < f.size() && words < n) {
    auto sp = f.find(' ', i);
    if (sp == std::string::npos) sp = f.size();
    out += (out.empty() ? "" : " ") + f.substr(i, sp - i);
    ++words;
    i = sp + 1;
  }
  return out;
}

}  // namespace

std::vector<std::string> gold_files(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (!std::filesystem::is_directory(p, ec)) {
      out.push_back(p);
      continue;
    }
    std::vector<std::string> here;
    for (const auto& f : std::filesystem::directory_iterator(p, ec))
      if (f.path().extension() == ".json") here.push_back(f.path().string());
    std::sort(here.begin(), here.end());
    out.insert(out.end(), here.begin(), here.end());
  }
  return out;
}

std::vector<std::string> gold_documents(const std::vector<std::string>& gold) {
  std::vector<std::string> out;
  for (const auto& path : gold) {
    std::ifstream in(path);
    out.push_back(str(json::parse(in), "doc"));
  }
  return out;
}

Report score(SQLite::Database& db, const std::vector<std::string>& files) {
  std::set<std::string> docs;
  SQLite::Statement d(db, "SELECT file_name FROM documents");
  while (d.executeStep()) docs.insert(d.getColumn(0).getString());
  std::vector<Event> events;
  SQLite::Statement ev(db, "SELECT id, type, coalesce(date, ''), coalesce(place, ''), status FROM events_view ORDER BY id");
  SQLite::Statement parts(db, "SELECT a.name FROM event_participants ep JOIN actors a ON a.id = ep.actor_id WHERE ep.event_id = ?");
  while (ev.executeStep()) {
    Event e{ev.getColumn(1).getString(), ev.getColumn(2).getString(), ev.getColumn(3).getString(), ev.getColumn(4).getString(), {}};
    parts.reset();
    parts.bind(1, ev.getColumn(0).getInt64());
    while (parts.executeStep()) e.participants.push_back(parts.getColumn(0).getString());
    events.push_back(std::move(e));
  }
  std::vector<Claim> claims;
  SQLite::Statement cl(db, "SELECT speaker, text FROM claims_view ORDER BY id");
  while (cl.executeStep()) claims.push_back({cl.getColumn(0).getString(), cl.getColumn(1).getString()});

  // Gold: events grouped by key, claims de-duplicated by speaker and quote start.
  std::map<std::string, std::vector<json>> groups;
  std::vector<std::string> group_order;
  std::vector<json> gold_claims;
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& path : files) {
    std::ifstream in(path);
    auto g = json::parse(in);
    if (!docs.count(str(g, "doc"))) continue;
    int i = 0;
    for (const auto& e : g.value("events", json::array())) {
      auto key = str(e, "key").empty() ? fmt::format("{}#{}", str(g, "doc"), i) : str(e, "key");
      if (!groups.count(key)) group_order.push_back(key);
      groups[key].push_back(e);
      ++i;
    }
    for (const auto& c : g.value("claims", json::array()))
      if (seen.insert({surname(str(c, "speaker")), first_words(str(c, "quote_start"), 6)}).second) gold_claims.push_back(c);
  }
  Report r;
  // Greedy one-to-one matching, the most specific gold groups first.
  auto specificity = [&](const std::string& key) {
    int best = 0;
    for (const auto& m : groups[key]) {
      std::vector<std::string> names;
      for (const auto& p : m.value("participants", json::array())) names.push_back(p.get<std::string>());
      best = std::max(best, int(people(names).size()) + (str(m, "date").empty() ? 0 : 1));
    }
    return best;
  };
  std::stable_sort(group_order.begin(), group_order.end(), [&](auto& a, auto& b) { return specificity(a) > specificity(b); });
  std::set<std::size_t> used;
  for (const auto& key : group_order) {
    int best = -1, best_score = -1;
    for (std::size_t i = 0; i < events.size(); ++i) {
      if (used.count(i)) continue;
      int s = -1;
      for (const auto& m : groups[key]) s = std::max(s, event_score(m, events[i]));
      if (s >= 0 && s > best_score) best = int(i), best_score = s;
    }
    if (best >= 0) used.insert(std::size_t(best)), ++r.events.matched;
    else r.misses.push_back("missed event: " + key);
  }
  for (std::size_t i = 0; i < events.size(); ++i)
    if (!used.count(i)) r.misses.push_back(fmt::format("extra event: {} {} {}", events[i].type, events[i].date, events[i].place));
  r.events.gold = int(groups.size());
  r.events.extracted = int(events.size());

  std::set<std::size_t> cused;
  for (const auto& g : gold_claims) {
    auto start = first_words(str(g, "quote_start"), 6);
    bool hit = false;
    for (std::size_t i = 0; i < claims.size() && !hit; ++i) {
      if (cused.count(i) || !people({claims[i].speaker}).count(surname(str(g, "speaker")))) continue;
      if (!start.empty() && text::fold(claims[i].text).find(start) != std::string::npos) cused.insert(i), hit = true;
    }
    if (hit) ++r.claims.matched;
    else r.misses.push_back("missed claim: " + str(g, "speaker") + ": " + str(g, "quote_start"));
  }
  for (std::size_t i = 0; i < claims.size(); ++i)
    if (!cused.count(i)) r.misses.push_back("extra claim: " + claims[i].speaker + ": " + text::prefix_chars(claims[i].text, 60));
  r.claims.gold = int(gold_claims.size());
  r.claims.extracted = int(claims.size());
  return r;
}

}  // namespace kb::eval
