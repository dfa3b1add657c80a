// PEGTL actions that build the syntax tree. Each action runs when its rule has matched;
// conditions are built on a stack (a comparison pushes, `and`/`or`/`not` pop and push).
// A parse_error from a `must<>` is caught here, once, and becomes a Diagnostic.
#include "dsl/parse.hpp"

#include <cctype>
#include <charconv>

#include "core/text.hpp"
#include "dsl/diagnostics.hpp"
#include "dsl/grammar.hpp"

namespace kb::dsl {

namespace pegtl = tao::pegtl;
namespace g = grammar;

namespace {

struct Builder {
  std::string_view source;
  int depth = 0;  // grammar::depth_control
  ast::Statement statement;
  std::vector<ast::ExprPtr> stack;
  ast::Path path;  // the last comparison or `has` path read
  std::string op;
  ast::Span op_span;
  std::vector<ast::Literal> values;

  ast::Query& query() { return statement.query; }
  template <typename Input>
  ast::Span span(const Input& in) const {
    auto begin = static_cast<std::size_t>(in.begin() - source.data());
    return {begin, begin + in.size()};
  }
  ast::ExprPtr pop() {
    auto e = std::move(stack.back());
    stack.pop_back();
    return e;
  }
  // `a and b`: one `all` node, flattened so that a chain of ands is one list.
  void combine(ast::Expr::Kind kind) {
    auto right = pop();
    auto left = pop();
    auto node = std::make_unique<ast::Expr>();
    node->kind = kind;
    node->span = {left->span.begin, right->span.end};
    if (left->kind == kind) {
      node->children = std::move(left->children);
    } else {
      node->children.push_back(std::move(left));
    }
    node->children.push_back(std::move(right));
    stack.push_back(std::move(node));
  }
};

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

// Paths: "participant.country" -> words with their spans.
struct read_path {
  template <typename Input>
  static ast::Path path(const Input& in, Builder& b) {
    ast::Path p;
    p.span = b.span(in);
    auto text = in.string_view();
    std::size_t start = 0;
    while (start <= text.size()) {
      auto dot = text.find('.', start);
      if (dot == std::string_view::npos) dot = text.size();
      p.parts.push_back({std::string(text.substr(start, dot - start)), {p.span.begin + start, p.span.begin + dot}});
      start = dot + 1;
    }
    return p;
  }
};
template <>
struct action<g::cmp_path> : read_path {
  template <typename Input>
  static void apply(const Input& in, Builder& b) { b.path = path(in, b); }
};
template <>
struct action<g::has_path> : action<g::cmp_path> {};
template <>
struct action<g::order_path> : read_path {
  template <typename Input>
  static void apply(const Input& in, Builder& b) { b.query().order = ast::Order{path(in, b), false}; }
};
template <>
struct action<g::order_desc> {
  static void apply0(Builder& b) { b.query().order->descending = true; }
};
template <>
struct action<g::select_path> : read_path {
  template <typename Input>
  static void apply(const Input& in, Builder& b) { b.query().select.push_back(path(in, b)); }
};
template <>
struct action<g::group_path> : read_path {
  template <typename Input>
  static void apply(const Input& in, Builder& b) { b.query().group_by = path(in, b); }
};

// Values. A string's escapes (\" and \\) are undone here.
template <>
struct action<g::value> {
  template <typename Input>
  static void apply(const Input& in, Builder& b) {
    auto text = in.string_view();
    ast::Literal lit;
    lit.span = b.span(in);
    if (text.front() == '"') {
      lit.kind = ast::Literal::Kind::string;
      for (std::size_t i = 1; i + 1 < text.size(); ++i) {
        if (text[i] == '\\' && i + 2 < text.size()) ++i;
        lit.text += text[i];
      }
    } else if (text.front() == '$') {
      lit.kind = ast::Literal::Kind::param;
      lit.text = text.substr(1);
    } else if (text.front() >= '0' && text.front() <= '9') {
      lit.kind = text.find('-') == std::string_view::npos ? ast::Literal::Kind::number : ast::Literal::Kind::date;
      lit.text = text;
    } else {
      lit.kind = ast::Literal::Kind::boolean;
      lit.text = (text[0] == 't' || text[0] == 'T') ? "true" : "false";
    }
    b.values.push_back(std::move(lit));
  }
};

// Operators, as one spelling: `<>` is `!=`, `IN` is `in`.
struct read_op {
  template <typename Input>
  static void apply(const Input& in, Builder& b) {
    b.op = in.string() == "<>" ? "!=" : text::lower(in.string());
    b.op_span = b.span(in);
  }
};
template <>
struct action<g::cmp_op> : read_op {};
template <>
struct action<g::in_op> : read_op {};
template <>
struct action<g::between_op> : read_op {};

// Conditions.
template <>
struct action<g::comparison> {
  template <typename Input>
  static void apply(const Input& in, Builder& b) {
    auto e = std::make_unique<ast::Expr>();
    e->kind = ast::Expr::Kind::compare;
    e->path = std::move(b.path);
    e->op = std::move(b.op);
    e->op_span = b.op_span;
    e->values = std::move(b.values);
    b.values.clear();
    e->span = b.span(in);
    b.stack.push_back(std::move(e));
  }
};
template <>
struct action<g::has_expr> {
  template <typename Input>
  static void apply(const Input& in, Builder& b) {
    auto e = std::make_unique<ast::Expr>();
    e->kind = ast::Expr::Kind::has;
    e->path = std::move(b.path);
    e->span = b.span(in);
    b.stack.push_back(std::move(e));
  }
};
template <>
struct action<g::not_expr> {
  template <typename Input>
  static void apply(const Input& in, Builder& b) {
    auto e = std::make_unique<ast::Expr>();
    e->kind = ast::Expr::Kind::negate;
    e->children.push_back(b.pop());
    e->span = b.span(in);
    b.stack.push_back(std::move(e));
  }
};
template <>
struct action<g::and_tail> {
  static void apply0(Builder& b) { b.combine(ast::Expr::Kind::all); }
};
template <>
struct action<g::or_tail> {
  static void apply0(Builder& b) { b.combine(ast::Expr::Kind::any); }
};
template <>
struct action<g::where_clause> {
  static void apply0(Builder& b) {
    auto& where = b.query().where;
    if (!where) {
      where = b.pop();
      return;
    }
    // `where a where b` = `where a and b`
    auto cond = b.pop();
    b.stack.push_back(std::move(where));
    b.stack.push_back(std::move(cond));
    b.combine(ast::Expr::Kind::all);
    where = b.pop();
  }
};

// Queries and statements.
template <>
struct action<g::source> {
  template <typename Input>
  static void apply(const Input& in, Builder& b) { b.query().source = {in.string(), b.span(in)}; }
};
template <>
struct action<g::count_keyword> {
  static void apply0(Builder& b) { b.query().count = true; }
};
template <>
struct action<g::limit_number> {
  template <typename Input>
  static void apply(const Input& in, Builder& b) {
    long long n = -1;  // too large: resolve says so
    std::from_chars(in.begin(), in.end(), n);
    b.query().limit = {n, b.span(in)};
  }
};
template <>
struct action<g::query> {
  template <typename Input>
  static void apply(const Input& in, Builder& b) { b.query().span = b.span(in); }
};
template <>
struct action<g::explain_keyword> {
  static void apply0(Builder& b) { b.statement.kind = ast::Statement::Kind::explain; }
};
template <>
struct action<g::define_name> {
  template <typename Input>
  static void apply(const Input& in, Builder& b) {
    b.statement.kind = ast::Statement::Kind::define;
    b.statement.define_name = {in.string(), b.span(in)};
  }
};

// The word at `offset`, for underlining and "did you mean".
std::size_t word_end(std::string_view s, std::size_t offset) {
  auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  auto end = offset;
  while (end < s.size() && is_word(s[end])) ++end;
  return end == offset ? std::min(offset + 1, s.size()) : end;
}

Diagnostic to_diagnostic(const pegtl::parse_error& e, std::string_view source) {
  auto offset = std::min(e.positions().empty() ? source.size() : e.positions().front().byte, source.size());
  std::string message(e.message());
  auto trimmed = source.find_last_not_of(" \t\r\n");
  bool at_end = trimmed == std::string_view::npos || offset > trimmed;
  ast::Span span{offset, word_end(source, offset)};
  if (message == "unterminated string") {
    auto quote = source.rfind('"', offset == 0 ? 0 : offset - 1);
    if (quote != std::string_view::npos) span = {quote, quote + 1};
    at_end = true;
  }
  // Too deep is not a misspelling: no "did you mean 'in'" for the `id` it stopped at.
  bool too_deep = message.starts_with("nesting too deep");
  if (too_deep) at_end = false;
  std::string hint;
  auto word = source.substr(span.begin, span.end - span.begin);
  if (auto n = nearest(word, keywords()); !n.empty() && !at_end && !too_deep && !word.empty() &&
                                                std::isalpha(static_cast<unsigned char>(word[0])))
    hint = "did you mean '" + n + "'?";
  auto d = diagnostic_at(source, span, message, hint);
  d.at_end = at_end;
  return d;
}

}  // namespace

std::variant<ast::Statement, Diagnostic> parse(std::string_view statement) {
  Builder b;
  b.source = statement;
  pegtl::memory_input in(statement.data(), statement.size(), "statement");
  try {
    pegtl::parse<g::statement, action, g::control>(in, b);
  } catch (const pegtl::parse_error& e) {
    return to_diagnostic(e, statement);
  }
  return std::move(b.statement);
}

}  // namespace kb::dsl
