// Names that match nothing. `participant="Lavrv"` is not an error — the answer is just
// empty — but an analyst should hear that no actor is called that, and what is close.
#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "dsl/diagnostics.hpp"
#include "dsl/plan.hpp"

namespace kb::dsl {

namespace {

// A list of thousands of unknown names gets this many notes and a count of the rest: each
// "did you mean" compares the name with every alias.
constexpr std::size_t max_notes = 10;

struct Names {
  SQLite::Database& db;
  NameLookups& lookups;
  std::map<std::string, std::vector<std::string>> folded{}, written{};  // per alias table
  std::vector<std::string> notes{};
  std::set<std::pair<std::string, std::string>> checked{};  // (table, folded name): once each
  std::size_t more = 0;                                   // unknown names past max_notes

  bool known(const std::string& table, const std::string& value) {
    auto& st = lookups[table];
    if (!st) st = std::make_unique<SQLite::Statement>(db, "SELECT 1 FROM " + table + " WHERE folded = ? LIMIT 1");  // table: from the catalog
    st->reset();
    st->bind(1, value);
    return st->executeStep();
  }

  void load(const std::string& table) {
    if (folded.count(table)) return;
    SQLite::Statement st(db, "SELECT folded, min(alias) FROM " + table + " GROUP BY folded");
    while (st.executeStep()) {
      folded[table].push_back(st.getColumn(0).getString());
      written[table].push_back(st.getColumn(1).getString());
    }
  }

  void check(const Condition& c) {
    for (const auto& child : c.children) check(child);
    if (c.kind != Condition::Kind::test || !c.field || c.field->names.empty() || (c.op != "=" && c.op != "in"))
      return;
    const auto& table = c.field->names;
    for (std::size_t i = 0; i < c.values.size() && i < c.written.size(); ++i) {
      const auto* value = std::get_if<std::string>(&c.values[i]);
      if (!value || value->size() > 200 || !checked.emplace(table, *value).second || known(table, *value)) continue;
      if (notes.size() == max_notes) {
        ++more;
        continue;
      }
      load(table);
      auto what = table == "place_aliases" ? "place" : "actor";
      auto name = text::prefix_chars(c.written[i], 40);
      auto near = nearest(*value, folded[table]);
      if (near.empty()) {
        notes.push_back(fmt::format("no {} is called \"{}\"", what, name));
        continue;
      }
      auto at = std::find(folded[table].begin(), folded[table].end(), near) - folded[table].begin();
      notes.push_back(fmt::format("no {} is called \"{}\"; did you mean \"{}\"?", what, name, written[table][at]));
    }
  }
};

}  // namespace

std::vector<std::string> unknown_names(SQLite::Database& db, const Plan& plan, NameLookups& lookups) {
  if (!plan.where) return {};
  Names names{.db = db, .lookups = lookups};
  try {
    names.check(*plan.where);
  } catch (const SQLite::Exception&) {
    return {};  // a database without the gazetteer tables: no hints, no harm
  }
  if (names.more) names.notes.push_back(fmt::format("{} more names match no actor or place", names.more));
  return names.notes;
}

}  // namespace kb::dsl
