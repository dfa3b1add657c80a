// SQL: a Plan written as one SELECT. User values only ever appear as ?N parameters; the
// SQL text is made of catalog templates and the fixed words below.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "dsl/plan.hpp"

namespace kb::dsl {

namespace {

// Replace every "{key}" in a catalog template.
std::string fill(std::string s, std::string_view key, std::string_view value) {
  auto pattern = "{" + std::string(key) + "}";
  for (auto at = s.find(pattern); at != std::string::npos; at = s.find(pattern, at + value.size()))
    s.replace(at, pattern.size(), value);
  return s;
}

class Writer {
 public:
  explicit Writer(const Entity& e) : entity_(e) {}
  std::vector<Value> params;

  std::string bind(const Value& v) {
    params.push_back(v);
    return fmt::format("?{}", params.size());
  }

  std::string condition(const Condition& c) {
    switch (c.kind) {
      case Condition::Kind::all: return join(c, " AND ", Condition::Kind::any);
      case Condition::Kind::any: return join(c, " OR ", Condition::Kind::all);
      case Condition::Kind::negate: return "NOT (" + condition(c.children.front()) + ")";
      case Condition::Kind::test: break;
    }
    auto alias = c.link ? c.link->alias : entity_.alias;
    auto when = c.link ? fill(c.link->when, "t", entity_.alias) : std::string();
    auto inner = fill(fill(test(c), "t", alias), "when", when);
    if (!c.link) return inner;
    bool selective = c.field && (c.field->name == "name" || c.field->name == "id");
    const auto& scope = selective || c.link->scope_wide.empty() ? c.link->scope : c.link->scope_wide;
    return fill(fill(scope, "t", entity_.alias), "cond", inner);
  }

 private:
  const Entity& entity_;

  std::string join(const Condition& c, std::string_view sep, Condition::Kind wrap) {
    std::vector<std::string> parts;
    for (const auto& child : c.children) {
      auto s = condition(child);
      parts.push_back(child.kind == wrap ? "(" + s + ")" : s);
    }
    return fmt::format("{}", fmt::join(parts, sep));
  }

  std::string list(const std::vector<Value>& values) {
    std::vector<std::string> marks;
    for (const auto& v : values) marks.push_back(bind(v));
    return fmt::format("({})", fmt::join(marks, ", "));
  }

  // One test, with {t} still to fill.
  std::string test(const Condition& c) {
    const auto& f = *c.field;
    if (c.op == "has") return f.has.empty() ? "1" : f.has;
    switch (f.type) {
      case FieldType::date: return date_test(f, c);
      case FieldType::folded:
      case FieldType::lowered:
      case FieldType::search: {
        auto v = c.op == "in" ? "IN " + list(c.values) : (c.op == "~" ? "MATCH " : "= ") + bind(c.values.front());
        auto s = fill(f.sql, "v", v);
        return c.op == "!=" ? "NOT (" + s + ")" : s;
      }
      default:
        if (c.op == "in") return f.sql + " IN " + list(c.values);
        if (c.op == "between") {
          auto lo = bind(c.values[0]);
          return fmt::format("{} BETWEEN {} AND {}", f.sql, lo, bind(c.values[1]));
        }
        return fmt::format("{} {} {}", f.sql, c.op, bind(c.values.front()));
    }
  }

  // Dates are ranges: `date = 2025-09` is "within September"; `<` and `>` must hold for
  // the whole stored range, so "September 2025" is not before 2025-09-10.
  std::string date_test(const Field& f, const Condition& c) {
    const auto& x = c.dates.front();
    const auto& start = f.sql;
    const auto& end = f.sql_end;
    if (c.op == "=" || c.op == "!=" || c.op == "between") {
      const auto& last = c.op == "between" ? c.dates.back() : x;
      auto lo = bind(x.start_iso());
      auto within = fmt::format("({} >= {} AND {} <= {})", start, lo, end, bind(last.end_iso()));
      return c.op == "!=" ? "NOT " + within : within;
    }
    if (c.op == ">=") return fmt::format("{} >= {}", start, bind(x.start_iso()));
    if (c.op == ">") return fmt::format("{} > {}", start, bind(x.end_iso()));
    if (c.op == "<") return fmt::format("{} < {}", end, bind(x.start_iso()));
    return fmt::format("{} <= {}", end, bind(x.end_iso()));
  }
};

std::string select_list(const Plan& plan) {
  std::vector<std::string> cols;
  for (const auto* c : plan.columns) {
    auto plain = plan.entity->alias + "." + c->name;
    cols.push_back(c->sql == plain ? c->sql : c->sql + " AS " + c->name);
  }
  return fmt::format("{}", fmt::join(cols, ",\n       "));
}

}  // namespace

Sql to_sql(const Plan& plan) {
  const auto& e = *plan.entity;
  Writer w(e);
  Sql out;
  std::string group_key;
  if (plan.count && plan.group) {
    group_key = fill(plan.group->type == FieldType::date ? date_label("{t}") : plan.group->order, "t", e.alias);
    auto counted = plan.group->group_join.empty() ? "count(*)" : fmt::format("count(DISTINCT {}.id)", e.alias);
    out.text = fmt::format("SELECT {} AS {}, {} AS count", group_key, plan.group->name, counted);
    auto kind = plan.group->type == FieldType::date ? ColumnKind::date
                : plan.group->type == FieldType::number ? ColumnKind::integer : ColumnKind::text;
    out.columns = {{plan.group->name, kind}, {"count", ColumnKind::integer}};
  } else if (plan.count) {
    out.text = "SELECT count(*) AS count";
    out.columns = {{"count", ColumnKind::integer}};
  } else {
    out.text = "SELECT " + select_list(plan);
    for (const auto* c : plan.columns) out.columns.push_back({c->name, c->kind});
  }
  out.text += fmt::format("\nFROM {} {}", e.table, e.alias);
  if (!e.joins.empty() && (!plan.count || plan.joins)) out.text += "\n" + e.joins;
  if (plan.group && !plan.group->group_join.empty()) out.text += "\n" + plan.group->group_join;

  std::vector<std::string> where;
  if (!e.filter.empty()) where.push_back(e.filter);
  if (plan.where) {
    const auto& c = *plan.where;
    if (c.kind == Condition::Kind::all) {
      for (const auto& child : c.children) {
        auto s = w.condition(child);
        where.push_back(child.kind == Condition::Kind::any ? "(" + s + ")" : s);
      }
    } else {
      auto s = w.condition(c);
      where.push_back(c.kind == Condition::Kind::any && !e.filter.empty() ? "(" + s + ")" : s);
    }
  }
  if (!where.empty()) out.text += fmt::format("\nWHERE {}", fmt::join(where, "\n  AND "));

  auto direction = plan.descending ? " DESC" : "";
  if (plan.count && plan.group) {
    out.text += "\nGROUP BY " + group_key;
    if (plan.order_sql.empty()) out.text += "\nORDER BY count DESC, " + group_key;
    else out.text += fmt::format("\nORDER BY {}{}, {}", plan.order_sql, direction, group_key);
  } else if (!plan.count) {
    if (plan.order_sql.empty()) out.text += fmt::format("\nORDER BY {}.id", e.alias);
    else out.text += fmt::format("\nORDER BY {}{}, {}.id", fill(plan.order_sql, "t", e.alias), direction, e.alias);
  }
  if (plan.limit) out.text += "\nLIMIT " + w.bind(static_cast<std::int64_t>(*plan.limit));
  out.params = std::move(w.params);
  return out;
}

}  // namespace kb::dsl
