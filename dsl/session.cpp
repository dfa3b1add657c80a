// A session: runs the stages for one statement, and keeps what outlives it — `define`d
// queries and `$param` values.
#include <algorithm>

#include "core/text.hpp"
#include "dsl/diagnostics.hpp"
#include "dsl/limits.hpp"
#include "dsl/parse.hpp"
#include "dsl/plan.hpp"

namespace kb::dsl {

struct Define {
  std::string name, text;
  ast::Query query;  // expanded: its source is always an entity
};

static const Define* find_define(const std::vector<Define>& defines, std::string_view name) {
  auto lower = text::lower(name);
  for (const auto& d : defines)
    if (d.name == lower) return &d;
  return nullptr;
}

struct Session::Impl {
  SQLite::Database* db = nullptr;  // for notes on unknown names (names.cpp)
  std::map<std::string, std::string> params;
  std::vector<Define> defines;
  NameLookups lookups;             // prepared once per session (names.cpp)
};

Session::Session(SQLite::Database* db) : impl_(std::make_unique<Impl>()) { impl_->db = db; }
Session::~Session() = default;
Session::Session(Session&&) noexcept = default;
Session& Session::operator=(Session&&) noexcept = default;

// The stored query's nodes point into another statement's text: point them all at the
// name that brought them in.
static void respan(ast::Expr& e, ast::Span span) {
  e.span = e.op_span = e.path.span = span;
  for (auto& w : e.path.parts) w.span = span;
  for (auto& v : e.values) v.span = span;
  for (auto& c : e.children) respan(*c, span);
}

// `ru_us where date >= 2025-09`: the define's query with this one's conditions added.
static ast::Query expand(const Define& d, ast::Query q) {
  auto base = d.query.clone();
  auto span = q.source.span;
  if (base.where) respan(*base.where, span);
  base.source.span = span;
  if (base.where && q.where) {
    auto both = std::make_unique<ast::Expr>();
    both->kind = ast::Expr::Kind::all;
    both->span = q.where->span;
    both->children.push_back(std::move(base.where));
    both->children.push_back(std::move(q.where));
    base.where = std::move(both);
  } else if (q.where) {
    base.where = std::move(q.where);
  }
  base.count = q.count;
  base.group_by = q.group_by;
  if (q.order) base.order = q.order;
  if (q.limit) base.limit = q.limit;
  if (!q.select.empty()) base.select = q.select;
  else if (q.count) base.select.clear();
  base.span = q.span;
  return base;
}

static std::variant<ast::Statement, Diagnostic> parse_and_expand(std::string_view statement,
                                                                 const std::vector<Define>& defines) {
  // Statements are typed or kept in scripts; a megabyte is a pasted or generated blob.
  // Refuse it before parsing: long values belong in $parameters.
  // The caret is where the limit is passed.
  if (statement.size() > limits::statement_bytes)
    return diagnostic_at(statement, {limits::statement_bytes, limits::statement_bytes + 1},
                         "the statement is " + std::to_string(statement.size()) + " bytes long; the limit is " +
                             std::to_string(limits::statement_bytes),
                         "pass long values as parameters: --param name=value, then $name");
  if (auto bad = text::invalid_utf8_at(statement))
    return diagnostic_at(statement, {*bad, *bad + 1}, "invalid UTF-8 in the statement");
  auto parsed = parse(statement);
  if (auto* d = std::get_if<Diagnostic>(&parsed)) return *d;
  auto& st = std::get<ast::Statement>(parsed);
  if (!find_entity(st.query.source.text))
    if (const auto* d = find_define(defines, st.query.source.text)) st.query = expand(*d, std::move(st.query));
  return std::move(st);
}

std::variant<Output, Diagnostic> Session::compile(std::string_view statement) {
  auto parsed = parse_and_expand(statement, impl_->defines);
  if (auto* d = std::get_if<Diagnostic>(&parsed)) return *d;
  auto& st = std::get<ast::Statement>(parsed);
  bool defining = st.kind == ast::Statement::Kind::define;
  if (!find_entity(st.query.source.text)) {
    std::vector<std::string> names;
    for (const auto& e : entities()) names.push_back(e.name);
    for (const auto& d : impl_->defines) names.push_back(d.name);
    return diagnostic_at(statement, st.query.source.span, "unknown entity '" + st.query.source.text + "'",
                         suggestion(st.query.source.text, names, "entities"));
  }
  auto resolved = resolve(st.query, statement, impl_->params, !defining);
  if (auto* d = std::get_if<Diagnostic>(&resolved)) return *d;

  Output out;
  if (defining) {
    auto name = text::lower(st.define_name.text);
    auto words = keywords();
    bool keyword = std::find(words.begin(), words.end(), name) != words.end();
    if (find_entity(name) || keyword)
      return diagnostic_at(statement, st.define_name.span,
                           "cannot define '" + name + "': it is " + (keyword ? "a keyword" : "an entity"),
                           "choose another name");
    if (st.query.count)
      return diagnostic_at(statement, st.query.span, "a define names rows, not a count",
                           "define the rows, then count them: count NAME by FIELD");
    auto text = std::string(statement.substr(st.query.span.begin, st.query.span.end - st.query.span.begin));
    std::erase_if(impl_->defines, [&](const Define& d) { return d.name == name; });
    impl_->defines.push_back({name, text::trim(text), std::move(st.query)});
    out.kind = Output::Kind::defined;
    out.name = name;
    return out;
  }
  const auto& plan = std::get<Plan>(resolved);
  if (impl_->db) out.notes = unknown_names(*impl_->db, plan, impl_->lookups);
  auto sql = to_sql(plan);
  out.kind = st.kind == ast::Statement::Kind::explain ? Output::Kind::explain : Output::Kind::rows;
  out.sql = std::move(sql.text);
  out.params = std::move(sql.params);
  out.columns = std::move(sql.columns);
  return out;
}

void Session::set_param(const std::string& name, const std::string& value) {
  impl_->params[name.starts_with('$') ? name.substr(1) : name] = value;
}
const std::map<std::string, std::string>& Session::params() const { return impl_->params; }

static void collect_params(const ast::Expr& e, std::vector<std::string>& out) {
  for (const auto& v : e.values)
    if (v.kind == ast::Literal::Kind::param && std::find(out.begin(), out.end(), v.text) == out.end())
      out.push_back(v.text);
  for (const auto& c : e.children) collect_params(*c, out);
}

std::vector<std::string> Session::params_used(std::string_view statement) const {
  std::vector<std::string> out;
  auto parsed = parse_and_expand(statement, impl_->defines);
  if (auto* st = std::get_if<ast::Statement>(&parsed); st && st->query.where)
    collect_params(*st->query.where, out);
  return out;
}

std::vector<std::pair<std::string, std::string>> Session::defines() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& d : impl_->defines) out.emplace_back(d.name, d.text);
  return out;
}

std::vector<std::string> entity_names() {
  std::vector<std::string> out;
  for (const auto& e : entities()) out.push_back(e.name);
  return out;
}

std::vector<std::string> field_names(std::string_view entity) {
  const auto* e = find_entity(entity);
  return e ? e->field_list() : std::vector<std::string>{};
}

std::vector<std::string> keywords() {
  return {"where", "and", "or", "not", "in", "between", "has", "order", "by", "asc", "desc",
          "limit", "select", "count", "define", "explain", "true", "false"};
}

}  // namespace kb::dsl
