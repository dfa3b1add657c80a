#include "ingest/sentences.hpp"

#include "core/text.hpp"

namespace kb::ingest {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

// "V." or "TP." : a short all-capital word before a full stop is an abbreviation.
bool abbreviation_before(std::string_view para, std::size_t dot) {
  std::size_t b = dot;
  while (b > 0 && !is_space(para[b - 1])) --b;
  auto word = para.substr(b, dot - b);
  if (word.empty() || word.size() > 3) return false;
  for (char c : word)
    if (!(c >= 'A' && c <= 'Z') && c != '.') return false;
  return true;
}

// What may start a new sentence: a capital letter, a digit, or an opening quote.
bool starts_sentence(std::string_view rest) {
  if (rest.empty()) return false;
  if (rest[0] == '"' || (rest[0] >= '0' && rest[0] <= '9')) return true;
  if (rest.substr(0, 3) == "“" || rest.substr(0, 3) == "‘") return true;
  return text::starts_upper(rest);
}

// Split one paragraph [b, e) of text.
void split_paragraph(std::string_view text, std::size_t b, std::size_t e, std::vector<Sentence>& out) {
  std::string_view para = text.substr(b, e - b);
  Sentence cur;
  cur.span.begin = b;
  int depth = 0;                 // inside “…” (curly quotes nest by depth)
  bool straight = false;         // inside "..."
  std::size_t quote_start = b;
  auto close_sentence = [&](std::size_t end) {
    cur.span.end = end;
    if (depth > 0 || straight) cur.quotes.push_back({quote_start, end});
    if (!text::trim(text.substr(cur.span.begin, end - cur.span.begin)).empty()) out.push_back(cur);
    cur = Sentence{};
  };
  std::size_t i = 0;
  while (i < para.size()) {
    std::size_t at = b + i;
    if (para.substr(i, 3) == "“") {
      if (depth++ == 0 && !straight) quote_start = at + 3;
      i += 3;
      continue;
    }
    if (para.substr(i, 3) == "”") {
      if (depth > 0 && --depth == 0 && !straight) cur.quotes.push_back({quote_start, at});
      else if (depth == 0 && !straight && cur.quotes.empty()) cur.quotes.push_back({cur.span.begin, at});  // quote begun in an earlier paragraph
      i += 3;
      continue;
    }
    if (para[i] == '"' && depth == 0) {
      if (!straight) quote_start = at + 1;
      else cur.quotes.push_back({quote_start, at});
      straight = !straight;
      ++i;
      continue;
    }
    bool end_mark = para[i] == '.' || para[i] == '!' || para[i] == '?';
    if (end_mark && depth == 0 && !straight && !(para[i] == '.' && abbreviation_before(para, i))) {
      std::size_t j = i + 1;
      while (j < para.size() && (para[j] == '.' || para[j] == '!' || para[j] == '?')) ++j;
      std::size_t k = j;
      while (k < para.size() && is_space(para[k])) ++k;
      if (k > j && starts_sentence(para.substr(k))) {
        close_sentence(b + j);
        cur.span.begin = b + k;
        i = k;
        continue;
      }
    }
    ++i;
  }
  close_sentence(e);
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> out;
  std::size_t at = 0;
  while (at < text.size()) {
    auto nl = text.find('\n', at);
    if (nl == std::string_view::npos) nl = text.size();
    if (nl > at) split_paragraph(text, at, nl, out);
    at = nl + 1;
  }
  return out;
}

}  // namespace kb::ingest
