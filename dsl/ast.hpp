// The syntax tree of one statement, exactly as written: names are not checked yet
// (resolve.cpp does that against the catalog). Every node keeps its byte span in the
// statement so that any later error can point at it.
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kb::dsl::ast {

struct Span {
  std::size_t begin = 0, end = 0;  // byte offsets into the statement, [begin, end)
};

struct Word {
  std::string text;
  Span span;
};

// `participant.country`: one or more words joined by dots.
struct Path {
  std::vector<Word> parts;
  Span span;
  std::string text() const {
    std::string t;
    for (const auto& w : parts) t += (t.empty() ? "" : ".") + w.text;
    return t;
  }
};

struct Literal {
  enum class Kind { string, number, date, param, boolean };
  Kind kind = Kind::string;
  std::string text;  // string: unescaped; number/date: as written; param: the name; boolean: true/false
  Span span;
};

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct Expr {
  enum class Kind { all, any, negate, compare, has };
  Kind kind = Kind::compare;
  std::vector<ExprPtr> children;  // all (and), any (or), negate (one child)
  Path path;                      // compare, has
  std::string op;                 // compare: = != < <= > >= ~ in between
  Span op_span;
  std::vector<Literal> values;    // compare: one value, or the `in` list, or between's two
  Span span;

  ExprPtr clone() const {
    auto e = std::make_unique<Expr>();
    e->kind = kind;
    for (const auto& c : children) e->children.push_back(c->clone());
    e->path = path;
    e->op = op;
    e->op_span = op_span;
    e->values = values;
    e->span = span;
    return e;
  }
};

struct Order {
  Path path;
  bool descending = false;
};

struct Query {
  bool count = false;             // count ENTITY ... [by FIELD]
  Word source;                    // entity or define name
  ExprPtr where;
  std::optional<Path> group_by;
  std::optional<Order> order;
  std::optional<std::pair<long long, Span>> limit;
  std::vector<Path> select;
  Span span;

  Query clone() const {
    Query q;
    q.count = count;
    q.source = source;
    q.where = where ? where->clone() : nullptr;
    q.group_by = group_by;
    q.order = order;
    q.limit = limit;
    q.select = select;
    q.span = span;
    return q;
  }
};

struct Statement {
  enum class Kind { query, explain, define };
  Kind kind = Kind::query;
  Word define_name;
  Query query;
};

}  // namespace kb::dsl::ast
