// Splitting script and REPL text into statements: a statement ends at a newline or `;`
// outside quotes and brackets, unless the line ends with `and`, `or`, `where`, `,` or an
// open bracket/quote, in which case it continues on the next line. `#` starts a comment.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace kb::cli {

struct Statement {
  std::string text;   // the statement, comments removed, as written (may span lines)
  int line = 1;       // 1-based line of its first character in the source
  int column = 1;     // 1-based column of its first character
};

std::vector<Statement> split_statements(std::string_view source);

// True when `text` is an unfinished statement (REPL shows the continuation prompt).
bool needs_more(std::string_view text);

}  // namespace kb::cli
