// Resolve: check a syntax tree against the catalog and turn its values into what the
// database compares. The first error stops it; every error points at the word at fault.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "core/text.hpp"
#include "dsl/diagnostics.hpp"
#include "dsl/limits.hpp"
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
    case ast::Literal::Kind::string: return "the text \"" + text::prefix_chars(lit.text, 40) + "\"";
    case ast::Literal::Kind::number: return "the number " + lit.text;
    case ast::Literal::Kind::date: return "the date " + lit.text;
    case ast::Literal::Kind::boolean: return lit.text;
    case ast::Literal::Kind::param: return "$" + lit.text;
  }
  return lit.text;
}

// An FTS5 query that is one phrase, whatever the user typed: no operator, column filter
// or prefix syntax can come through. `folded` is text::fold's output.
std::string fts_phrase(std::string_view folded) {
  std::string out = "\"";
  for (char c : folded) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

struct Resolver {
  std::string_view source;
  const std::map<std::string, std::string>& params;
  bool check_params;
  const Entity* entity = nullptr;
  std::optional<Diagnostic> error{};

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

  // What the query holds so far (limits.hpp), counted before anything is copied.
  int conditions = 0;
  std::size_t values = 0, bytes = 0;   // bytes: once parameters are substituted
  std::map<std::string, int> uses{};   // parameter -> references so far

  // A value's text, counted against the limits. A parameter is not copied here: 20,000
  // references to one are 20,000 copies once converted.
  bool count(const ast::Literal& lit, std::string_view text) {
    if (++values > limits::values)
      return fail(lit.span, fmt::format("too many values: a query holds at most {}", limits::values),
                  "split the list over several queries");
    bytes += text.size();
    if (bytes <= limits::value_bytes) return true;
    auto message = fmt::format("the values of this query come to more than {} MiB", limits::value_bytes >> 20);
    if (lit.kind != ast::Literal::Kind::param) return fail(lit.span, message, "use a long value once");
    return fail(lit.span, message,
                fmt::format("${} is {} bytes, and this is its use number {}; use a long value once", lit.text,
                            text.size(), uses[lit.text]));
  }

  // A literal as the field compares it. Parameters are text until the field says otherwise.
  bool convert(const Field& f, const ast::Literal& lit, Condition& c) {
    auto kind = lit.kind;
    std::string_view text = lit.text;
    if (kind == ast::Literal::Kind::date && !parse_date_literal(text))
      return fail(lit.span, fmt::format("bad date '{}'", text), "dates are YYYY, YYYY-MM or YYYY-MM-DD, and must exist");
    if (kind == ast::Literal::Kind::param) {
      auto it = params.find(lit.text);
      if (it == params.end()) {
        if (check_params)
          return fail(lit.span, fmt::format("unknown parameter '${}'", text),
                      fmt::format("give it a value: --param {0}=VALUE, or .param {0} VALUE in the REPL", text));
        c.values.emplace_back();
        c.dates.emplace_back();
        return count(lit, {});
      }
      if (it->second.size() > limits::param_bytes)
        return fail(lit.span, fmt::format("${} is {} bytes long; a parameter holds at most {} MiB", lit.text,
                                          it->second.size(), limits::param_bytes >> 20),
                    "parameters are for names, dates, numbers and search words");
      ++uses[lit.text];
      text = it->second;
      kind = ast::Literal::Kind::string;
    }
    if (!count(lit, text)) return false;
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
        bool whole = end == text.data() + text.size();
        if (ec == std::errc::result_out_of_range && whole && kind != ast::Literal::Kind::date)
          return fail(lit.span, fmt::format("{} is out of range for {}", describe(lit), f.name),
                      "numbers are whole, from 0 to 9223372036854775807");
        if (kind == ast::Literal::Kind::boolean || kind == ast::Literal::Kind::date || ec != std::errc() || !whole)
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
        if (f.type == FieldType::folded) c.values.emplace_back(text::fold(text)), c.written.emplace_back(text);
        else if (f.type == FieldType::lowered) c.values.emplace_back(text::trim(text::lower(text)));
        else if (f.type == FieldType::search) return search(lit, text::fold(text), c);
        else c.values.emplace_back(std::string(text));
        return true;
    }
  }

  std::size_t words = 0;  // of the `~` searches so far

  bool search(const ast::Literal& lit, const std::string& folded, Condition& c) {
    auto n = folded.empty() ? 0 : 1 + static_cast<std::size_t>(std::count(folded.begin(), folded.end(), ' '));
    words += n;
    if (words > limits::search_words)
      return fail(lit.span,
                  n == words ? fmt::format("the search text has {} words; a query searches for at most {}", n,
                                           limits::search_words)
                             : fmt::format("the searches of this query come to more than {} words", limits::search_words),
                  "a few distinctive words find the passage");
    c.values.emplace_back(fts_phrase(folded));
    return true;
  }

  bool joins = false;  // a link through the entity's joined table was used

  bool test(const ast::Expr& e, Condition& c) {
    if (++conditions > limits::conditions)
      return fail(e.span, fmt::format("too many conditions: a query holds at most {}", limits::conditions),
                  "many values of one field go in one condition: participant in (\"A\", \"B\", ...)");
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

  // `not not x` is x, in SQL's three-valued logic too (NOT NOT NULL is NULL); each NOT
  // would cost SQLite parser stack for nothing.
  static const ast::Expr& plain(const ast::Expr& e) {
    const auto* x = &e;
    while (x->kind == ast::Expr::Kind::negate && x->children.front()->kind == ast::Expr::Kind::negate)
      x = x->children.front()->children.front().get();
    return *x;
  }

  // The operands of an and (an or), those of an and inside it spliced in: `a and (b and
  // c)` is one level, not two.
  static void operands(const ast::Expr& e, std::vector<const ast::Expr*>& out) {
    for (const auto& child : e.children) {
      const auto& x = plain(*child);
      if (x.kind == e.kind) operands(x, out);
      else out.push_back(&x);
    }
  }

  // `depth`: the and/or/not levels around this condition, as the SQL will nest them.
  bool condition(const ast::Expr& expr, Condition& c, int depth = 0) {
    const auto& e = plain(expr);
    switch (e.kind) {
      case ast::Expr::Kind::all: c.kind = Condition::Kind::all; break;
      case ast::Expr::Kind::any: c.kind = Condition::Kind::any; break;
      case ast::Expr::Kind::negate: c.kind = Condition::Kind::negate; break;
      default: c.kind = Condition::Kind::test; return test(e, c);
    }
    if (depth == limits::nesting)
      return fail(e.span, fmt::format("conditions nest too deep: more than {} levels of and, or, not", limits::nesting),
                  "each and, or, not inside another is a level; split the question into simpler queries");
    std::vector<const ast::Expr*> parts;
    if (e.kind == ast::Expr::Kind::negate) parts.push_back(e.children.front().get());
    else operands(e, parts);
    for (const auto* part : parts) {
      c.children.emplace_back();
      if (!condition(*part, c.children.back(), depth + 1)) return false;
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
      // Once each: that also keeps the select list within SQLite's 2000 columns.
      if (std::find(plan.columns.begin(), plan.columns.end(), c) != plan.columns.end())
        return fail(path.span, fmt::format("column '{}' is selected twice", c->name));
      plan.columns.push_back(c);
    }
    return true;
  }
};

}  // namespace

std::variant<Plan, Diagnostic> resolve(const ast::Query& q, std::string_view source,
                                       const std::map<std::string, std::string>& params, bool check_params) {
  Resolver r{.source = source, .params = params, .check_params = check_params};
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
