// Resolve: check a syntax tree against the catalog and turn its values into what the
// database compares. The first error stops it; every error points at the word at fault.
#include <fmt/format.h>

#include <charconv>

#include "core/text.hpp"
#include "dsl/diagnostics.hpp"
#include "dsl/plan.hpp"

namespace kb::dsl {

namespace {

std::string_view type_name(FieldType t) {
  switch (t) {
    case FieldType::number: return "a number";
    case FieldType::boolean: return "true or false";
    case FieldType::date: return "a date";
    case FieldType::folded: return "a name";
    case FieldType::search: return "searchable text";
    default: return "text";
  }
}

// Operators each type of field accepts.
bool accepts(FieldType t, std::string_view op) {
  switch (t) {
    case FieldType::number: return op != "~";
    case FieldType::text: return op != "~" && op != "between";
    case FieldType::boolean: return op == "=" || op == "!=";
    case FieldType::date: return op != "~" && op != "in";
    case FieldType::folded:
    case FieldType::lowered: return op == "=" || op == "!=" || op == "in";
    case FieldType::search: return op == "~";
    case FieldType::link: return false;
  }
  return false;
}

std::string_view operators_of(FieldType t) {
  switch (t) {
    case FieldType::number: return "=, !=, <, <=, >, >=, in, between";
    case FieldType::text: return "=, !=, <, <=, >, >=, in";
    case FieldType::boolean: return "=, !=";
    case FieldType::date: return "=, !=, <, <=, >, >=, between";
    case FieldType::search: return "~";
    default: return "=, !=, in";
  }
}

std::string describe(const ast::Literal& lit) {
  switch (lit.kind) {
    case ast::Literal::Kind::string: {
      std::size_t end = 0;  // at most 40 characters, cut between code points
      for (int n = 0; n < 40 && end < lit.text.size(); ++n) text::next_code_point(lit.text, end);
      return "the text \"" + lit.text.substr(0, end) + (end < lit.text.size() ? "…\"" : "\"");
    }
    case ast::Literal::Kind::number: return "the number " + lit.text;
    case ast::Literal::Kind::date: return "the date " + lit.text;
    case ast::Literal::Kind::boolean: return lit.text;
    case ast::Literal::Kind::param: return "$" + lit.text;
  }
  return lit.text;
}

// An FTS5 query that is one phrase, whatever the user typed: no operator, column filter
// or prefix syntax can come through.
std::string fts_phrase(std::string_view s) {
  std::string out = "\"";
  for (char c : text::fold(s)) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

struct Resolver {
  std::string_view source;
  const std::map<std::string, std::string>& params;
  bool check_params;
  const Entity* entity = nullptr;
  std::optional<Diagnostic> error;

  bool fail(ast::Span span, std::string message, std::string hint = {}) {
    if (!error) error = diagnostic_at(source, span, std::move(message), std::move(hint));
    return false;
  }

  // The field a path names: `place`, or `participant.country` (link + field).
  bool lookup(const ast::Path& path, const Field*& link, const Field*& field) {
    const auto& first = path.parts.front();
    link = nullptr;
    field = entity->field(first.text);
    if (!field)
      return fail(first.span, fmt::format("unknown field '{}' for {}", first.text, entity->name),
                  suggestion(first.text, entity->field_list(), "fields of " + entity->name));
    if (field->type != FieldType::link) {
      if (path.parts.size() > 1)
        return fail(path.parts[1].span, fmt::format("'{}' has no fields of its own", first.text));
      return true;
    }
    const auto* target = find_entity(field->target);
    link = field;
    if (path.parts.size() == 1) {
      // The path stops at the link: its fallback, a hidden field of this entity (events'
      // place_inside) or else a field of the linked one (participant -> name).
      if (const auto* own = entity->field(field->fallback); own && own->hidden) {
        link = nullptr;
        field = own;
        return true;
      }
      field = target->field(field->fallback);
      return true;
    }
    if (path.parts.size() > 2)
      return fail(path.parts[2].span, fmt::format("'{}.{}' has no fields of its own", first.text, path.parts[1].text));
    field = target->field(path.parts[1].text);
    if (!field)
      return fail(path.parts[1].span, fmt::format("unknown field '{}' for {}", path.parts[1].text, first.text),
                  suggestion(path.parts[1].text, target->field_list(), "fields of " + first.text));
    return true;
  }

  // A literal as the field compares it. Parameters are text until the field says otherwise.
  bool convert(const Field& f, const ast::Literal& lit, Condition& c) {
    auto kind = lit.kind;
    std::string text = lit.text;
    if (kind == ast::Literal::Kind::date && !parse_date_literal(text))
      return fail(lit.span, fmt::format("bad date '{}'", text), "dates are YYYY, YYYY-MM or YYYY-MM-DD, and must exist");
    if (kind == ast::Literal::Kind::param) {
      auto it = params.find(text);
      if (it == params.end()) {
        if (check_params)
          return fail(lit.span, fmt::format("unknown parameter '${}'", text),
                      fmt::format("give it a value: --param {0}=VALUE, or .param {0} VALUE in the REPL", text));
        c.values.emplace_back();
        c.dates.emplace_back();
        return true;
      }
      text = it->second;
      kind = ast::Literal::Kind::string;
    }
    auto mismatch = [&] {
      return fail(lit.span, fmt::format("type mismatch: {} is {}, not {}", f.name, type_name(f.type), describe(lit)),
                  f.type == FieldType::date ? "write a date like 2025-09-24, 2025-09 or 2025"
                                            : "put text in double quotes: \"...\"");
    };
    switch (f.type) {
      case FieldType::date: {
        if (kind == ast::Literal::Kind::boolean) return mismatch();
        auto d = parse_date_literal(text);
        if (!d) {
          if (lit.kind == ast::Literal::Kind::param)
            return fail(lit.span, fmt::format("${} = '{}' is not a date", lit.text, text),
                        "dates are YYYY, YYYY-MM or YYYY-MM-DD");
          return mismatch();
        }
        c.dates.push_back(*d);
        return true;
      }
      case FieldType::number: {
        long long n = 0;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
        if (kind == ast::Literal::Kind::boolean || kind == ast::Literal::Kind::date || ec != std::errc() ||
            end != text.data() + text.size())
          return mismatch();
        c.values.emplace_back(static_cast<std::int64_t>(n));
        return true;
      }
      case FieldType::boolean: {
        auto t = text::lower(text);
        if (t == "true" || t == "1" || t == "yes") c.values.emplace_back(std::int64_t{1});
        else if (t == "false" || t == "0" || t == "no") c.values.emplace_back(std::int64_t{0});
        else return mismatch();
        return true;
      }
      default:
        if (kind != ast::Literal::Kind::string) return mismatch();
        if (f.type == FieldType::folded) c.values.emplace_back(text::fold(text)), c.written.push_back(text);
        else if (f.type == FieldType::lowered) c.values.emplace_back(text::trim(text::lower(text)));
        else if (f.type == FieldType::search) c.values.emplace_back(fts_phrase(text));
        else c.values.emplace_back(text);
        return true;
    }
  }

  bool joins = false;  // a link through the entity's joined table was used

  bool test(const ast::Expr& e, Condition& c) {
    if (!lookup(e.path, c.link, c.field)) return false;
    joins = joins || (c.link && c.link->alias == entity->join_alias);
    if (e.kind == ast::Expr::Kind::has) {
      c.op = "has";
      if (e.path.parts.size() == 1) c.field = entity->field(e.path.parts.front().text), c.link = nullptr;
      return true;
    }
    c.op = e.op;
    if (!accepts(c.field->type, c.op)) {
      auto hint = fmt::format("{} takes {}", e.path.text(), operators_of(c.field->type));
      if (c.op == "~" && entity->field("text")) hint += "; to search text, write text ~ \"...\"";
      return fail(e.op_span, fmt::format("operator '{}' does not apply to {} ({})", c.op, e.path.text(),
                                         type_name(c.field->type)),
                  hint);
    }
    for (const auto& v : e.values)
      if (!convert(*c.field, v, c)) return false;
    return true;
  }

  bool condition(const ast::Expr& e, Condition& c) {
    switch (e.kind) {
      case ast::Expr::Kind::all: c.kind = Condition::Kind::all; break;
      case ast::Expr::Kind::any: c.kind = Condition::Kind::any; break;
      case ast::Expr::Kind::negate: c.kind = Condition::Kind::negate; break;
      default: c.kind = Condition::Kind::test; return test(e, c);
    }
    for (const auto& child : e.children) {
      c.children.emplace_back();
      if (!condition(*child, c.children.back())) return false;
    }
    return true;
  }

  bool order(const ast::Query& q, Plan& plan) {
    const auto& word = q.order->path.parts.front();
    plan.descending = q.order->descending;
    if (q.order->path.parts.size() > 1)
      return fail(q.order->path.span, "order by takes one field, not a path");
    if (plan.count) {
      if (text::lower(word.text) == "count") return plan.order_sql = "count", true;
      if (plan.group && plan.group->name == text::lower(word.text)) return plan.order_sql = plan.group->name, true;
      std::vector<std::string> names{"count"};
      if (plan.group) names.push_back(plan.group->name);
      return fail(word.span, fmt::format("cannot order this count by '{}'", word.text),
                  suggestion(word.text, names, "order it by"));
    }
    if (const auto* f = entity->field(word.text); f && !f->order.empty()) {
      plan.order_sql = f->order;
      return true;
    }
    if (entity->column(word.text)) return plan.order_sql = text::lower(word.text), true;
    auto names = entity->field_list();
    for (const auto& c : entity->column_list()) names.push_back(c);
    return fail(word.span, fmt::format("cannot order {} by '{}'", entity->name, word.text),
                suggestion(word.text, names, "fields of " + entity->name));
  }

  bool group(const ast::Path& path, Plan& plan) {
    const auto& word = path.parts.front();
    const auto* f = entity->field(word.text);
    if (path.parts.size() > 1) return fail(path.span, "count ... by takes one field, not a path");
    if (!f || f->order.empty()) {
      std::vector<std::string> names;
      for (const auto& x : entity->fields)
        if (!x.hidden && !x.order.empty() && x.name != "id") names.push_back(x.name);
      return fail(word.span, fmt::format("cannot count {} by '{}'", entity->name, word.text),
                  suggestion(word.text, names, "count " + entity->name + " by"));
    }
    plan.group = f;
    joins = joins || (f->type == FieldType::link && f->alias == entity->join_alias);
    return true;
  }

  bool columns(const ast::Query& q, Plan& plan) {
    if (q.select.empty()) {
      for (const auto& c : entity->columns) plan.columns.push_back(&c);
      return true;
    }
    for (const auto& path : q.select) {
      const auto* c = path.parts.size() == 1 ? entity->column(path.parts.front().text) : nullptr;
      if (!c)
        return fail(path.span, fmt::format("unknown column '{}' for {}", path.text(), entity->name),
                    suggestion(path.text(), entity->column_list(), "columns of " + entity->name));
      plan.columns.push_back(c);
    }
    return true;
  }
};

}  // namespace

std::variant<Plan, Diagnostic> resolve(const ast::Query& q, std::string_view source,
                                       const std::map<std::string, std::string>& params, bool check_params) {
  Resolver r{source, params, check_params, nullptr, std::nullopt, false};
  Plan plan;
  r.entity = plan.entity = find_entity(q.source.text);
  if (!plan.entity) {
    std::vector<std::string> names;
    for (const auto& e : entities()) names.push_back(e.name);
    return diagnostic_at(source, q.source.span, fmt::format("unknown entity '{}'", q.source.text),
                         suggestion(q.source.text, names, "entities"));
  }
  plan.count = q.count;
  bool ok = true;
  if (q.where) ok = r.condition(*q.where, plan.where.emplace());
  if (ok && q.group_by) ok = r.group(*q.group_by, plan);
  if (ok && q.order) ok = r.order(q, plan);
  if (ok && !q.count) ok = r.columns(q, plan);
  if (ok && q.limit) {
    if (q.limit->first < 0) ok = r.fail(q.limit->second, "limit is too large");
    plan.limit = q.limit->first;
  }
  if (!ok) return *r.error;
  plan.joins = r.joins;
  return plan;
}

}  // namespace kb::dsl
