// Stage 4, mentions: actors and places named in the text.
//   - gazetteer aliases, longest match, compared folded (diacritics and case ignored, but
//     an alias written with a capital only matches a capitalised word);
//   - a title alone ("Ngoại trưởng Nga") is the person who held that office on the date;
//   - an honorific alone ("Ông cho biết") is the last person named;
//   - an unknown name after a title or an honorific ("ông Alexander Gusarov, Vụ trưởng …")
//     is a new person, with that title as role.
// The gazette is read from the database (gazetteer rows and actors extracted before).
#pragma once
#include <SQLiteCpp/Database.h>

#include <functional>
#include <map>
#include <optional>
#include <set>

#include "core/result.hpp"
#include "ingest/lexicon.hpp"

namespace kb::ingest {

struct Gazette {
  struct Target {
    long long actor_id = 0, place_id = 0;
    std::string kind;                  // actor kind, or "place"
    bool cased = false;                // alias starts with a capital letter
  };
  struct Role {
    long long actor_id = 0, of_actor_id = 0;
    std::string title_class;
    std::optional<Day> from, to;
  };
  PhraseTable<Target> names{false};
  std::vector<Role> roles;
  std::map<std::string, std::string> title_class;   // role_titles: title -> class
  std::map<long long, std::string> actor_name, actor_kind;
  std::map<std::string, long long> actor_by_name;
  std::map<long long, std::string> actor_country;   // ISO code
  std::map<std::string, long long> country_actor;   // ISO code -> the country actor
  std::set<std::pair<long long, long long>> within; // (ancestor, descendant) places

  static Result<Gazette> load(SQLite::Database& db);
  // A person just written to the database (with their title, if any): the gazette stays
  // what a fresh load() would give.
  void add_person(long long id, const std::string& name, const std::string& title = {}, long long of_actor = 0);
  std::string class_of(const std::string& title) const;
  bool place_inside(long long inner, long long outer) const;
  // The country actor of a person or body (0 when unknown).
  long long country_of(long long actor) const;
  // The person holding `title` of `of_actor` on `day`; 0 when none or several.
  long long holder(const std::string& title, long long of_actor, std::optional<Day> day) const;
};

// Creates a new actor (person) with a role; returns its id.
using NewPersonFn = std::function<long long(const std::string& name, const std::string& title, long long of_actor)>;

void find_mentions(Document& doc, Gazette& gazette, const Lexicon& lx, std::optional<Day> ref,
                   const NewPersonFn& new_person);

}  // namespace kb::ingest
