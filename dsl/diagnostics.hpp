// Building diagnostics: a byte span of the statement becomes line, column and length in
// code points; "did you mean" picks the nearest word by edit distance.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "dsl/ast.hpp"
#include "dsl/dsl.hpp"

namespace kb::dsl {

Diagnostic diagnostic_at(std::string_view source, ast::Span span, std::string message, std::string hint = {});

// The candidate nearest to `word` (case-insensitive), or "" when none is close enough.
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

// "did you mean 'place'? fields of meetings: date, place, participant, status, type, ..."
std::string suggestion(std::string_view word, const std::vector<std::string>& candidates, std::string_view what);

}  // namespace kb::dsl
