#include "cli/statements.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>

#include "core/text.hpp"

namespace kb::cli {

// Does the (comment-free) text so far end with a word that cannot end a statement?
// Called at every newline of a statement: looks at its end only, copies nothing.
static bool ends_with_continuation(std::string_view s) {
  auto end = s.find_last_not_of(" \t\r\n\f\v");
  if (end == std::string_view::npos) return false;
  auto t = s.substr(0, end + 1);
  char last = t.back();
  if (last == ',' || last == '(' || last == '=' || last == '~' || last == '<' || last == '>') return true;
  std::size_t i = t.size();
  while (i > 0 && (std::isalnum(static_cast<unsigned char>(t[i - 1])) || t[i - 1] == '_')) --i;
  if (t.size() - i > 7) return false;  // longer than any of the words
  std::string word;
  for (char c : t.substr(i)) word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (i > 0 && !std::isspace(static_cast<unsigned char>(t[i - 1])) && t[i - 1] != ')') return false;
  static const char* const words[] = {"and", "or", "where", "not", "by", "between", "in", "select", "order", "limit", "has"};
  for (auto w : words)
    if (word == w) return true;
  return false;
}

void StatementSplitter::flush() {
  auto t = text::trim(current_);
  if (!t.empty()) ready_.push_back({t, start_line_, start_col_});
  current_.clear();
  start_line_ = 0;
}

void StatementSplitter::add(char c) {
  if (start_line_ == 0) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return;
    start_line_ = line_;
    start_col_ = col_;
  }
  current_ += c;
}

void StatementSplitter::feed(std::string_view src) {
  for (char c : src) {
    if (in_comment_ && c != '\n') continue;
    in_comment_ = false;
    if (escaped_) {
      escaped_ = false;
      add(c);
    } else if (quote_) {
      add(c);
      if (c == '\\') escaped_ = true;
      else if (c == quote_) quote_ = 0;
    } else if (c == '#') {
      in_comment_ = true;
    } else if (c == '"' || c == '\'') {
      quote_ = c;
      add(c);
    } else if (c == '(') {
      ++depth_;
      add(c);
    } else if (c == ')') {
      if (depth_ > 0) --depth_;
      add(c);
    } else if (c == ';' && depth_ == 0) {
      flush();
    } else if (c == '\n') {
      if (depth_ == 0 && !ends_with_continuation(current_)) flush();
      else add(c);
    } else {
      add(c);
    }
    if (c == '\n') {
      ++line_;
      col_ = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++col_;  // columns count code points, not bytes
    }
  }
}

void StatementSplitter::finish() { flush(); }

std::vector<Statement> StatementSplitter::take() { return std::exchange(ready_, {}); }

std::vector<Statement> split_statements(std::string_view src) {
  StatementSplitter s;
  s.feed(src);
  s.finish();
  return s.take();
}

bool needs_more(std::string_view text) {
  int depth = 0;
  char quote = 0;
  std::string code;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quote) {
      if (c == '\\') ++i;
      else if (c == quote) quote = 0;
    } else if (c == '#') {
      while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
      continue;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    }
    code += c;
  }
  return quote || depth > 0 || ends_with_continuation(code);
}

static std::string size_text(std::size_t bytes) {
  if (bytes % (1 << 20) == 0) return fmt::format("{} MiB", bytes >> 20);
  return fmt::format("{} KiB", bytes >> 10);
}

Error statement_too_long(std::string where) {
  return Error{fmt::format("a statement longer than {}, the limit for one statement", size_text(max_statement_bytes)),
               std::move(where), {}};
}

std::optional<Error> read_statements(int fd, const std::string& origin, std::size_t max_total,
                                     const std::function<bool(Statement&&)>& on_statement, std::string* raw) {
  StatementSplitter splitter;
  // Pieces no bigger than a statement: at most one limit's worth is buffered past it.
  std::string buf(16 * 1024, '\0');
  std::size_t total = 0;
  auto hand_on = [&] {
    for (auto& st : splitter.take())
      if (!on_statement(std::move(st))) return false;
    return true;
  };
  for (;;) {
    auto n = ::read(fd, buf.data(), buf.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Error{fmt::format("cannot read: {}", std::strerror(errno)), origin, {}};
    if (n == 0) break;
    total += static_cast<std::size_t>(n);
    if (max_total && total > max_total)
      return Error{fmt::format("more than {} of statements, the limit for a script", size_text(max_total)), origin, {}};
    std::string_view piece(buf.data(), static_cast<std::size_t>(n));
    if (raw) raw->append(piece);
    splitter.feed(piece);
    if (!hand_on()) return std::nullopt;
    if (splitter.pending_bytes() > max_statement_bytes)
      return statement_too_long(fmt::format("{}:{}", origin, splitter.pending_line()));
  }
  splitter.finish();
  hand_on();
  return std::nullopt;
}

Result<std::vector<Statement>> read_script(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Error{fmt::format("cannot open the script: {}", std::strerror(errno)), path, {}};
  struct Close {
    int fd;
    ~Close() { ::close(fd); }
  } close{fd};
  struct stat st {};
  // A regular file's size is known: refuse a big one before reading any of it.
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > max_script_bytes)
    return Error{fmt::format("the script is {} bytes long; the limit for a script is {}", st.st_size,
                             size_text(max_script_bytes)), path, {}};
  std::vector<Statement> statements;
  std::string text;
  auto error = read_statements(fd, path, max_script_bytes, [&](Statement&& s) {
    statements.push_back(std::move(s));
    return true;
  }, &text);
  if (error) return *error;
  if (auto bad = text::invalid_utf8_at(text)) return Error{fmt::format("invalid UTF-8 at byte {}", *bad), path, {}};
  return statements;
}

}  // namespace kb::cli
