// What can be queried: entities, their fields and their output columns, mirroring
// schema/001_init.sql. SQL snippets are templates: `{t}` is the alias of the table the
// field belongs to, `{v}` the comparison the query supplies ("= ?1", "IN (?1, ?2)",
// "MATCH ?1"), `{cond}` (links only) the condition on the linked record.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/value.hpp"

namespace kb::dsl {

enum class FieldType {
  number,   // id
  text,     // type, status, title: compared as written
  boolean,  // direct
  date,     // a range date_start..date_end (or one day: published)
  folded,   // a name compared through aliases, folded: name, place, country
  lowered,  // compared in lower case: role titles
  search,   // full-text: `text ~ "..."`
  link,     // another entity's record: participant, speaker, place, source
};

struct Field {
  std::string name{};
  FieldType type = FieldType::text;
  std::string sql{};         // column (number/text/boolean), date_start (date), template with {v}
  std::string sql_end{};     // date: date_end
  std::string has{};         // presence test; empty: always present
  std::string order{};       // sort / group expression; empty: not sortable
  std::string target{};      // link: the linked entity
  std::string alias{};       // link: the linked table's alias inside `scope`
  std::string scope{};       // link: template around {cond}
  std::string scope_wide{};  // link: the same for a test many targets pass (country, kind,
                             // role): checked per row, not gathered into a huge id list
  std::string fallback{};    // link: the target's field used when the path stops here
  std::string group_join{};  // count ... by this field: the join that brings it in
  bool hidden = false;     // usable, but not listed (events' `place_inside`)
  std::string names{};     // folded: the alias table its values name ("actor_aliases")
  std::string when{};      // link: fills {when} in the target's templates (roles held then)
};

struct OutputColumn {
  std::string name{};
  std::string sql{};
  ColumnKind kind = ColumnKind::text;
};

struct Entity {
  std::string name{};     // events, meetings, ...
  std::string family{};   // the entity whose fields it has: events for meetings
  std::string table{}, alias{};
  std::string joins{};    // tables the output columns need, joined once
  std::string join_alias{};  // the alias `joins` brings in (a count needs it only when used)
  std::string filter{};   // fixed condition of a family: e.type IN (...)
  std::vector<Field> fields{};
  std::vector<OutputColumn> columns{};

  const Field* field(std::string_view name) const;
  const OutputColumn* column(std::string_view name) const;
  std::vector<std::string> field_list() const;   // listed fields, in order
  std::vector<std::string> column_list() const;
};

const std::vector<Entity>& entities();
const Entity* find_entity(std::string_view name);  // case-insensitive

// "CASE p WHEN 'day' ... END": a stored date range shown at its precision.
std::string date_label(std::string_view alias);

}  // namespace kb::dsl
