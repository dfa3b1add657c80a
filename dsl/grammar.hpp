// The whole grammar of the query language, top to bottom: tokens, literals, conditions,
// queries, statements. PEGTL rules are types; parse.cpp attaches actions that build the
// AST, and the messages below say what was expected when a `must<>` fails, so errors land
// where the user went wrong instead of at the start of the statement.
//
//   statement  := explain query | define NAME '=' query | query
//   query      := count SOURCE [where EXPR] [by PATH] {order by PATH [asc|desc] | limit N}
//               | SOURCE clauses
//   clauses    := { where EXPR | order by PATH [asc|desc] | limit N | select PATH {, PATH} }
//   EXPR       := and_expr { or and_expr }
//   and_expr   := unary { and unary }
//   unary      := not unary | '(' EXPR ')' | has PATH | PATH OP VALUE
//               | PATH in '(' VALUE {, VALUE} ')' | PATH between VALUE and VALUE
//   VALUE      := "string" | 2025 | 2025-09 | 2025-09-24 | 42 | $param | true | false
#pragma once
#include <tao/pegtl.hpp>

namespace kb::dsl::grammar {

namespace pegtl = tao::pegtl;
using namespace tao::pegtl;

// --- tokens ------------------------------------------------------------------------
// Spaces pasted from a web page or a word processor count as spaces (no-break, thin,
// ideographic), and so does the byte order mark an editor puts before a script.
struct unicode_space : utf8::ranges<0x00A0, 0x00A0, 0x1680, 0x1680, 0x2000, 0x200A, 0x202F, 0x202F,
                                    0x205F, 0x205F, 0x3000, 0x3000, 0xFEFF, 0xFEFF> {};
struct ws : star<sor<space, unicode_space>> {};

// Case-insensitive keywords that never match a prefix: `where` is not `whereabouts`.
template <typename Word>
struct kw : seq<Word, not_at<identifier_other>> {};
#define KB_KEYWORD(name, text) struct kw_##name : kw<TAO_PEGTL_ISTRING(text)> {}
KB_KEYWORD(where, "where");
KB_KEYWORD(and_, "and");
KB_KEYWORD(or_, "or");
KB_KEYWORD(not_, "not");
KB_KEYWORD(in, "in");
KB_KEYWORD(between, "between");
KB_KEYWORD(has, "has");
KB_KEYWORD(order, "order");
KB_KEYWORD(by, "by");
KB_KEYWORD(asc, "asc");
KB_KEYWORD(desc, "desc");
KB_KEYWORD(limit, "limit");
KB_KEYWORD(select, "select");
KB_KEYWORD(count, "count");
KB_KEYWORD(define, "define");
KB_KEYWORD(explain, "explain");
KB_KEYWORD(true_, "true");
KB_KEYWORD(false_, "false");
#undef KB_KEYWORD

// Words that cannot name a field or an entity (`count` can: `order by count`).
struct reserved : sor<kw_where, kw_and_, kw_or_, kw_not_, kw_in, kw_between, kw_has, kw_order, kw_by,
                      kw_asc, kw_desc, kw_limit, kw_select, kw_define, kw_explain, kw_true_, kw_false_> {};
struct name : seq<not_at<reserved>, identifier> {};

// --- literals ----------------------------------------------------------------------
struct escaped : seq<one<'\\'>, any> {};
struct string_body : star<sor<escaped, not_one<'"', '\\'>>> {};
struct string_close : one<'"'> {};
struct string_lit : if_must<one<'"'>, string_body, string_close> {};

// Digits with dashes: 42, 2025, 2025-09, 2025-09-24. Whether it is a number or a date,
// and whether the date is real, is decided by resolve.cpp, which knows the field's type.
struct number_or_date : seq<plus<digit>, star<one<'-'>, plus<digit>>, not_at<identifier_other>> {};
struct param_name : identifier {};
struct param : if_must<one<'$'>, param_name> {};
struct value : sor<string_lit, number_or_date, param, kw_true_, kw_false_> {};

// --- conditions --------------------------------------------------------------------
struct path_rest : seq<one<'.'>, name> {};
template <typename Tag>
struct path_of : seq<name, star<path_rest>> {};
struct cmp_path : path_of<struct cmp_tag> {};
struct has_path : path_of<struct has_tag> {};

struct cmp_op : sor<string<'>', '='>, string<'<', '='>, string<'!', '='>, string<'<', '>'>, one<'='>,
                    one<'<'>, one<'>'>, one<'~'>> {};
struct in_op : kw_in {};
struct between_op : kw_between {};
struct list_close : one<')'> {};
struct value_list : seq<one<'('>, ws, must<value>, ws, star<one<','>, ws, must<value>, ws>, must<list_close>> {};
struct between_and : kw_and_ {};
struct compare_rest : sor<seq<cmp_op, ws, must<value>>,
                          if_must<in_op, ws, value_list>,
                          if_must<between_op, ws, value, ws, between_and, ws, value>> {};
struct comparison : seq<cmp_path, ws, must<compare_rest>> {};

struct expr;
struct unary;
struct paren_close : one<')'> {};
struct paren_expr : if_must<one<'('>, ws, expr, paren_close> {};
struct has_expr : if_must<kw_has, ws, has_path> {};
struct not_expr : if_must<kw_not_, ws, unary> {};
struct condition : sor<paren_expr, has_expr, comparison> {};
struct unary : seq<sor<not_expr, condition>, ws> {};
struct and_tail : if_must<kw_and_, ws, unary> {};
struct and_expr : seq<unary, star<and_tail>> {};
struct or_tail : if_must<kw_or_, ws, and_expr> {};
struct expr : seq<and_expr, star<or_tail>> {};

// --- queries -----------------------------------------------------------------------
struct source : name {};
struct where_clause : if_must<kw_where, ws, expr> {};
struct order_path : path_of<struct order_tag> {};
struct order_desc : kw_desc {};
struct order_direction : opt<sor<kw_asc, order_desc>, ws> {};
struct order_clause : if_must<kw_order, ws, kw_by, ws, order_path, ws, order_direction> {};
struct limit_number : plus<digit> {};
struct limit_clause : if_must<kw_limit, ws, limit_number, ws> {};
struct select_path : path_of<struct select_tag> {};
struct select_rest : seq<select_path, ws> {};
struct select_list : seq<select_path, ws, star<one<','>, ws, must<select_rest>>> {};
struct select_clause : if_must<kw_select, ws, select_list> {};
struct clause : sor<where_clause, order_clause, limit_clause, select_clause> {};
struct group_path : path_of<struct group_tag> {};
struct group_clause : if_must<kw_by, ws, group_path, ws> {};

struct find_query : seq<source, ws, star<clause>> {};
struct count_keyword : kw_count {};
struct count_rest : seq<source, ws, opt<where_clause>, opt<group_clause>, star<sor<order_clause, limit_clause>>> {};
struct count_query : if_must<count_keyword, ws, count_rest> {};
struct query : sor<count_query, find_query> {};

// --- statements --------------------------------------------------------------------
struct explain_keyword : kw_explain {};
struct explain_stmt : if_must<explain_keyword, ws, query> {};
struct define_name : name {};
struct define_eq : one<'='> {};
struct define_stmt : if_must<kw_define, ws, define_name, ws, define_eq, ws, query> {};
struct end_of_statement : eof {};
struct any_statement : sor<explain_stmt, define_stmt, query> {};
struct statement : seq<ws, must<any_statement>, must<end_of_statement>> {};

// --- nesting: every `unary` counts one level, so "((((" or "not not not" cannot run the
// parser (a recursive descent) out of stack. The limit is checked as the rule starts.
inline constexpr int max_depth = 64;

template <typename Rule>
struct depth_control : normal<Rule> {};

template <>
struct depth_control<unary> : normal<unary> {
  template <typename Input, typename State>
  static void start(const Input& in, State& s) {
    if (++s.depth > max_depth) throw parse_error("nesting too deep (more than 64 levels)", in);
  }
  template <typename Input, typename State>
  static void success(const Input&, State& s) { --s.depth; }
  template <typename Input, typename State>
  static void failure(const Input&, State& s) { --s.depth; }
};

// --- what each `must` says when it fails ---------------------------------------------
template <typename Rule>
inline constexpr const char* error_message = nullptr;
template <> inline constexpr auto error_message<string_body> = "unterminated string";
template <> inline constexpr auto error_message<string_close> = "unterminated string";
template <> inline constexpr auto error_message<param_name> = "expected a parameter name after '$'";
template <> inline constexpr auto error_message<value> =
    "expected a value: a \"string\", a date like 2025-09-24, a number or a $parameter";
template <> inline constexpr auto error_message<list_close> = "expected ',' or ')' to close the list";
template <> inline constexpr auto error_message<value_list> = "expected '(' and a list of values after 'in'";
template <> inline constexpr auto error_message<between_and> = "expected 'and' between the two values of 'between'";
template <> inline constexpr auto error_message<compare_rest> =
    "expected an operator (=, !=, <, <=, >, >=, ~, in, between) after the field";
template <> inline constexpr auto error_message<expr> = "expected a condition";
template <> inline constexpr auto error_message<paren_close> = "expected ')' to close the '('";
template <> inline constexpr auto error_message<has_path> = "expected a field after 'has'";
template <> inline constexpr auto error_message<unary> = "expected a condition";
template <> inline constexpr auto error_message<and_expr> = "expected a condition after 'or'";
template <> inline constexpr auto error_message<kw_by> = "expected 'by' after 'order'";
template <> inline constexpr auto error_message<order_path> = "expected a field to order by";
template <> inline constexpr auto error_message<order_direction> = "expected 'asc', 'desc' or the next clause";
template <> inline constexpr auto error_message<limit_number> = "expected a number after 'limit'";
template <> inline constexpr auto error_message<select_list> = "expected a column name after 'select'";
template <> inline constexpr auto error_message<select_rest> = "expected a column name after ','";
template <> inline constexpr auto error_message<group_path> = "expected a field to count by";
template <> inline constexpr auto error_message<count_rest> = "expected an entity to count";
template <> inline constexpr auto error_message<query> =
    "expected a query: an entity such as events, claims, actors, places or documents";
template <> inline constexpr auto error_message<define_name> = "expected a name after 'define'";
template <> inline constexpr auto error_message<define_eq> = "expected '=' after the name being defined";
template <> inline constexpr auto error_message<any_statement> =
    "expected a query: an entity such as events, claims, actors, places or documents";
template <> inline constexpr auto error_message<end_of_statement> = "unexpected text after the query";
template <> inline constexpr auto error_message<ws> = "unexpected input";

// Messages are raised by `must<>` only; a rule failing inside a `sor<>` just backtracks.
struct errors {
  template <typename Rule>
  static constexpr const char* message = error_message<Rule>;
  template <typename Rule>
  static constexpr bool raise_on_failure = false;
};

template <typename Rule>
struct control : must_if<errors, depth_control>::control<Rule> {};

}  // namespace kb::dsl::grammar
