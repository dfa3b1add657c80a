// Splitting script and REPL text into statements: a statement ends at a newline or `;`
// outside quotes and brackets, unless the line ends with `and`, `or`, `where`, `,` or an
// open bracket/quote, in which case it continues on the next line. `#` starts a comment.
// Input is read in bounded pieces: a statement may not outgrow the DSL's limit, a script
// file (read whole, so that its $parameters are checked before anything runs) has a total.
#pragma once
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "dsl/limits.hpp"

namespace kb::cli {

// The DSL refuses longer statements (dsl::Session::compile); reading stops there too,
// so that a file or stream without an end of statement (/dev/zero) is not buffered.
inline constexpr std::size_t max_statement_bytes = dsl::limits::statement_bytes;
// A script is read whole; 4 MiB is 64 statements at the statement limit, or some
// 100,000 ordinary ones.
inline constexpr std::size_t max_script_bytes = std::size_t{4} << 20;

struct Statement {
  std::string text;   // the statement, comments removed, as written (may span lines)
  int line = 1;       // 1-based line of its first character in the source
  int column = 1;     // 1-based column of its first character
};

// Splits text fed in pieces of any size exactly as split_statements splits the whole.
class StatementSplitter {
 public:
  void feed(std::string_view piece);  // complete statements become ready
  void finish();                      // the end of the input: the last statement is complete
  std::vector<Statement> take();      // the statements complete so far, in order
  std::size_t pending_bytes() const { return current_.size(); }  // of the unfinished one
  int pending_line() const { return start_line_ ? start_line_ : line_; }

 private:
  void add(char c);
  void flush();
  std::vector<Statement> ready_;
  std::string current_;
  int line_ = 1, col_ = 1, start_line_ = 0, start_col_ = 0;
  int depth_ = 0;
  char quote_ = 0;
  bool escaped_ = false;     // a backslash in quotes ended the last piece
  bool in_comment_ = false;  // a comment runs to the end of the line
};

std::vector<Statement> split_statements(std::string_view source);

// True when `text` is an unfinished statement (REPL shows the continuation prompt).
bool needs_more(std::string_view text);

// Reads file descriptor `fd` to its end in pieces and hands each statement to
// `on_statement` as soon as it is complete (a false return stops reading). Stops with an
// error naming `origin` and the line when a statement outgrows max_statement_bytes, or
// after `max_total` bytes (0: no bound, for a stream such as piped stdin). With `raw`,
// the bytes read are appended there too.
std::optional<Error> read_statements(int fd, const std::string& origin, std::size_t max_total,
                                     const std::function<bool(Statement&&)>& on_statement,
                                     std::string* raw = nullptr);

// "a statement longer than 64 KiB, the limit for one statement" at `where`.
Error statement_too_long(std::string where);

// A script file, read within max_script_bytes and checked to be UTF-8.
Result<std::vector<Statement>> read_script(const std::string& path);

}  // namespace kb::cli
