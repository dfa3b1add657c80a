#include "ingest/sentences.hpp"

#include <fmt/format.h>

#include "core/text.hpp"

namespace kb::ingest {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_end_mark(char c) { return c == '.' || c == '!' || c == '?'; }

using Abbreviations = std::unordered_set<std::string>;

// "V." or "TP." : a short all-capital word before a full stop is an abbreviation, and so is
// a word the language lists ("Mr.", "Gen."). Looks back at most six bytes: a run of dots
// must not be walked once per dot.
bool abbreviation_before(std::string_view para, std::size_t dot, const Abbreviations* listed) {
  constexpr std::size_t longest = 5;
  std::size_t b = dot;
  while (b > 0 && !is_space(para[b - 1]) && para[b - 1] != '(' && dot - b <= longest) --b;
  auto word = para.substr(b, dot - b);
  if (word.empty() || word.size() > longest) return false;
  if (listed && listed->contains(text::lower(word))) return true;
  if (word.size() > 3) return false;
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

struct Cuts {
  std::size_t count = 0, first = 0;
};

// Split one paragraph [b, e) of text.
void split_paragraph(std::string_view text, std::size_t b, std::size_t e, std::vector<Sentence>& out, Cuts& cuts,
                     const Abbreviations* listed) {
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
    std::size_t length = at - cur.span.begin;
    bool boundary = (static_cast<unsigned char>(para[i]) & 0xC0) != 0x80;
    if (length >= max_sentence_bytes + max_sentence_overrun ? boundary : length >= max_sentence_bytes && is_space(para[i])) {
      if (!cuts.count++) cuts.first = at;
      close_sentence(at);
      depth = 0, straight = false;  // an unclosed quotation ends with its sentence
      while (i < para.size() && is_space(para[i])) ++i;
      cur.span.begin = b + i;
      continue;
    }
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
    if (is_end_mark(para[i]) && depth == 0 && !straight) {
      // A run of marks ("?!", "...") is read once: it ends the sentence when one of its
      // marks is no abbreviation's full stop. It stops at the hard bound, where a cut comes.
      std::size_t hard = cur.span.begin - b + max_sentence_bytes + max_sentence_overrun;
      std::size_t j = i + 1;
      while (j < para.size() && j < hard && is_end_mark(para[j])) ++j;
      bool ends = false;
      for (std::size_t m = i; m < j && !ends; ++m) ends = para[m] != '.' || !abbreviation_before(para, m, listed);
      std::size_t k = j;
      while (k < para.size() && is_space(para[k])) ++k;
      if (ends && k > j && starts_sentence(para.substr(k))) {
        close_sentence(b + j);
        cur.span.begin = b + k;
        i = k;
        continue;
      }
      i = j;
      continue;
    }
    ++i;
  }
  close_sentence(e);
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, std::vector<std::string>* notes, const Abbreviations* listed) {
  std::vector<Sentence> out;
  Cuts cuts;
  std::size_t at = 0;
  while (at < text.size()) {
    auto nl = text.find('\n', at);
    if (nl == std::string_view::npos) nl = text.size();
    if (nl > at) split_paragraph(text, at, nl, out, cuts, listed);
    at = nl + 1;
  }
  if (notes && cuts.count)
    notes->push_back(fmt::format("{} sentence{} longer than {} bytes cut there (the first at byte {} of the clean text)",
                                 cuts.count, cuts.count == 1 ? "" : "s", max_sentence_bytes, cuts.first));
  return out;
}

}  // namespace kb::ingest
