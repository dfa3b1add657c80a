// The gazetteer: what kb knows before reading (data/places.tsv, actors.tsv, roles.tsv,
// titles.tsv). Loaded and cross-checked here, written to the database by sync.cpp.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"

namespace kb::store {

struct PlaceEntry {
  std::string name, kind, within, country;
  std::vector<std::string> aliases;
};

struct ActorEntry {
  std::string name, kind, country, seat;
  std::vector<std::string> aliases;
};

struct RoleEntry {
  std::string actor, title, of;
  std::optional<Day> from, to;
};

struct TitleClass {
  std::string name;
  std::vector<std::string> members;
};

struct Gazetteer {
  std::vector<PlaceEntry> places;
  std::vector<ActorEntry> actors;
  std::vector<RoleEntry> roles;
  std::vector<TitleClass> titles;

  // Reads the four files of `dir`; every reference (within, seat, actor, of) must name an
  // entry, and errors say file:line.
  static Result<Gazetteer> load(const std::string& dir);
};

}  // namespace kb::store
