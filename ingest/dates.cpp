#include "ingest/dates.hpp"

#include <algorithm>
#include <cstdlib>
#include <regex>

namespace kb::ingest {

namespace {

long days_from_civil(const Day& d) {
  int y = d.y - (d.m <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (d.m + (d.m > 2 ? -3 : 9)) + 2) / 5 + d.d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe;
}

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct Found {
  Span span;
  // Either resolved now, or relative to the previous date (resolved in text order).
  std::optional<DateRange> range;
  int prev_days = 0;
  bool relative_to_prev = false, approx = false, forward = false;
};

// Numbers in patterns: digits or a number word.
std::optional<int> number_at(const std::vector<Token>& toks, std::size_t i, const Lexicon& lx) {
  if (all_digits(toks[i].folded) && toks[i].folded.size() <= 4) return std::stoi(toks[i].folded);
  auto n = lx.numbers.longest(toks, i, i + 1);
  if (n.words) return (*n.values)[0];
  return std::nullopt;
}

// Match one date-word pattern at token i; fills the slots.
bool match_pattern(const std::vector<std::string>& pat, const std::vector<Token>& toks, std::size_t i,
                   const Lexicon& lx, int& n, int& m, int& y) {
  if (i + pat.size() > toks.size()) return false;
  for (std::size_t k = 0; k < pat.size(); ++k) {
    const auto& t = toks[i + k].lower;
    if (pat[k] == "n") {
      auto v = number_at(toks, i + k, lx);
      if (!v) return false;
      n = *v;
    } else if (pat[k] == "m") {
      if (!all_digits(t) || t.size() > 2) return false;
      m = std::stoi(t);
      if (m < 1 || m > 12) return false;
    } else if (pat[k] == "y") {
      if (!all_digits(t) || t.size() != 4) return false;
      y = std::stoi(t);
    } else if (pat[k] != t) {
      return false;
    }
  }
  return true;
}

}  // namespace

int nearest_year(int month, int day, const Day& ref) {
  int best = ref.y;
  long best_gap = -1;
  for (int y = ref.y - 1; y <= ref.y + 1; ++y) {
    int d = std::min(day, days_in_month(y, month));
    long gap = std::labs(days_from_civil({y, month, d}) - days_from_civil(ref));
    if (best_gap < 0 || gap < best_gap) best = y, best_gap = gap;
  }
  return best;
}

// Numeric dates: d/m/yyyy, d-m-yyyy, d/m, d-m. One line at a time: std::regex recurses per
// character and must never see a whole file.
static void numeric_dates(std::string_view text, std::optional<Day> ref, std::vector<Found>& found) {
  static const std::regex numeric(R"((^|[^\d/\-.])(\d{1,2})([/\-])(\d{1,2})(?:\3(\d{4}))?(?![\d/\-]))");
  for (std::size_t line = 0; line < text.size();) {
    auto eol = text.find('\n', line);
    if (eol == std::string_view::npos) eol = text.size();
    std::string s(text.substr(line, eol - line));
    std::size_t base = line;
    line = eol + 1;
    for (auto it = std::sregex_iterator(s.begin(), s.end(), numeric); it != std::sregex_iterator(); ++it) {
      const auto& m = *it;
      int d = std::stoi(m[2]), mo = std::stoi(m[4]);
      int y = m[5].matched ? std::stoi(m[5]) : 0;
      if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
      Found f;
      f.span = {base + static_cast<std::size_t>(m.position(2)), base + static_cast<std::size_t>(m.position(0) + m.length(0))};
      if (!y && ref) y = nearest_year(mo, d, *ref);
      if (y && valid_day(y, mo, d)) f.range = DateRange::of_day(y, mo, d);
      if (f.range) found.push_back(f);
    }
  }
}

std::vector<DateMention> find_dates(std::string_view text, const std::vector<Token>& toks, const Lexicon& lx,
                                    std::optional<Day> ref) {
  std::vector<Found> found;
  numeric_dates(text, ref, found);
  // Date words, longest pattern first.
  std::vector<std::pair<std::vector<std::string>, const DateWord*>> pats;
  for (const auto& w : lx.date_words) {
    std::vector<std::string> p;
    std::string phrase = w.phrase;
    for (auto slot : {"{n}", "{m}", "{y}"})
      for (auto at = phrase.find(slot); at != std::string::npos; at = phrase.find(slot))
        phrase.replace(at, 3, std::string(" ") + slot[1] + "slot ");
    for (auto& word : phrase_words(phrase, true)) p.push_back(word.size() == 5 && word.substr(1) == "slot" ? word.substr(0, 1) : word);
    pats.push_back({p, &w});
  }
  std::stable_sort(pats.begin(), pats.end(), [](auto& a, auto& b) { return a.first.size() > b.first.size(); });
  for (std::size_t i = 0; i < toks.size(); ++i) {
    for (const auto& [pat, w] : pats) {
      int n = 1, m = 0, y = 0;
      if (!match_pattern(pat, toks, i, lx, n, m, y)) continue;
      // One phrase: no punctuation between its words ("tháng 8, năm 2024" is two dates).
      auto inner = text.substr(toks[i].span.end, toks[i + pat.size() - 1].span.begin - toks[i].span.end);
      if (inner.find_first_of(",.;:()") != std::string_view::npos) continue;
      Found f;
      f.span = {toks[i].span.begin, toks[i + pat.size() - 1].span.end};
      if (w->kind == "pub" && ref) f.range = DateRange::of_day(add_days(*ref, w->value).y, add_days(*ref, w->value).m, add_days(*ref, w->value).d);
      else if (w->kind == "prev" || w->kind == "prev_forward") {
        f.relative_to_prev = true;
        f.prev_days = w->value * n;
        f.forward = w->kind == "prev_forward";
      }
      else if (w->kind == "month") {
        if (!y && ref) y = nearest_year(m, 15, *ref);
        if (y) f.range = DateRange::of_month(y, m);
      } else if (w->kind == "year" && y) f.range = DateRange::of_year(y);
      else if (w->kind == "this_year" && ref) f.range = DateRange::of_year(ref->y);
      else if (w->kind == "last_year" && ref) f.range = DateRange::of_year(ref->y - 1);
      // "chưa đầy 10 ngày sau khi": approximate.
      for (std::size_t back = 1; back <= 2 && back <= i; ++back)
        if (auto a = lx.approx.longest(toks, i - back, i); a.words == back) f.approx = true;
      if (f.range || f.relative_to_prev) found.push_back(f);
      i += pat.size() - 1;
      break;
    }
  }
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.span.begin < b.span.begin; });
  std::vector<DateMention> out;
  std::optional<Day> prev;
  for (auto& f : found) {
    if (!out.empty() && f.span.begin < out.back().span.end) continue;  // overlapping: keep the first
    if (f.relative_to_prev) {
      if (!prev) continue;
      Day d = add_days(*prev, f.prev_days);
      f.range = f.approx ? DateRange::of_month(d.y, d.m) : DateRange::of_day(d.y, d.m, d.d);
    }
    if (f.range->precision == Precision::day) prev = f.range->start;
    out.push_back({f.span, *f.range, f.forward});
  }
  return out;
}

}  // namespace kb::ingest
