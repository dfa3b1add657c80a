#include "ingest/phrases.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace kb::ingest {

std::vector<Token> tokenize(std::string_view text, std::size_t base) {
  auto f = text::fold_with_offsets(text);
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < f.text.size()) {
    if (f.text[i] == ' ') { ++i; continue; }
    std::size_t j = i;
    while (j < f.text.size() && f.text[j] != ' ') ++j;
    Token t;
    t.folded = f.text.substr(i, j - i);
    std::size_t b = f.source[i], last = f.source[j - 1];
    std::size_t e = last;
    text::next_code_point(text, e);
    t.span = {base + b, base + e};
    t.upper = text::starts_upper(text.substr(b));
    t.lower = text::lower(text.substr(b, e - b));
    out.push_back(std::move(t));
    i = j;
  }
  return out;
}

std::vector<Token> phrase_tokens(std::string_view phrase) { return tokenize(text::nfc(phrase)); }

std::vector<std::string> phrase_words(std::string_view phrase, bool keep_marks) {
  std::vector<std::string> out;
  for (auto& t : phrase_tokens(phrase)) out.push_back(std::move(keep_marks ? t.lower : t.folded));
  return out;
}

std::size_t token_at(const std::vector<Token>& tokens, std::size_t at) {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), at,
                             [](const Token& t, std::size_t a) { return t.span.begin < a; });
  return static_cast<std::size_t>(it - tokens.begin());
}

}  // namespace kb::ingest
