// The catalog: one function per base entity (events, claims, actors, places, documents);
// families (meetings, people, ...) are a base entity plus a fixed filter.
#include "dsl/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/text.hpp"

namespace kb::dsl {

std::string date_label(std::string_view t) {
  return fmt::format("CASE {0}.date_precision WHEN 'day' THEN {0}.date_start "
                     "WHEN 'month' THEN substr({0}.date_start, 1, 7) "
                     "WHEN 'year' THEN substr({0}.date_start, 1, 4) END",
                     t);
}

// --- shared pieces -------------------------------------------------------------------
static Field number(std::string name, std::string sql) {
  Field f{.name = std::move(name), .type = FieldType::number, .sql = sql};
  f.order = f.sql;
  return f;
}
static Field text_field(std::string name, std::string sql, bool nullable = false) {
  Field f{.name = std::move(name), .type = FieldType::text, .sql = sql};
  f.order = sql;
  if (nullable) f.has = sql + " IS NOT NULL";
  return f;
}
// One of a fixed set of lower-case words (type, status, kind): "Summit" is "summit".
static Field word_field(std::string name, std::string column) {
  return {.name = std::move(name), .type = FieldType::lowered, .sql = column + " {v}", .order = column};
}
static Field range_date(std::string name = "date") {
  return {.name = std::move(name), .type = FieldType::date, .sql = "{t}.date_start", .sql_end = "{t}.date_end",
          .has = "{t}.date_start IS NOT NULL", .order = "{t}.date_start"};
}
// An actor or a place named through its aliases.
static Field actor_name() {
  return {.name = "name", .type = FieldType::folded,
          .sql = "{t}.id IN (SELECT actor_id FROM actor_aliases WHERE folded {v})", .order = "{t}.name",
          .names = "actor_aliases"};
}
// A country given as ISO code ("RU") or as any name of the country ("Nga", "Russia").
static Field country() {
  return {.name = "country", .type = FieldType::folded,
          .sql = "(lower({t}.country) {v} OR {t}.country IN (SELECT cp.country FROM places cp "
                 "JOIN place_aliases cpa ON cpa.place_id = cp.id WHERE cp.kind = 'country' AND cpa.folded {v}))",
          .has = "{t}.country IS NOT NULL", .order = "{t}.country"};
}
// Where a fact comes from: the documents citing it, through its evidence.
static Field source(std::string_view link_table, std::string_view key) {
  return {.name = "source", .type = FieldType::link, .has = "1", .target = "documents", .alias = "d",
          .scope = fmt::format("{{t}}.id IN (SELECT x.{1} FROM {0} x JOIN evidence ev ON ev.id = x.evidence_id "
                               "JOIN documents d ON d.id = ev.document_id WHERE {{cond}})",
                               link_table, key),
          .fallback = "file"};
}
// Through a link from an event or a claim, a role counts when it was held at that date
// (Rubio is a foreign minister in 2025 talks, Blinken is not).
static const char* held_then =
    " AND ({t}.date_start IS NULL OR ((r.valid_from IS NULL OR r.valid_from <= {t}.date_end)"
    " AND (r.valid_to IS NULL OR r.valid_to >= {t}.date_start)))";

// Actors linked through a table: an event's participants, what a claim is about. Each
// condition is its own set of ids, so `participant="A" and participant="B"` needs both.
// A name picks a few actors: `id IN (SELECT ...)` lets SQLite drive the query from the
// index on actor_id. A country or a role picks thousands: then a correlated EXISTS per row
// is cheaper than gathering every id (measured in bench/: 7 s against 0.2 s on 1M events).
static Field actor_set(std::string name, std::string_view table, std::string_view t, std::string_view key,
                       std::string_view owner) {
  return {.name = std::move(name), .type = FieldType::link,
          .has = fmt::format("EXISTS (SELECT 1 FROM {0} {1} WHERE {1}.{2} = {{t}}.id)", table, t, key),
          .order = "a.name", .target = "actors", .alias = "a",
          .scope = fmt::format("{{t}}.id IN (SELECT {1}.{2} FROM {0} {1} JOIN actors a ON a.id = {1}.actor_id "
                               "WHERE {{cond}})",
                               table, t, key),
          .scope_wide = fmt::format("EXISTS (SELECT 1 FROM {0} {1} JOIN actors a ON a.id = {1}.actor_id "
                                    "WHERE {1}.{2} = {{t}}.id AND {{cond}})",
                                    table, t, key),
          .fallback = "name",
          .group_join = fmt::format("JOIN {0} {1} ON {1}.{2} = {3}.id JOIN actors a ON a.id = {1}.actor_id", table,
                                    t, key, owner),
          .when = held_then};
}

static std::string sources_column(std::string_view link_table, std::string_view key, std::string_view t) {
  return fmt::format(
      "(SELECT json_group_array(json_object('document', d.file_name, 'sentence', se.text, 'evidence',\n"
      "                 CAST(substr(CAST(d.clean_text AS BLOB), ev.start_byte + 1, ev.end_byte - ev.start_byte) AS TEXT)))\n"
      "          FROM {0} x JOIN evidence ev ON ev.id = x.evidence_id\n"
      "          JOIN documents d ON d.id = ev.document_id JOIN sentences se ON se.id = ev.sentence_id\n"
      "         WHERE x.{1} = {2}.id)",
      link_table, key, t);
}

// A place id inside a named place ({1}: ">=" counts the place itself, ">" does not).
static const char* place_tree = "{0} IN (SELECT pt.descendant_id FROM place_tree pt JOIN place_aliases pa "
                                "ON pa.place_id = pt.ancestor_id WHERE pt.depth {1} 0 AND pa.folded {{v}})";

// --- base entities -------------------------------------------------------------------
static Entity events() {
  Entity e{.name = "events", .family = "events", .table = "events", .alias = "e",
           .joins = "LEFT JOIN places p ON p.id = e.place_id", .join_alias = "p"};
  e.fields = {
      range_date(),
      {.name = "place", .type = FieldType::link, .has = "{t}.place_id IS NOT NULL", .order = "p.name",
       .target = "places", .alias = "p", .scope = "{cond}", .fallback = "place_inside"},
      actor_set("participant", "event_participants", "ep", "event_id", "e"),
      word_field("status", "{t}.status"),
      word_field("type", "{t}.type"),
      {.name = "text", .type = FieldType::search,
       .sql = "{t}.id IN (SELECT ee.event_id FROM event_evidence ee JOIN evidence ev ON ev.id = ee.evidence_id "
              "WHERE ev.sentence_id IN (SELECT rowid FROM sentence_fts WHERE sentence_fts {v}))"},
      source("event_evidence", "event_id"),
      number("id", "{t}.id"),
      // `place="Alaska"`: the place or any place inside it. On e.place_id rather than
      // p.id, so that SQLite can drive the query from the events_place index.
      {.name = "place_inside", .type = FieldType::folded, .sql = fmt::format(fmt::runtime(place_tree), "{t}.place_id", ">="),
       .hidden = true, .names = "place_aliases"},
  };
  e.columns = {
      {"id", "e.id", ColumnKind::integer},
      {"type", "e.type", ColumnKind::text},
      {"date", date_label("e"), ColumnKind::date},
      {"place", "p.name", ColumnKind::text},
      {"participants",
       "(SELECT json_group_array(a.name) FROM event_participants ep JOIN actors a ON a.id = ep.actor_id\n"
       "         WHERE ep.event_id = e.id)",
       ColumnKind::list},
      {"status", "e.status", ColumnKind::text},
      {"sources", sources_column("event_evidence", "event_id", "e"), ColumnKind::sources},
  };
  return e;
}

static Entity claims() {
  Entity c{.name = "claims", .family = "claims", .table = "claims", .alias = "c",
           .joins = "JOIN actors s ON s.id = c.speaker_id", .join_alias = "s"};
  c.fields = {
      {.name = "speaker", .type = FieldType::link, .order = "s.name", .target = "actors", .alias = "s",
       .scope = "{cond}", .fallback = "name", .when = held_then},
      range_date(),
      {.name = "text", .type = FieldType::search,
       .sql = "{t}.id IN (SELECT rowid FROM claim_fts WHERE claim_fts {v})", .order = "{t}.text"},
      actor_set("about", "claim_about", "ca", "claim_id", "c"),
      {.name = "direct", .type = FieldType::boolean, .sql = "{t}.direct", .order = "{t}.direct"},
      source("claim_evidence", "claim_id"),
      number("id", "{t}.id"),
  };
  c.columns = {
      {"id", "c.id", ColumnKind::integer},
      {"speaker", "s.name", ColumnKind::text},
      {"date", date_label("c"), ColumnKind::date},
      {"text", "c.text", ColumnKind::text},
      {"direct", "c.direct", ColumnKind::boolean},
      {"sources", sources_column("claim_evidence", "claim_id", "c"), ColumnKind::sources},
  };
  return c;
}

static Entity actors() {
  Entity a{.name = "actors", .family = "actors", .table = "actors", .alias = "a"};
  a.fields = {
      actor_name(),
      word_field("kind", "{t}.kind"),
      country(),
      {.name = "role", .type = FieldType::lowered,
       .sql = "{t}.id IN (SELECT r.actor_id FROM actor_roles r JOIN role_titles rt ON rt.title = r.title "
              "WHERE (rt.class {v} OR r.title {v}){when})",
       .has = "EXISTS (SELECT 1 FROM actor_roles r WHERE r.actor_id = {t}.id{when})"},
      number("id", "{t}.id"),
  };
  a.columns = {
      {"id", "a.id", ColumnKind::integer},
      {"name", "a.name", ColumnKind::text},
      {"kind", "a.kind", ColumnKind::text},
      {"country", "a.country", ColumnKind::text},
      {"roles", "(SELECT json_group_array(DISTINCT r.title) FROM actor_roles r WHERE r.actor_id = a.id)",
       ColumnKind::list},
  };
  return a;
}

static Entity places() {
  Entity p{.name = "places", .family = "places", .table = "places", .alias = "p",
           .joins = "LEFT JOIN places w ON w.id = p.parent_id", .join_alias = "w"};

  p.fields = {
      {.name = "name", .type = FieldType::folded,
       .sql = "{t}.id IN (SELECT place_id FROM place_aliases WHERE folded {v})", .order = "{t}.name",
       .names = "place_aliases"},
      word_field("kind", "{t}.kind"),
      {.name = "within", .type = FieldType::folded, .sql = fmt::format(fmt::runtime(place_tree), "{t}.id", ">"),
       .has = "{t}.parent_id IS NOT NULL", .names = "place_aliases"},
      country(),
      number("id", "{t}.id"),
  };
  p.columns = {
      {"id", "p.id", ColumnKind::integer},
      {"name", "p.name", ColumnKind::text},
      {"kind", "p.kind", ColumnKind::text},
      {"within", "w.name", ColumnKind::text},
      {"country", "p.country", ColumnKind::text},
  };
  return p;
}

static Entity documents() {
  Entity d{.name = "documents", .family = "documents", .table = "documents", .alias = "d"};
  d.fields = {
      text_field("title", "{t}.title", true),
      {.name = "published", .type = FieldType::date, .sql = "{t}.published", .sql_end = "{t}.published",
       .has = "{t}.published IS NOT NULL", .order = "{t}.published"},
      text_field("outlet", "{t}.outlet", true),
      text_field("file", "{t}.file_name"),
      word_field("language", "{t}.language"),
      {.name = "text", .type = FieldType::search,
       .sql = "{t}.id IN (SELECT rowid FROM document_fts WHERE document_fts {v})"},
      number("id", "{t}.id"),
  };
  d.columns = {
      {"id", "d.id", ColumnKind::integer},
      {"title", "d.title", ColumnKind::text},
      {"published", "d.published", ColumnKind::date},
      {"file", "d.file_name", ColumnKind::text},
      {"outlet", "d.outlet", ColumnKind::text},
      {"language", "d.language", ColumnKind::text},
  };
  return d;
}

// A family: the base entity's fields and columns, a fixed filter.
static Entity family(Entity base, std::string name, std::string filter) {
  base.name = std::move(name);
  base.filter = std::move(filter);
  return base;
}

static std::vector<Entity> build() {
  auto ev = events();
  auto act = actors();
  return {ev,
          family(ev, "meetings", "e.type IN ('meeting', 'summit', 'talks')"),
          family(ev, "summits", "e.type = 'summit'"),
          family(ev, "talks", "e.type = 'talks'"),
          family(ev, "calls", "e.type = 'call'"),
          family(ev, "press_conferences", "e.type = 'press_conference'"),
          family(ev, "visits", "e.type = 'visit'"),
          family(ev, "interviews", "e.type = 'interview'"),
          claims(),
          act,
          family(act, "people", "a.kind = 'person'"),
          family(act, "organizations", "a.kind = 'organization'"),
          places(),
          documents()};
}

const std::vector<Entity>& entities() {
  static const std::vector<Entity> all = build();
  return all;
}

const Entity* find_entity(std::string_view name) {
  auto lower = text::lower(name);
  for (const auto& e : entities())
    if (e.name == lower) return &e;
  return nullptr;
}

const Field* Entity::field(std::string_view n) const {
  auto lower = text::lower(n);
  for (const auto& f : fields)
    if (f.name == lower) return &f;
  return nullptr;
}

const OutputColumn* Entity::column(std::string_view n) const {
  auto lower = text::lower(n);
  for (const auto& c : columns)
    if (c.name == lower) return &c;
  return nullptr;
}

std::vector<std::string> Entity::field_list() const {
  std::vector<std::string> out;
  for (const auto& f : fields)
    if (!f.hidden) out.push_back(f.name);
  return out;
}

std::vector<std::string> Entity::column_list() const {
  std::vector<std::string> out;
  for (const auto& c : columns) out.push_back(c.name);
  return out;
}

}  // namespace kb::dsl
