#include "store/sync.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <map>

#include "core/text.hpp"

namespace kb::store {

bool add_actor_alias(SQLite::Database& db, long long actor_id, const std::string& alias) {
  auto folded = text::fold(alias);
  if (folded.empty()) return false;
  SQLite::Statement st(db, "INSERT OR IGNORE INTO actor_aliases(actor_id, alias, folded) VALUES (?, ?, ?)");
  st.bind(1, static_cast<int64_t>(actor_id));
  st.bind(2, alias);
  st.bind(3, folded);
  return st.exec() > 0;
}

bool add_place_alias(SQLite::Database& db, long long place_id, const std::string& alias) {
  auto folded = text::fold(alias);
  if (folded.empty()) return false;
  SQLite::Statement st(db, "INSERT OR IGNORE INTO place_aliases(place_id, alias, folded) VALUES (?, ?, ?)");
  st.bind(1, static_cast<int64_t>(place_id));
  st.bind(2, alias);
  st.bind(3, folded);
  return st.exec() > 0;
}

static void bind_text_or_null(SQLite::Statement& st, int i, const std::string& s) {
  if (s.empty()) st.bind(i);
  else st.bind(i, s);
}

Result<SyncStats> sync_gazetteer(SQLite::Database& db, const Gazetteer& g) {
  SyncStats stats;
  try {
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    std::map<std::string, long long> place_id, actor_id;

    SQLite::Statement up_place(db,
        "INSERT INTO places(name, kind, parent_id, country) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(name) DO UPDATE SET kind = ?2, parent_id = ?3, country = ?4 "
        "WHERE kind IS NOT ?2 OR parent_id IS NOT ?3 OR country IS NOT ?4 RETURNING id");
    SQLite::Statement get_place(db, "SELECT id FROM places WHERE name = ?");
    for (const auto& p : g.places) {
      up_place.reset();
      up_place.bind(1, p.name);
      up_place.bind(2, p.kind);
      if (p.within.empty()) up_place.bind(3);
      else up_place.bind(3, static_cast<int64_t>(place_id.at(p.within)));
      bind_text_or_null(up_place, 4, p.country);
      if (up_place.executeStep()) {
        place_id[p.name] = up_place.getColumn(0).getInt64();
        ++stats.places;
      } else {
        get_place.reset();
        get_place.bind(1, p.name);
        get_place.executeStep();
        place_id[p.name] = get_place.getColumn(0).getInt64();
      }
      stats.aliases += add_place_alias(db, place_id[p.name], p.name);
      for (const auto& a : p.aliases) stats.aliases += add_place_alias(db, place_id[p.name], a);
    }
    // The closure table is small (places × depth); rebuild it whole.
    db.exec("DELETE FROM place_tree");
    db.exec("WITH RECURSIVE t(a, d, depth) AS ("
            "  SELECT id, id, 0 FROM places"
            "  UNION ALL SELECT p.parent_id, t.d, t.depth + 1 FROM t JOIN places p ON p.id = t.a"
            "  WHERE p.parent_id IS NOT NULL AND t.depth < 32)"
            " INSERT OR IGNORE INTO place_tree(ancestor_id, descendant_id, depth) SELECT a, d, depth FROM t");

    SQLite::Statement up_actor(db,
        "INSERT INTO actors(name, kind, country, place_id, origin) VALUES (?1, ?2, ?3, ?4, 'gazetteer') "
        "ON CONFLICT(name) DO UPDATE SET kind = ?2, country = ?3, place_id = ?4, origin = 'gazetteer' "
        "WHERE kind IS NOT ?2 OR country IS NOT ?3 OR place_id IS NOT ?4 OR origin IS NOT 'gazetteer' "
        "RETURNING id");
    SQLite::Statement get_actor(db, "SELECT id FROM actors WHERE name = ?");
    for (const auto& a : g.actors) {
      up_actor.reset();
      up_actor.bind(1, a.name);
      up_actor.bind(2, a.kind);
      bind_text_or_null(up_actor, 3, a.country);
      if (a.seat.empty()) up_actor.bind(4);
      else up_actor.bind(4, static_cast<int64_t>(place_id.at(a.seat)));
      if (up_actor.executeStep()) {
        actor_id[a.name] = up_actor.getColumn(0).getInt64();
        ++stats.actors;
      } else {
        get_actor.reset();
        get_actor.bind(1, a.name);
        get_actor.executeStep();
        actor_id[a.name] = get_actor.getColumn(0).getInt64();
      }
      stats.aliases += add_actor_alias(db, actor_id[a.name], a.name);
      for (const auto& al : a.aliases) stats.aliases += add_actor_alias(db, actor_id[a.name], al);
    }

    SQLite::Statement ins_role(db,
        "INSERT OR IGNORE INTO actor_roles(actor_id, title, of_actor_id, valid_from, valid_to) "
        "VALUES (?, ?, ?, ?, ?)");
    for (const auto& r : g.roles) {
      ins_role.reset();
      ins_role.bind(1, static_cast<int64_t>(actor_id.at(r.actor)));
      ins_role.bind(2, r.title);
      if (r.of.empty()) ins_role.bind(3);
      else ins_role.bind(3, static_cast<int64_t>(actor_id.at(r.of)));
      bind_text_or_null(ins_role, 4, r.from ? iso(*r.from) : "");
      bind_text_or_null(ins_role, 5, r.to ? iso(*r.to) : "");
      stats.roles += ins_role.exec();
    }

    db.exec("DELETE FROM role_titles");
    SQLite::Statement ins_title(db, "INSERT OR REPLACE INTO role_titles(title, class) VALUES (?, ?)");
    auto add_title = [&](const std::string& title, const std::string& cls) {
      ins_title.reset();
      ins_title.bind(1, title);
      ins_title.bind(2, cls);
      ins_title.exec();
    };
    // Every title in use is its own class unless titles.tsv says otherwise.
    for (const auto& r : g.roles) add_title(r.title, r.title);
    for (const auto& c : g.titles) {
      add_title(c.name, c.name);
      for (const auto& m : c.members) add_title(m, c.name);
    }
    db.exec("INSERT OR IGNORE INTO role_titles(title, class) SELECT DISTINCT title, title FROM actor_roles");
    for (auto* st : {&up_place, &get_place, &up_actor, &get_actor}) st->reset();
    tx.commit();
  } catch (const SQLite::Exception& e) {
    return Error{fmt::format("cannot write the gazetteer: {}", e.what()), db.getFilename(), {}};
  }
  return stats;
}

}  // namespace kb::store
