// Stage 1: statement text -> syntax tree (grammar.hpp + actions in parse.cpp).
#pragma once
#include <string_view>
#include <variant>

#include "dsl/ast.hpp"
#include "dsl/dsl.hpp"

namespace kb::dsl {

std::variant<ast::Statement, Diagnostic> parse(std::string_view statement);

}  // namespace kb::dsl
