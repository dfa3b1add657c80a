#include "store/gazetteer.hpp"

#include <fmt/format.h>

#include <set>

#include "core/tsv.hpp"

namespace kb::store {

static const std::set<std::string> kPlaceKinds = {"country", "region", "city", "district", "building",
                                                  "venue", "body_of_water", "other"};
static const std::set<std::string> kActorKinds = {"person", "organization", "country"};

static std::string at(const tsv::Table& t, const tsv::Row& r) { return fmt::format("{}:{}", t.path, r.line); }

static Result<std::optional<Day>> day_cell(const tsv::Table& t, const tsv::Row& r, const char* col) {
  const auto& s = t.get(r, col);
  if (s.empty()) return std::optional<Day>{};
  auto d = parse_date_literal(s);
  if (!d || d->precision != Precision::day)
    return Error{fmt::format("'{}' in column {} is not a date YYYY-MM-DD", s, col), at(t, r), {}};
  return std::optional<Day>{d->start};
}

Result<Gazetteer> Gazetteer::load(const std::string& dir) {
  Gazetteer g;
  std::set<std::string> place_names, actor_names;

  auto places = tsv::read(dir + "/places.tsv", {"name", "kind", "within", "country", "aliases"});
  if (!places) return places.error();
  for (const auto& r : places->rows) {
    PlaceEntry p{places->get(r, "name"), places->get(r, "kind"), places->get(r, "within"),
                 places->get(r, "country"), tsv::split_list(places->get(r, "aliases"))};
    if (p.name.empty()) return Error{"a place needs a name", at(*places, r), {}};
    if (!kPlaceKinds.count(p.kind))
      return Error{fmt::format("unknown place kind '{}'", p.kind), at(*places, r), {}};
    if (!place_names.insert(p.name).second)
      return Error{fmt::format("the place '{}' is listed twice", p.name), at(*places, r), {}};
    if (!p.within.empty() && !place_names.count(p.within))
      return Error{fmt::format("'{}' lies within '{}', which is not listed above it", p.name, p.within),
                   at(*places, r), {}};
    g.places.push_back(std::move(p));
  }

  auto actors = tsv::read(dir + "/actors.tsv", {"name", "kind", "country", "seat", "aliases"});
  if (!actors) return actors.error();
  for (const auto& r : actors->rows) {
    ActorEntry a{actors->get(r, "name"), actors->get(r, "kind"), actors->get(r, "country"),
                 actors->get(r, "seat"), tsv::split_list(actors->get(r, "aliases"))};
    if (a.name.empty()) return Error{"an actor needs a name", at(*actors, r), {}};
    if (!kActorKinds.count(a.kind))
      return Error{fmt::format("unknown actor kind '{}'", a.kind), at(*actors, r), {}};
    if (!actor_names.insert(a.name).second)
      return Error{fmt::format("the actor '{}' is listed twice", a.name), at(*actors, r), {}};
    if (!a.seat.empty() && !place_names.count(a.seat))
      return Error{fmt::format("seat '{}' is not a place of places.tsv", a.seat), at(*actors, r), {}};
    g.actors.push_back(std::move(a));
  }

  auto roles = tsv::read(dir + "/roles.tsv", {"actor", "title", "of", "from", "to"});
  if (!roles) return roles.error();
  for (const auto& r : roles->rows) {
    RoleEntry e{roles->get(r, "actor"), roles->get(r, "title"), roles->get(r, "of"), {}, {}};
    if (!actor_names.count(e.actor))
      return Error{fmt::format("'{}' is not an actor of actors.tsv", e.actor), at(*roles, r), {}};
    if (!e.of.empty() && !actor_names.count(e.of))
      return Error{fmt::format("'{}' is not an actor of actors.tsv", e.of), at(*roles, r), {}};
    if (e.title.empty()) return Error{"a role needs a title", at(*roles, r), {}};
    auto from = day_cell(*roles, r, "from");
    if (!from) return from.error();
    auto to = day_cell(*roles, r, "to");
    if (!to) return to.error();
    e.from = *from;
    e.to = *to;
    g.roles.push_back(std::move(e));
  }

  auto titles = tsv::read(dir + "/titles.tsv", {"class", "members"});
  if (!titles) return titles.error();
  for (const auto& r : titles->rows)
    g.titles.push_back({titles->get(r, "class"), tsv::split_list(titles->get(r, "members"))});
  return g;
}

}  // namespace kb::store
