// PEGTL's grammar analysis: no rule can loop without consuming input.
#include <gtest/gtest.h>

#include <tao/pegtl/contrib/analyze.hpp>

#include "dsl/grammar.hpp"

TEST(Grammar, AnalyzeFindsNoProblems) {
  EXPECT_EQ(tao::pegtl::analyze<kb::dsl::grammar::statement>(1), 0u);
}
