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
  // Indexes into `roles` by (title class, of_actor), in order: holder() is asked at every
  // title met, and roles grow with every person met.
  std::map<std::pair<std::string, long long>, std::vector<std::size_t>> roles_by_office;
  std::map<std::string, std::string> title_class;   // role_titles: title -> class
  std::map<long long, std::string> actor_name, actor_kind;
  std::map<std::string, long long> actor_by_name;
  std::map<long long, std::string> actor_country;   // ISO code
  std::map<long long, long long> served_country;    // a person's country by an office they hold there
  std::map<std::string, long long> country_actor;   // ISO code -> the country actor
  std::set<std::pair<long long, long long>> within; // (ancestor, descendant) places

  static Result<Gazette> load(SQLite::Database& db);
  void add_role(Role r);
  // A person just written to the database (with their title, if any): the gazette stays
  // what a fresh load() would give.
  void add_person(long long id, const std::string& name, const std::string& title = {}, long long of_actor = 0);
  std::string class_of(const std::string& title) const;
  bool place_inside(long long inner, long long outer) const;
  // The country actor of a person or body (0 when unknown): its own, else the country of an
  // office it holds ("Quyền Thủ tướng Thái Lan Phumtham Wechayachai", met in this article).
  long long country_of(long long actor) const;
  // Whether anyone is known to hold offices of this title's class (a head of delegation is
  // a part in a story, not an office the gazetteer tracks).
  bool tracks(const std::string& title) const {
    auto it = roles_by_office.lower_bound({class_of(title), 0});
    return it != roles_by_office.end() && it->first.first == class_of(title);
  }
  // The person holding `title` of `of_actor` on `day`; 0 when none or several.
  long long holder(const std::string& title, long long of_actor, std::optional<Day> day) const;
};

// More capitalised words than this (each part of "Byoung-sam" counting) after a title or an
// honorific are a heading or a list, not a new person's name (the longest met has five).
constexpr std::size_t max_name_words = 8;

// A person the mentions stage met for the first time: proposed with the id the store will
// write them under (stages write nothing; store_document does).
struct NewPerson {
  long long id = 0;
  std::string name, title;
  long long of_actor = 0;
};

// Proposes a new actor (person) with a role; returns the id it will have.
using NewPersonFn = std::function<long long(const std::string& name, const std::string& title, long long of_actor)>;

void find_mentions(Document& doc, Gazette& gazette, const Lexicon& lx, std::optional<Day> ref,
                   const NewPersonFn& new_person);

}  // namespace kb::ingest
