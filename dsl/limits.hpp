// What one statement may ask for. Each bound is checked before the work it bounds, and a
// statement within all of them compiles to SQL that SQLite takes: no "Expression tree is
// too large", no "parser stack overflow", no "too many SQL variables" reaches a user.
// tests/robust/dsl_limits_test.cpp holds each one at its edge.
#pragma once
#include <cstddef>

namespace kb::dsl::limits {

// The statement's text. Long values belong in parameters.
inline constexpr std::size_t statement_bytes = 64 * 1024;

// Comparisons and `has` tests in one query, a define's included. Each is a term of a flat
// AND/OR chain, which SQLite parses as a tree as deep as the chain is long; 500 keeps
// that under its 1000 levels with the fields' own subqueries on top.
inline constexpr int conditions = 500;

// `and`, `or` and `not` inside one another (`not not x` is x, and parentheses around one
// condition add nothing). SQLite's parser stack has 100 entries: a level takes up to 3 of
// them and the deepest field (meetings' participant.role != "x") about 40, so 20 overflow.
inline constexpr int nesting = 16;

// Values in a query, each item of an `in` list counting one: each is a bound parameter
// (SQLite takes 32766, and a date takes two).
inline constexpr std::size_t values = 5000;

// A parameter's value, and all values together once parameters are substituted: a
// parameter used 20,000 times is 20,000 copies of it.
inline constexpr std::size_t param_bytes = 1 << 20;
inline constexpr std::size_t value_bytes = 4 << 20;

// Words of the `~` searches in a query: full-text search walks a list of places per word
// of a phrase, all at once (500 searches of 64 words took seconds and 200 MB on the sample).
inline constexpr std::size_t search_words = 256;

}  // namespace kb::dsl::limits
