#include "cli/statements.hpp"

#include <cctype>

#include "core/text.hpp"

namespace kb::cli {

// Does the (comment-free) text so far end with a word that cannot end a statement?
static bool ends_with_continuation(std::string_view s) {
  auto t = text::trim(s);
  if (t.empty()) return false;
  char last = t.back();
  if (last == ',' || last == '(' || last == '=' || last == '~' || last == '<' || last == '>') return true;
  std::size_t i = t.size();
  while (i > 0 && (std::isalnum(static_cast<unsigned char>(t[i - 1])) || t[i - 1] == '_')) --i;
  std::string word;
  for (char c : t.substr(i)) word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (i > 0 && !std::isspace(static_cast<unsigned char>(t[i - 1])) && t[i - 1] != ')') return false;
  static const char* const words[] = {"and", "or", "where", "not", "by", "between", "in", "select", "order", "limit", "has"};
  for (auto w : words)
    if (word == w) return true;
  return false;
}

namespace {
struct Scanner {
  std::string_view src;
  std::vector<Statement> out;
  std::string current;
  int line = 1, col = 1, start_line = 0, start_col = 0;
  int depth = 0;
  char quote = 0;

  void flush() {
    auto t = text::trim(current);
    if (!t.empty()) out.push_back({t, start_line, start_col});
    current.clear();
    start_line = 0;
  }
  void add(char c) {
    if (start_line == 0) {
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return;
      start_line = line;
      start_col = col;
    }
    current += c;
  }
};
}  // namespace

std::vector<Statement> split_statements(std::string_view src) {
  Scanner s{src, {}, {}};
  for (std::size_t i = 0; i < src.size(); ++i) {
    char c = src[i];
    if (s.quote) {
      s.add(c);
      if (c == '\\' && i + 1 < src.size()) {
        s.add(src[++i]);
        ++s.col;
      } else if (c == s.quote) {
        s.quote = 0;
      }
    } else if (c == '#') {
      while (i + 1 < src.size() && src[i + 1] != '\n') ++i;
    } else if (c == '"' || c == '\'') {
      s.quote = c;
      s.add(c);
    } else if (c == '(') {
      ++s.depth;
      s.add(c);
    } else if (c == ')') {
      if (s.depth > 0) --s.depth;
      s.add(c);
    } else if (c == ';' && s.depth == 0) {
      s.flush();
    } else if (c == '\n') {
      if (s.depth == 0 && !ends_with_continuation(s.current)) s.flush();
      else s.add(c);
    } else {
      s.add(c);
    }
    if (c == '\n') {
      ++s.line;
      s.col = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++s.col;  // columns count code points, not bytes
    }
  }
  s.flush();
  return std::move(s.out);
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

}  // namespace kb::cli
