#include "cli/complete.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "cli/shell.hpp"
#include "core/text.hpp"
#include "dsl/dsl.hpp"

namespace kb::cli {

static std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

static bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '$'; }

// Words of the statement before the cursor, quotes kept as one token.
static std::vector<std::string> tokens(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '"' || c == '\'') {
      auto end = s.find(c, i + 1);
      out.emplace_back(s.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i + 1));
      i = end == std::string_view::npos ? s.size() : end + 1;
    } else if (word_char(c) || (static_cast<unsigned char>(c) & 0x80)) {
      std::size_t j = i;
      while (j < s.size() && (word_char(s[j]) || (static_cast<unsigned char>(s[j]) & 0x80))) ++j;
      out.emplace_back(s.substr(i, j - i));
      i = j;
    } else {
      std::size_t j = i + 1;
      if ((c == '>' || c == '<' || c == '!') && j < s.size() && s[j] == '=') ++j;
      out.emplace_back(s.substr(i, j - i));
      i = j;
    }
  }
  return out;
}

static void add_matching(std::vector<std::string>& out, const std::vector<std::string>& options, std::string_view prefix) {
  auto p = lower_ascii(prefix);
  for (const auto& o : options)
    if (lower_ascii(o).rfind(p, 0) == 0) out.push_back(o);
}

// Names from the database whose folded alias starts with the folded prefix.
static std::vector<std::string> names_from_db(SQLite::Database* db, bool places, std::string_view prefix) {
  std::vector<std::string> out;
  if (!db) return out;
  auto folded = text::fold(prefix);
  std::string sql = places
      ? "SELECT DISTINCT p.name FROM place_aliases a JOIN places p ON p.id = a.place_id "
        "WHERE a.folded >= ?1 AND a.folded < ?1 || x'ff' ORDER BY p.name LIMIT 50"
      : "SELECT DISTINCT x.name FROM actor_aliases a JOIN actors x ON x.id = a.actor_id "
        "WHERE a.folded >= ?1 AND a.folded < ?1 || x'ff' ORDER BY x.name LIMIT 50";
  try {
    SQLite::Statement st(*db, sql);
    st.bind(1, folded);
    while (st.executeStep()) out.push_back(st.getColumn(0).getString());
  } catch (const SQLite::Exception&) {
  }
  return out;
}

// The entity a statement is about: the first word that names one (or a define).
static std::string current_entity(const std::vector<std::string>& toks, const dsl::Session* session) {
  auto entities = dsl::entity_names();
  for (const auto& t : toks) {
    auto w = lower_ascii(t);
    if (std::find(entities.begin(), entities.end(), w) != entities.end()) return w;
    if (session)
      for (const auto& [name, text] : session->defines())
        if (lower_ascii(name) == w) {
          auto inner = tokens(text);
          return current_entity(inner, nullptr);
        }
  }
  return {};
}

Completion complete(std::string_view line, SQLite::Database* db, const dsl::Session* session) {
  Completion c;
  // Inside an open quote: complete a name.
  std::size_t quotes = static_cast<std::size_t>(std::count(line.begin(), line.end(), '"'));
  if (quotes % 2 == 1) {
    auto open = line.rfind('"');
    auto before = lower_ascii(text::trim(line.substr(0, open)));
    auto prefix = line.substr(open + 1);
    auto ends_with = [&](std::string_view w) {
      return before.size() >= w.size() && before.compare(before.size() - w.size(), w.size(), w) == 0;
    };
    bool place = ends_with("place=") || ends_with("place =") || ends_with("within=") || ends_with("within =");
    bool places_entity = line.size() >= 6 && lower_ascii(text::trim(line)).rfind("places", 0) == 0;
    bool actor = ends_with("participant=") || ends_with("participant =") || ends_with("speaker=") ||
                 ends_with("speaker =") || ends_with("about=") || ends_with("about =") || ends_with("name=") ||
                 ends_with("name =");
    if (place || (places_entity && (ends_with("name=") || ends_with("name =")))) {
      for (auto& n : names_from_db(db, true, prefix)) c.candidates.push_back(n + "\"");
    } else if (actor) {
      for (auto& n : names_from_db(db, false, prefix)) c.candidates.push_back(n + "\"");
    }
    c.replace_from = open + 1;
    return c;
  }
  // The word being typed.
  std::size_t start = line.size();
  while (start > 0 && (word_char(line[start - 1]) || (static_cast<unsigned char>(line[start - 1]) & 0x80))) --start;
  c.replace_from = start;
  auto prefix = line.substr(start);
  auto toks = tokens(line.substr(0, start));
  std::vector<std::string> options;

  if (toks.empty()) {
    if (!prefix.empty() && prefix[0] == '.') {
      for (const auto& d : dot_commands()) options.emplace_back(d.name);
    } else {
      options = dsl::entity_names();
      for (auto k : {"count", "define", "explain"}) options.emplace_back(k);
      if (session)
        for (const auto& [name, text] : session->defines()) options.push_back(name);
    }
    add_matching(c.candidates, options, prefix);
  } else if (toks[0][0] == '.') {
    for (const auto& d : dot_commands())
      if (d.name == toks[0] && toks.size() == 1)
        for (auto ch : d.choices) options.emplace_back(ch);
    if (toks[0] == ".fields" && toks.size() == 1) options = dsl::entity_names();
    add_matching(c.candidates, options, prefix);
  } else {
    auto last = lower_ascii(toks.back());
    auto entity = current_entity(toks, session);
    static const std::set<std::string> field_slots = {"where", "and", "or", "not", "by", "select", ",", "(", "has"};
    if (field_slots.count(last) && !entity.empty()) {
      options = dsl::field_names(entity);
      if (last == "where" || last == "and" || last == "or" || last == "(") {
        options.emplace_back("not");
        options.emplace_back("has");
      }
    } else if (last == "count" || last == "explain" || last == "=") {
      options = dsl::entity_names();
    } else {
      options = dsl::keywords();
    }
    add_matching(c.candidates, options, prefix);
  }
  std::sort(c.candidates.begin(), c.candidates.end());
  c.candidates.erase(std::unique(c.candidates.begin(), c.candidates.end()), c.candidates.end());
  return c;
}

}  // namespace kb::cli
