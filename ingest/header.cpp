#include "ingest/header.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "core/text.hpp"
#include "ingest/clean.hpp"
#include "ingest/phrases.hpp"
#include "ingest/sentences.hpp"

namespace kb::ingest {

namespace {

// Bounds of the header area: pages put the date within the first lines, and a line
// this long is body text, whatever its shape.
constexpr std::size_t max_header_lines = 12;
constexpr std::size_t max_date_line_bytes = 100;
constexpr int max_words_beside_date = 3;      // "Cập nhật lúc", "Thứ Năm", "Posted"
constexpr int max_words_beside_month = 1;     // "Tháng 8/2025"
constexpr int max_words_in_other_part = 4;    // "· Updated 41 min ago", "| Cập nhật lúc 22:40"
constexpr int body_min_words = 12;            // a lead paragraph, not a title

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// "13/2/2025", "20.10.2025", "26-02-2025", "2025-10-31", "8/2025": the date a token is.
// Day and month are told apart by the numbers when one is over 12, else by the language.
std::optional<DateRange> numeric_date(std::string_view t, bool month_first) {
  std::vector<std::string_view> parts;
  char sep = 0;
  for (std::size_t i = 0, start = 0; i <= t.size(); ++i) {
    if (i < t.size() && t[i] >= '0' && t[i] <= '9') continue;
    if (i < t.size()) {
      if (t[i] != '/' && t[i] != '.' && t[i] != '-') return std::nullopt;
      if (sep && t[i] != sep) return std::nullopt;  // one separator throughout
      sep = t[i];
    }
    parts.push_back(t.substr(start, i - start));
    start = i + 1;
  }
  for (auto p : parts)
    if (!digits(p)) return std::nullopt;
  auto plausible = [](int y) { return y >= 1990 && y <= 2100; };
  if (parts.size() == 3 && parts[0].size() == 4 && sep == '-') {  // ISO
    int y = number(parts[0]), m = number(parts[1]), d = number(parts[2]);
    if (plausible(y) && valid_day(y, m, d)) return DateRange::of_day(y, m, d);
  } else if (parts.size() == 3 && parts[0].size() <= 2 && parts[1].size() <= 2 && parts[2].size() == 4) {
    int d = number(parts[0]), m = number(parts[1]), y = number(parts[2]);
    // 20.10.2025 is day first everywhere; 10/20/2025 can only be month first.
    if ((d <= 12 && m > 12) || (month_first && sep == '/' && d <= 12 && m <= 12)) std::swap(d, m);
    if (plausible(y) && valid_day(y, m, d)) return DateRange::of_day(y, m, d);
  } else if (parts.size() == 2 && sep == '/' && parts[0].size() <= 2 && parts[1].size() == 4) {
    int m = number(parts[0]), y = number(parts[1]);
    if (plausible(y) && m >= 1 && m <= 12) return DateRange::of_month(y, m);
  }
  return std::nullopt;
}

// "14:05", "6:12", "08:55:10".
bool clock_time(std::string_view t) {
  auto colon = t.find(':');
  return colon != std::string_view::npos && colon >= 1 && colon <= 2 && digits(t.substr(0, colon)) &&
         digits(t.substr(colon + 1, 2)) && (t.size() == colon + 3 || (t[colon + 3] == ':' && digits(t.substr(colon + 4))));
}

// "GMT", "GMT+7", "UTC+07:00", "ICT", "+07:00".
bool time_zone(std::string_view t) {
  for (std::string_view z : {"GMT", "UTC", "ICT"})
    if (t.starts_with(z)) {
      t.remove_prefix(z.size());
      break;
    }
  if (t.empty()) return true;
  if (t[0] != '+' && t[0] != '-') return false;
  t.remove_prefix(1);
  return digits(t) ? t.size() <= 4 : clock_time(t);
}

std::vector<std::string_view> words(std::string_view line) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < line.size();) {
    while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    auto start = i;
    while (i < line.size() && !std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

// A line that begins the body: a sentence ends in it (titles end with no full stop), or
// it is long and a sentence ends inside it.
// ("U.S. oil sanctions" holds an abbreviation's full stop, not a sentence's end.)
bool body_line(std::string_view line, const Lexicon* lx) {
  auto end = line.find_last_not_of(" \t");
  if (end != std::string_view::npos && line[end] == '.') return true;
  if (static_cast<int>(words(line).size()) < body_min_words || line.find(". ") == std::string_view::npos) return false;
  return split_sentences(line, nullptr, lx ? &lx->abbreviations : nullptr).size() > 1;
}

// A word's value in one class of the language's date words ("Oct." and "October" are
// month 10), -1 when it is none; `toks` are the word's tokens.
int date_word(const Lexicon& lx, DateKind k, const std::vector<Token>& toks) {
  if (toks.empty()) return -1;
  auto m = lx.dates(k).longest(toks, 0, toks.size());
  return m.words == toks.size() ? m.values->front() : -1;
}

// One part of a header line between separators: its date, and how many words it holds
// that are no part of a date stamp.
struct Part {
  std::optional<DateRange> date;
  int dates = 0, other = 0;
};

Part read_part(const std::vector<std::string_view>& ws, const Lexicon* lx) {
  Part p;
  int month = 0, day = 0, year = 0, days = 0;
  for (auto w : ws) {
    if (auto d = numeric_date(w, lx && lx->month_first)) {
      p.date = d;
      ++p.dates;
      continue;
    }
    if (clock_time(w) || time_zone(w)) continue;
    if (lx) {
      auto toks = phrase_tokens(w);
      // "Posted on October 26, 2025 by Miriam Castell": the byline is no part of the stamp.
      if (date_word(*lx, DateKind::byline, toks) >= 0 && (month || p.dates)) break;
      if (int m = date_word(*lx, DateKind::month_name, toks); m > 0 && !month) {
        month = m;
        continue;
      }
      if (date_word(*lx, DateKind::weekday, toks) >= 0 || date_word(*lx, DateKind::zone, toks) >= 0 ||
          date_word(*lx, DateKind::clock, toks) >= 0 || date_word(*lx, DateKind::stamp, toks) >= 0)
        continue;
      if (digits(w) && w.size() <= 2 && number(w) >= 1 && number(w) <= 31) {
        day = number(w), ++days;
        continue;
      }
      if (digits(w) && w.size() == 4 && number(w) >= 1990 && number(w) <= 2100 && !year) {
        year = number(w);
        continue;
      }
    }
    ++p.other;
  }
  // "October 23, 2025", "14 March 2025", "Oct 2025": a month name with its year.
  if (month && year && days <= 1) {
    ++p.dates;
    p.date = days && valid_day(year, month, day) ? DateRange::of_day(year, month, day) : DateRange::of_month(year, month);
  } else {
    p.other += (month ? 1 : 0) + days + (year ? 1 : 0);
  }
  return p;
}

// The separators standing alone between the words of a line (" | ", " · ", " – ").
int separators(std::string_view line) {
  int n = 0;
  for (auto w : words(line)) n += w == "–" || w == "—" || w == "·" || w == "|" || w == ">" || w == "»";
  return n;
}

}  // namespace

std::optional<DateRange> date_line(std::string_view line, const Lexicon* lx) {
  if (line.size() > max_date_line_bytes) return std::nullopt;
  std::vector<Part> parts;
  std::vector<std::string_view> ws;
  auto close = [&] {
    if (!ws.empty()) parts.push_back(read_part(ws, lx));
    ws.clear();
  };
  for (auto w : words(line)) {
    if (w == "–" || w == "—" || w == "-" || w == "·" || w == "|") {
      close();
      continue;
    }
    // Brackets and separators around the words: "13/2/2025," "(GMT+7)" "|Updated".
    bool opens = std::string_view("|·").find(w.front()) != std::string_view::npos;
    while (!w.empty() && std::string_view(",;|()[]·–-").find(w.front()) != std::string_view::npos) w.remove_prefix(1);
    bool closes = !w.empty() && std::string_view("|·").find(w.back()) != std::string_view::npos;
    while (!w.empty() && std::string_view(",;|()[]·–:").find(w.back()) != std::string_view::npos) w.remove_suffix(1);
    if (opens) close();
    if (!w.empty()) ws.push_back(w);
    if (closes) close();
  }
  close();
  const Part* dated = nullptr;
  int dates = 0;
  for (const auto& p : parts) {
    dates += p.dates;
    if (p.date) dated = &p;
  }
  // Two stamps in two parts ("Oct. 30, 2025, 6:05 a.m. ET | Updated Oct. 30, 2025, 9:41 a.m.
  // ET"): the first is the publication.
  if (dates > 1 && std::all_of(parts.begin(), parts.end(), [](const Part& p) { return p.dates <= 1; }))
    for (const auto& p : parts)
      if (p.date) {
        dated = &p, dates = 1;
        break;
      }
  if (dates != 1) return std::nullopt;  // none, or two in one part: a range or a sentence, not a stamp
  int allowed = dated->date->precision == Precision::day ? max_words_beside_date : max_words_beside_month;
  if (dated->other > allowed) return std::nullopt;
  for (const auto& p : parts)
    if (&p != dated && p.other > max_words_in_other_part) return std::nullopt;
  return dated->date;
}

Header read_header(std::string_view text, const Lexicon* lx) {
  Header h;
  std::string_view longest;
  std::size_t longest_words = 0, first_line = std::string_view::npos;
  std::size_t at = 0;
  for (std::size_t n = 0; n < max_header_lines && at < text.size(); ++n) {
    auto eol = text.find('\n', at);
    if (eol == std::string_view::npos) eol = text.size();
    auto line = text.substr(at, eol - at);
    auto begin = at;
    at = eol + 1;
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      --n;  // blank lines are no header lines
      continue;
    }
    // Web furniture above the page (a cookie banner, a share bar) is no header line, nor the body.
    if (lx && furniture_line(line, lx->boilerplate)) {
      --n;
      continue;
    }
    if (first_line == std::string_view::npos) first_line = begin;
    if (body_line(line, lx)) break;
    if (!h.published)
      if (auto d = date_line(line, lx)) {
        h.published = d;
        h.date_line_begin = begin;
        h.date_line_end = std::min(at, text.size());
        continue;
      }
    // A line of three parts or more between separators is a menu or a breadcrumb
    // ("Politics | Business | World"), not the headline.
    auto count = words(line).size();
    if (count > longest_words && separators(line) < 2) longest = line, longest_words = count;
  }
  if (!longest.empty()) {
    h.title = text::trim(std::string(longest));
  } else if (first_line != std::string_view::npos) {  // the body starts at once: its first line
    auto eol = text.find('\n', first_line);
    h.title = text::trim(std::string(text.substr(first_line, eol == std::string_view::npos ? eol : eol - first_line)));
  }
  return h;
}

}  // namespace kb::ingest
