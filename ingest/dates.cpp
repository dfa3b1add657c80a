#include "ingest/dates.hpp"

#include <algorithm>
#include <climits>
#include <cstdlib>

#include "core/text.hpp"

namespace kb::ingest {

namespace {

using K = DateKind;

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int digits_value(std::string_view s) {
  if (s.size() > 9) return -1;  // no date's number; and no overflow
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

Day month_start(Day d, int months) {
  int m = d.y * 12 + (d.m - 1) + months;
  return {m / 12, m % 12 + 1, 1};
}

// `n` units from `d`: days, weeks, or calendar months and years (the day clamped).
Day shift(Day d, int n, int unit_days) {
  if (unit_days == 30 || unit_days == 365) {
    Day m = month_start(d, unit_days == 30 ? n : 12 * n);
    m.d = std::min(d.d, days_in_month(m.y, m.m));
    return m;
  }
  return add_days(d, n * unit_days);
}

// A date `units` away is known to the unit's precision (a day, else its month or year);
// an approximate one ("chưa đầy 10 ngày") to the month.
DateRange at_precision(Day d, int unit_days, bool approx) {
  if (unit_days == 365) return DateRange::of_year(d.y);
  if (unit_days >= 7 || approx) return DateRange::of_month(d.y, d.m);
  return DateRange::of_day(d.y, d.m, d.d);
}

// The day of the week `wd` nearest `ref` in the direction asked: on or before (-1),
// strictly before (-2), on or after (1), strictly after (2).
Day weekday_near(Day ref, int wd, int dir) {
  int diff = wd - weekday(ref);
  if (dir < 0) {
    int back = ((-diff) % 7 + 7) % 7;
    if (back == 0 && dir == -2) back = 7;
    return add_days(ref, -back);
  }
  int ahead = (diff % 7 + 7) % 7;
  if (ahead == 0 && dir == 2) ahead = 7;
  return add_days(ref, ahead);
}

Day monday_of(Day d) { return add_days(d, -weekday(d)); }

// What one mention says, before it is resolved against the reference and the last date.
struct Found {
  Span span;
  std::size_t first = 0, end = 0;  // tokens
  K kind = K::day;                 // a pattern kind, or K::weekday / K::period (a part of a week)
  int y = 0, m = 0, d = 0;         // as written; 0 when not given
  int last_d = 0;                  // the last day of a range ("từ 28 đến 29/7"), in the same month
  int last_m = 0;                  // …or in the next one ("từ ngày 31/8 đến 1/9")
  int value = 0, n = 1, unit = 1;  // the kind's value; "{n} {u}"
  int year_shift = INT_MIN;        // "tháng 4 năm sau": the year relative to the reference
  bool year_of_last = false;       // "tháng 9 năm đó": in the year the text stated last
  int weekday = -1;                // the day of the week (K::weekday) or of a week's part (K::period)
  int week = INT_MIN;              // "thứ Năm tuần trước": weeks from the reference's week
  int weekday_shift = INT_MIN;     // "thứ Hai tới", "last October": next (1), last (-1), this week's or year's (0)
  bool approx = false, fronted = false;
  bool future = false;             // after a plan word
  bool background = false;         // in a clause of an earlier or later act ("… sau khi A gặp B hôm 2/7")
  bool limit = false;              // after a deadline word
  bool explicit_date() const { return kind == K::day || kind == K::month || kind == K::year; }
};

// The left-to-right reading of one text: at each token the longest date expression that
// starts there. Every step looks at a bounded number of tokens around the current one.
class Reader {
 public:
  Reader(std::string_view text, const std::vector<Token>& toks, const Lexicon& lx) : text_(text), toks_(toks), lx_(lx) {}

  std::vector<Found> run() {
    std::vector<Found> out;
    for (std::size_t i = 0; i < toks_.size();) {
      auto f = at(i);
      if (!f) {
        i = std::max(i + 1, number_end(i));  // past a number that is no date ("1.000", "2-3 ngày")
        continue;
      }
      if (f->kind == K::none) {  // "trong khi đó" (meanwhile) holds no "khi đó" (then)
        i = f->end;
        continue;
      }
      f->future = f->future || future_before(f->first) || future_after(f->end);
      f->background = in_background(f->first);
      f->limit = after_limit(f->first);
      absorb_zone(*f);
      last_end_ = f->end;
      i = f->end;
      out.push_back(*f);
    }
    return out;
  }

 private:
  std::string_view text_;
  const std::vector<Token>& toks_;
  const Lexicon& lx_;
  std::size_t last_end_ = SIZE_MAX;  // token after the last date found

  std::size_t size() const { return toks_.size(); }
  const PhraseTable<int>& words(K k) const { return lx_.dates(k); }
  // The text between token k-1 and token k (none at the ends).
  std::string_view gap(std::size_t k) const {
    if (k == 0 || k >= size()) return {};
    return text_.substr(toks_[k - 1].span.end, toks_[k].span.begin - toks_[k - 1].span.end);
  }
  // Tokens k-1 and k belong to one phrase: only spaces between them.
  bool joined(std::size_t k) const {
    if (k == 0 || k >= size()) return false;
    for (unsigned char c : gap(k))
      if (c != ' ' && c != '\t' && c != 0xC2 && c != 0xA0) return false;
    return true;
  }
  bool digits(std::size_t k) const { return k < size() && all_digits(toks_[k].folded); }
  // Tokens k-1 and k are parts of one written number ("15/8", "1.000", "3,5", "14:05").
  bool glued(std::size_t k, std::string_view seps) const {
    if (k == 0 || k >= size() || !digits(k - 1) || !digits(k)) return false;
    auto g = gap(k);
    return (g.size() == 1 && seps.find(g[0]) != std::string_view::npos) || g == "\xE2\x80\x93";  // en dash
  }
  std::size_t match(K k, std::size_t i) const { return i < size() ? words(k).longest(toks_, i, size()).words : 0; }
  int value(K k, std::size_t i) const { return (*words(k).longest(toks_, i, size()).values)[0]; }
  // A word class matched at i, joined to what precedes it.
  std::size_t joined_match(K k, std::size_t i) const { return joined(i) ? match(k, i) : 0; }

  // The token after the number written from token i on ("15/8/2025": three tokens).
  std::size_t number_end(std::size_t i) const {
    if (!digits(i) || glued(i, "/-.,:")) return i + 1;
    std::size_t end = i + 1;
    while (end - i < 5 && glued(end, "/-.")) ++end;
    return end;
  }

  // Where a day-naming word stands right before token i: "ngày 26.10", "sáng 26.10",
  // "hôm qua 26.10", "thứ Bảy 3.5".
  bool after_day_word(std::size_t i) const {
    if (i == 0) return false;
    if (last_end_ == i) return true;
    if (!joined(i)) return false;
    for (K k : {K::lead, K::part})
      for (std::size_t back = 1; back <= 2 && back <= i; ++back)
        if (words(k).longest(toks_, i - back, i).words == back) return true;
    return false;
  }

  std::optional<Found> at(std::size_t i) {
    if (!digits(i) && !lx_.date_starts.contains(toks_[i].lower)) return std::nullopt;  // most words
    auto f = shifted_weekday(i);
    if (!f) f = part_of_day(i);
    if (!f) f = period(i);
    if (!f) f = core(i, false);
    // "vài tuần tới", "mỗi sáng": a span or a habit; "các ngày 24 và 25/6" are dates.
    if (f && !f->explicit_date() && i > 0 && joined(i) && words(K::quantifier).longest(toks_, i - 1, i).words)
      return std::nullopt;
    return f;
  }

  // A date expression without a part of the day or a period before it. `after_day`: a
  // part of the day precedes it (so "26.10" and "thứ hai" are dates).
  std::optional<Found> core(std::size_t i, bool after_day) {
    if (i >= size()) return std::nullopt;
    if (auto f = numeric(i, after_day || after_day_word(i))) return f;
    if (auto f = range(i)) return f;
    if (auto f = weekday(i, after_day)) return f;
    if (auto f = pattern(i)) {
      // "tháng 11 tới", "tháng 3 vừa qua": a year-less month takes a shift word after it as
      // a weekday does (not "từ tháng 3 tới tháng 5", where "tới" opens another date).
      if (f->kind == K::month && !f->y)
        if (auto s = joined_match(K::weekday_shift, f->end);
            s && !(f->end + s < size() && joined(f->end + s) && (digits(f->end + s) || lx_.date_starts.contains(toks_[f->end + s].lower)))) {
          f->weekday_shift = value(K::weekday_shift, f->end);
          set_span(*f, i, f->end + s);
        }
      return apposition(*f);
    }
    return std::nullopt;
  }

  // "chiều 2-6", "sáng thứ Hai", "tối cùng ngày", "chiều qua".
  std::optional<Found> part_of_day(std::size_t i) {
    auto w = match(K::part, i);
    if (!w) return std::nullopt;
    std::size_t j = i + w;
    if (auto pd = joined_match(K::part_day, j)) {
      Found f;
      f.kind = K::ref_day;
      f.value = value(K::part_day, j);
      set_span(f, i, j + pd);
      return apposition(f);
    }
    if (!joined(j)) return std::nullopt;
    auto f = core(j, true);
    if (f) set_span(*f, i, f->end);
    return f;
  }

  // đầu / giữa / cuối + tháng 10, năm 2025, năm nay, tháng này, tuần trước, tuần, tháng, năm.
  std::optional<Found> period(std::size_t i) {
    auto w = match(K::period, i);
    if (!w || !joined(i + w)) return std::nullopt;
    std::size_t j = i + w;
    int part = value(K::period, i);
    if (auto f = pattern(j)) {
      if (f->kind == K::ref_week) {
        f->kind = K::period;
        f->week = f->value;
        f->weekday = part_weekday(part);
      } else if (!(f->kind == K::month || f->kind == K::year || f->kind == K::ref_month || f->kind == K::ref_year)) {
        return std::nullopt;
      }
      set_span(*f, i, f->end);
      return f;
    }
    // A bare unit: the reference's week, month or year ("cuối tuần", "đầu năm").
    auto u = match(K::unit, j);
    if (!u) return std::nullopt;
    Found f;
    int unit = value(K::unit, j);
    if (unit == 7) {
      f.kind = K::period;
      f.weekday = part_weekday(part);
    } else if (unit == 30 || unit == 365) {
      f.kind = unit == 30 ? K::ref_month : K::ref_year;
    } else {
      return std::nullopt;
    }
    set_span(f, i, j + u);
    return f;
  }
  static int part_weekday(int part) { return part == 0 ? 0 : part == 1 ? 2 : 5; }  // Monday, Wednesday, Saturday

  // Numbers written with separators: 15/8, 15-8, 15.8 (after a day word), 15/8/2025,
  // 15.8.2025, 2025-08-15, 2025-08, 24-25/6 (its first day).
  std::optional<Found> numeric(std::size_t i, bool after_day) {
    std::size_t end = number_end(i), count = end - i;
    if (count < 2) return std::nullopt;
    int v[5], len[5];
    std::string seps;
    for (auto k = i; k < end; ++k) {
      v[k - i] = digits_value(toks_[k].folded);
      len[k - i] = static_cast<int>(toks_[k].folded.size());
      if (k > i) seps += gap(k).size() == 1 ? gap(k)[0] : '-';  // the en dash reads as '-'
    }
    // A number that goes on: "5.8%", "3,5", "14:05".
    auto after = toks_[end - 1].span.end;
    if (after < text_.size() && text_[after] == '%') return std::nullopt;
    if (end < size() && glued(end, ",:")) return std::nullopt;
    // "(26.10)": in parentheses, a day.month is a date too.
    if (gap(i).ends_with('(') && after < text_.size() && text_[after] == ')') after_day = true;
    Found f;
    auto day = [&](int y, int m, int d) {
      if (m < 1 || m > 12 || d < 1 || d > 31 || (y && !valid_day(y, m, d))) return false;
      f.kind = K::day, f.y = y, f.m = m, f.d = d;
      return true;
    };
    bool ok = false;
    bool dash_range = !seps.empty() && seps[0] == '-';
    bool mf = lx_.month_first;
    if (count == 3 && len[0] == 4 && len[1] == 2 && len[2] == 2 && seps == "--") {
      ok = day(v[0], v[1], v[2]);
    } else if (count == 3 && len[0] <= 2 && len[1] <= 2 && len[2] == 4 && seps[0] == seps[1]) {
      ok = day(v[2], v[mf ? 0 : 1], v[mf ? 1 : 0]);
    } else if (count == 3 && len[2] <= 2 && dash_range && seps[1] != '-' && v[0] < v[1]) {
      ok = day(0, v[2], v[0]) && (after_day || seps[1] != '.');  // 24-25/6
    } else if (count == 4 && len[3] == 4 && dash_range && seps[1] == seps[2] && v[0] < v[1]) {
      ok = day(v[3], v[2], v[0]);  // 24-25/6/2025
    } else if (count == 2 && len[0] == 4 && len[1] == 2 && seps == "-" && v[1] >= 1 && v[1] <= 12) {
      f.kind = K::month, f.y = v[0], f.m = v[1];  // 2025-08
      ok = true;
    } else if (count == 2 && len[0] <= 2 && len[1] <= 2) {
      // "2-3 ngày" is a quantity ("5/1 năm ngoái" is not); "15.8" a decimal unless a day
      // word comes before it.
      bool quantity = joined_match(K::unit, end) && !(seps == "/" && year_after(end));
      ok = !quantity && (seps != "." || after_day) && day(0, v[mf ? 0 : 1], v[mf ? 1 : 0]);
    }
    if (!ok) return std::nullopt;
    set_span(f, i, end);
    year_word(f);
    return f;
  }

  // "1/5 năm ngoái", "tháng 4 năm sau", "ngày 24 tháng 11 năm nay": that year of the reference.
  void year_word(Found& f) {
    if ((f.kind != K::day && f.kind != K::month) || f.y || !joined(f.end)) return;
    if (auto p = year_after(f.end)) {
      f.year_shift = p->value;
      set_span(f, f.first, p->end);
    } else if (auto t = pattern(f.end); t && t->kind == K::then) {
      for (auto k = f.end; k < t->end; ++k)
        if (match(K::unit, k) && value(K::unit, k) == 365) {  // "năm đó", "that year"
          f.year_of_last = true;
          set_span(f, f.first, t->end);
          break;
        }
    }
  }
  std::optional<Found> year_after(std::size_t k) {
    auto p = pattern(k);
    return p && p->kind == K::ref_year ? p : std::nullopt;
  }

  // The token after the word that closes a range and its day word ("đến ngày"), or 0.
  std::size_t past_range_to(std::size_t k) const {
    auto to = joined_match(K::range_to, k);
    if (!to) return 0;
    k += to;
    if (joined(k) && match(K::lead, k)) k += match(K::lead, k);
    return joined(k) ? k : 0;
  }

  // "từ ngày 31/8 đến 1/9", "từ 10/6 đến 12/6": a range with both days written in full, the
  // last in the same month or the next (but "hôm 7/6 và 8/6" are two days).
  std::optional<Found> month_range(std::size_t i, std::size_t j) {
    auto first = numeric(j, true);
    if (!first || first->kind != K::day || first->y) return std::nullopt;
    std::size_t k = past_range_to(first->end);
    if (!k) return std::nullopt;
    auto last = numeric(k, true);
    bool next_month = last && last->m == first->m % 12 + 1, same_month = last && last->m == first->m && last->d > first->d;
    if (!last || last->kind != K::day || !(next_month || same_month)) return std::nullopt;
    last->last_d = last->d, last->last_m = last->m;
    last->d = first->d, last->m = first->m;
    if (last->y && first->m == 12) --last->y;  // "từ 30/12 đến 2/1/2026": the first day is in 2025
    set_span(*last, i, last->end);
    return last;
  }

  // "từ (ngày) 24 đến (ngày) 25/6", "từ 25 đến 28.10", "ngày 24 và 25/6": the first day, in
  // the month of the last.
  std::optional<Found> range(std::size_t i) {
    std::size_t j = i + match(K::range_from, i);
    if (j == i) j += match(K::lead, i);  // "ngày 24 và 25/6"
    else if (joined(j) && match(K::lead, j)) j += match(K::lead, j);
    if (j == i) return std::nullopt;
    if (joined(j) && digits(j) && glued(j + 1, "/-.")) return match(K::range_from, i) ? month_range(i, j) : std::nullopt;
    if (!joined(j) || !digits(j) || glued(j + 1, "/-.")) return std::nullopt;
    int first = digits_value(toks_[j].folded);
    std::size_t k = past_range_to(j + 1);
    if (!k) return std::nullopt;
    auto last = numeric(k, true);
    if (!last) last = pattern(k);
    if (!last || last->kind != K::day || first < 1 || first >= last->d) return std::nullopt;
    last->last_d = last->d;
    last->d = first;
    set_span(*last, i, last->end);
    return last;
  }

  // thứ Hai … Chủ nhật, with what follows: tuần trước / tuần này / tuần tới, tới / vừa qua
  // / này, or the date itself (thứ Bảy (3/5), Thứ Năm, 13/2/2025: the date wins).
  std::optional<Found> weekday(std::size_t i, bool after_day) {
    auto w = match(K::weekday, i);
    if (!w) return std::nullopt;
    const auto& last = toks_[i + w - 1];
    bool number = all_digits(last.folded) || lx_.dates(K::number).longest(toks_, i + w - 1, i + w).words;
    // "thứ ba" is also "the third": a weekday when written with a capital, after a day word
    // or a preposition, or before a week word or a date.
    // A one-word name written in full with a capital ("Thursday", not "Thu") is sure too.
    bool sure = (!number && (w > 1 || (toks_[i].upper && toks_[i].folded.size() > 3))) || (number && last.upper && !all_digits(last.folded)) || after_day;
    for (K k : {K::lead, K::prep, K::part})
      if (i > 0 && joined(i) && words(k).longest(toks_, i - 1, i).words == 1) sure = true;
    if (i > 0 && last_end_ == i) sure = true;
    // "ngày thứ hai của chuyến thăm", "ngày thứ ba trong chuyến công du": the second day of
    // a stay, written small, is an ordinal whatever stands before it.
    if (number && !last.upper && joined_match(K::ordinal_of, i + w)) return std::nullopt;
    Found f;
    f.kind = K::weekday;
    f.weekday = value(K::weekday, i);
    std::size_t end = i + w;
    if (auto p = joined(end) ? pattern(end) : std::nullopt; p && p->kind == K::ref_week) {
      f.week = p->value;
      end = p->end;
      sure = true;
    } else if (auto s = joined_match(K::weekday_shift, end); s && sure) {
      f.weekday_shift = value(K::weekday_shift, end);
      end += s;
    }
    set_span(f, i, end);
    auto merged = apposition(f);
    if (!sure && merged.kind != K::day) return std::nullopt;
    return merged;
  }

  // "last Thursday", "next Monday", "this Friday": a shift word before the weekday; so
  // too before a month ("last October": the last one before the reference).
  std::optional<Found> shifted_weekday(std::size_t i) {
    auto w = match(K::weekday_before, i);
    if (!w || !joined(i + w)) return std::nullopt;
    auto d = match(K::weekday, i + w);
    if (!d) {
      auto m = pattern(i + w);
      if (!m || (m->kind != K::month && m->kind != K::day) || m->y || m->first != i + w) return std::nullopt;
      m->weekday_shift = value(K::weekday_before, i);
      set_span(*m, i, m->end);
      return m;
    }
    Found f;
    f.kind = K::weekday;
    f.weekday = value(K::weekday, i + w);
    f.weekday_shift = value(K::weekday_before, i);
    set_span(f, i, i + w + d);
    return apposition(f);
  }

  // The written patterns of dates.tsv, longest first.
  std::optional<Found> pattern(std::size_t i) {
    if (i >= size()) return std::nullopt;
    // The patterns that start with this word, with {n} or with {d}: lists of indices in
    // the lexicon's order (longest first), tried merged in that order.
    const std::vector<std::size_t>* lists[4] = {};
    std::size_t pos[4] = {}, n = 0;
    auto add = [&](const std::string& key) {
      if (auto it = lx_.date_first.find(key); it != lx_.date_first.end()) lists[n++] = &it->second;
    };
    add(toks_[i].lower);
    if (digits(i) || match(K::number, i)) add("{n}");
    if (digits(i) || day_number(i)) add("{d}");
    if (digits(i) || match(K::month_name, i)) add("{m}");
    for (;;) {
      std::size_t best = SIZE_MAX, from = 0;
      for (std::size_t l = 0; l < n; ++l)
        if (pos[l] < lists[l]->size() && (*lists[l])[pos[l]] < best) best = (*lists[l])[pos[l]], from = l;
      if (best == SIZE_MAX) return std::nullopt;
      ++pos[from];
      if (auto f = pattern_at(lx_.date_words[best], i)) return f;
    }
  }

  std::optional<Found> pattern_at(const DateWord& w, std::size_t i) {
    Found f;
    f.kind = w.kind;
    f.value = w.value;
    std::size_t k = i;
    bool comma = false;  // a "," element stood before this one
    for (std::size_t e = 0; e < w.words.size(); ++e) {
      const auto& el = w.words[e];
      if (el == ",") {
        if (k >= size() || text::trim_view(gap(k)) != ",") return std::nullopt;
        comma = true;
        continue;
      }
      // "Oct. 16": an abbreviated month name keeps its dot.
      bool abbreviated = e > 0 && w.words[e - 1] == "{m}" && !digits(k - 1) && gap(k).starts_with('.') &&
                         text::trim_view(gap(k).substr(1)).empty();
      if (k >= size() || (e > 0 && !comma && !abbreviated && !joined(k))) return std::nullopt;
      comma = false;
      if (el == "{_}") continue;  // a word follows in the phrase: checked by joined(k)
      if (el == "{d}") {
        if (auto d = day_number(k)) {
          f.d = d->first;
          // "Nov 5-6": a range of days after a month name, known by its first
          if (!digits(k) || !glued(k + 1, "-")) {
            k = d->second;
          } else {
            if (toks_[k + 1].folded.size() > 2 || glued(k + 2, "/-.,:")) return std::nullopt;
            f.last_d = digits_value(toks_[k + 1].folded);
            if (f.last_d <= f.d || f.last_d > 31) return std::nullopt;
            k += 2;
          }
          continue;
        }
        return std::nullopt;
      }
      if (el == "{y}") {
        if (!digits(k) || glued(k + 1, "/-.,:") || glued(k, "/-.,:")) return std::nullopt;
        int v = digits_value(toks_[k].folded);
        auto n = toks_[k].folded.size();
        if (el == "{d}" ? (n > 2 || v < 1 || v > 31) : (n != 4 || v < 1900 || v > 2100)) return std::nullopt;
        (el == "{d}" ? f.d : f.y) = v;
        ++k;
      } else if (el == "{m}") {
        // A month name opening a date is a name, written with a capital ("May 5", not "may meet").
        if (e == 0 && (digits(k) || !toks_[k].upper)) return std::nullopt;
        if (!month(k, f)) return std::nullopt;
      } else if (el == "{n}") {
        if (digits(k) && !glued(k + 1, "/-.,:") && !glued(k, "/-.,:") && toks_[k].folded.size() <= 4) {
          f.n = digits_value(toks_[k].folded);
          ++k;
        } else if (auto n = words(K::number).longest(toks_, k, size()); n.words) {
          f.n = (*n.values)[0];
          k += n.words;
        } else {
          return std::nullopt;
        }
      } else if (el == "{u}") {
        auto u = match(K::unit, k);
        if (!u) return std::nullopt;
        f.unit = value(K::unit, k);
        k += u;
      } else if (toks_[k].lower == el) {
        ++k;
      } else {
        return std::nullopt;
      }
    }
    set_span(f, i, k);
    year_word(f);
    if (f.kind == K::prev || f.kind == K::relation || f.kind == K::ref_shift) {
      std::size_t start = i;
      for (std::size_t back = 1; back <= 2 && back <= i; ++back)
        if (words(K::approx).longest(toks_, i - back, i).words == back && joined(i - back + 1)) f.approx = true, start = i - back;
      // Fronted ("Ba ngày sau cuộc gặp, …"): at the start of its sentence.
      f.fronted = start == 0 || gap(start).find_first_of(".!?\n") != std::string_view::npos;
    }
    return f;
  }

  // {d}: a day of the month at token k, "16" or "16th" (a suffix of dates.tsv's `ordinal`):
  // its value and the token after it.
  std::optional<std::pair<int, std::size_t>> day_number(std::size_t k) const {
    const auto& w = toks_[k].folded;
    std::size_t digits_end = 0;
    while (digits_end < w.size() && w[digits_end] >= '0' && w[digits_end] <= '9') ++digits_end;
    if (digits_end == 0 || digits_end > 2 || glued(k, "/-.,:")) return std::nullopt;
    if (digits_end < w.size() && !lx_.ordinal_suffixes.contains(w.substr(digits_end))) return std::nullopt;
    if (digits_end == w.size() && glued(k + 1, "/.,:")) return std::nullopt;
    int v = digits_value(std::string_view(w).substr(0, digits_end));
    if (v < 1 || v > 31) return std::nullopt;
    return std::pair{v, k + 1};
  }

  // {m}: 8, 8/2025 (the year too), Tám (a capitalised number word), Giêng.
  bool month(std::size_t& k, Found& f) const {
    if (digits(k)) {
      if (toks_[k].folded.size() > 2 || glued(k, "/-.,:")) return false;
      f.m = digits_value(toks_[k].folded);
      if (glued(k + 1, "/-.") && toks_[k + 1].folded.size() == 4 && !glued(k + 2, "/-.,:")) {
        f.y = digits_value(toks_[k + 1].folded);
        ++k;
      } else if (glued(k + 1, "/-.,:")) {
        return false;
      }
      ++k;
      return f.m >= 1 && f.m <= 12;
    }
    if (auto n = lx_.dates(K::month_name).longest(toks_, k, size()); n.words) {
      f.m = (*n.values)[0];
      k += n.words;
      return true;
    }
    if (auto n = lx_.dates(K::number).longest(toks_, k, size()); n.words && toks_[k].upper) {
      f.m = (*n.values)[0];
      k += n.words;
      return f.m >= 1 && f.m <= 12;
    }
    return false;
  }

  // A relative date or a weekday right before the date itself is one mention, dated by the
  // date: "hôm qua (20/2)", "thứ Bảy ngày 3/5", "sáng mai 28.10", "Một ngày sau, hôm 26/4".
  Found apposition(const Found& f) {
    if (f.explicit_date()) return f;
    std::size_t k = f.end;
    if (k >= size()) return f;
    for (unsigned char c : gap(k))
      if (c != ' ' && c != '(' && c != ',' && c != 0xC2 && c != 0xA0) return f;
    if (match(K::lead, k) == 1 && joined(k + 1)) ++k;
    auto saved = last_end_;
    last_end_ = k;  // the relative date names a day: "26.10" after it is a date
    auto d = numeric(k, true);
    if (!d) d = pattern(k);
    last_end_ = saved;
    if (!d || d->kind != K::day) return f;
    set_span(*d, f.first, d->end);
    if (gap(f.end).find('(') != std::string_view::npos && d->span.end < text_.size() && text_[d->span.end] == ')')
      ++d->span.end;
    return *d;
  }

  // "(giờ địa phương)", "giờ Hà Nội" after a date belong to it.
  void absorb_zone(Found& f) const {
    std::size_t k = f.end;
    if (k >= size()) return;
    auto g = gap(k);
    if (!(joined(k) || g == " (" || g == "(")) return;
    auto z = match(K::zone, k);
    if (!z) return;
    f.end = k + z;
    f.span.end = toks_[f.end - 1].span.end;
    if (f.span.end < text_.size() && text_[f.span.end] == ')') ++f.span.end;
  }

  // A plan word before token i in its clause ("sẽ gặp ông Zelensky vào thứ Sáu"), also
  // before a date in parentheses ("muốn Kiev trả lời trước Lễ Tạ ơn (27/11)").
  bool future_before(std::size_t i) const {
    for (std::size_t k = i; k > 0 && i - k < 12 && (joined(k) || (k == i && gap(k) == " (")); --k)
      if (words(K::future).longest(toks_, k - 1, i).words) return true;
    return false;
  }

  // A background word ("sau khi", "trước khi") before token i in its sentence, not opening
  // it: the date is that other act's, told as the time of the main one ("Cuộc gặp diễn ra
  // một tuần sau khi hai ông điện đàm hôm 2/7"). A fronted "Sau khi …, …" sets the scene.
  bool in_background(std::size_t i) const {
    auto ends = [&](std::size_t k) { return k == 0 || gap(k).find_first_of(".!?\n") != std::string_view::npos; };
    constexpr std::size_t reach = 20;
    for (std::size_t k = i; k > 0 && i - k < reach && !ends(k); --k)
      if (auto w = words(K::background).longest(toks_, k - 1, i); w.words) return !ends(k - 1);
    return false;
  }

  // A plan word right after the date ("cuộc gặp vào Chủ nhật sẽ không diễn ra"): the
  // weekday is the coming one.
  bool future_after(std::size_t end) const {
    constexpr std::size_t reach = 2;
    for (std::size_t k = end; k < toks_.size() && k < end + reach && joined(k); ++k)
      if (words(K::future).longest(toks_, k, toks_.size()).words) return true;
    return false;
  }

  // A deadline word right before the date, or before its day word ("hạn tới ngày 21/11").
  bool after_limit(std::size_t i) const {
    if (i > 1 && joined(i) && match(K::lead, i - 1) == 1) --i;
    for (std::size_t back = 1; back <= 2 && back <= i; ++back)
      if (joined(i - back + 1) && words(K::limit).longest(toks_, i - back, i).words == back) {
        // "Đến tháng 10/2024, hai ông gặp nhau": "until" opening the sentence or clause tells
        // when the story has come to, not a deadline.
        bool opens = i - back == 0 || !joined(i - back);
        return !(opens && words(K::range_to).longest(toks_, i - back, i).words == back);
      }
    return false;
  }

  void set_span(Found& f, std::size_t first, std::size_t end) const {
    f.first = first, f.end = end;
    f.span = {toks_[first].span.begin, toks_[end - 1].span.end};
  }
};

// The reference of a year-less date: a day, else a year.
struct YearRef {
  std::optional<Day> day;
  std::optional<int> year;
  std::optional<int> of(int month, int d) const {
    if (day) return nearest_year(month, d, *day);
    return year;
  }
};

}  // namespace

DateRange related(const Day& from, const DateMention::Relation& r) { return at_precision(shift(from, r.n, r.unit), r.unit, r.approx); }

int nearest_year(int month, int day, const Day& ref) {
  int best = ref.y;
  long best_gap = -1;
  for (int y = ref.y - 1; y <= ref.y + 1; ++y) {
    int d = std::min(day, days_in_month(y, month));
    long gap = std::labs(days_between(ref, {y, month, d}));
    if (best_gap < 0 || gap < best_gap) best = y, best_gap = gap;
  }
  return best;
}

std::vector<DateMention> find_dates(std::string_view text, const std::vector<Token>& toks, const Lexicon& lx,
                                    std::optional<Day> ref, std::optional<Day> fallback, const std::vector<Span>& quotes) {
  auto quoted = [&](std::size_t at) {
    auto q = std::partition_point(quotes.begin(), quotes.end(), [&](const Span& s) { return s.end <= at; });
    return q != quotes.end() && q->contains(at);
  };
  auto found = Reader(text, toks, lx).run();
  // "(2/12/1975 - 2/12/2025)", "1945–2025": a span of years is a period, an anniversary's or
  // a term's; like a deadline, it dates no occurrence and does not move the article's time.
  for (std::size_t fi = 0; fi + 1 < found.size(); ++fi) {
    auto &a = found[fi], &b = found[fi + 1];
    if (!a.explicit_date() || !b.explicit_date() || !a.y || !b.y || a.y == b.y) continue;
    // only a dash between (hyphen, en or em dash: their bytes), and spaces
    auto between = text.substr(a.span.end, b.span.begin - a.span.end);
    if (between.find_first_of("-\u2013\u2014") != std::string_view::npos &&
        between.find_first_not_of(" -\u2013\u2014") == std::string_view::npos)
      a.limit = b.limit = true;
  }
  // Without a publication date, the article's time is the latest date it has stated so far
  // (a day; else a month; else the first year it states at all); else the fallback.
  std::optional<int> first_year;
  for (const auto& f : found)
    if (f.explicit_date() && f.y) {
      first_year = f.y;
      break;
    }
  std::optional<Day> latest_day, latest_month, prev;
  std::optional<DateRange> last_stated;  // the last date the text stated itself, of any precision
  std::optional<Day> last_year;          // the last date the text stated, a start or a deadline too
  std::vector<DateMention> out;
  // "ghi hình một ngày trước khi [ông Putin tiếp ông Witkoff hôm 25/4]": the event after
  // "khi" states its own date, so the relation dates the one before it (24/4).
  std::size_t relation_out = SIZE_MAX;  // the relation waiting for that date
  for (std::size_t fi = 0; fi < found.size(); ++fi) {
    auto& f = found[fi];
    auto anchor = ref ? ref : latest_day ? latest_day : fallback;
    YearRef yref{ref ? ref : latest_day ? latest_day : latest_month, first_year};
    if (!yref.day && !yref.year) yref.day = fallback;
    std::optional<DateRange> r;
    bool forward = false, from_reference = false;
    Anchor how = Anchor::stated;
    std::optional<Day> against;
    std::optional<DateMention::Relation> relation;
    bool own_date = f.kind == K::relation && !f.fronted && fi + 1 < found.size() && found[fi + 1].kind == K::day &&
                    text.substr(f.span.end, found[fi + 1].span.begin - f.span.end).find_first_of(".;!?\n") ==
                        std::string_view::npos;
    switch (f.kind) {
      case K::day:
      case K::month: {
        int y = f.y;
        if (!y && f.year_shift != INT_MIN && anchor) y = anchor->y + f.year_shift, how = Anchor::reference, against = anchor;
        if (!y && f.year_of_last && last_year) y = last_year->y, how = Anchor::previous, against = last_year;
        // "last October" / "next March" / "this June": the one before / after / of the reference's year.
        if (!y && f.weekday_shift != INT_MIN && anchor) {
          y = f.weekday_shift < 0 ? anchor->y - (f.m >= anchor->m ? 1 : 0) : f.weekday_shift > 0 ? anchor->y + (f.m <= anchor->m ? 1 : 0) : anchor->y;
          how = Anchor::reference, against = anchor;
        }
        if (!y) {
          y = yref.of(f.m, f.kind == K::day ? f.d : 15).value_or(0), how = Anchor::nearest_year, against = yref.day;
          // News tells what has happened: a year-less date months ahead of the reference is
          // last year's ("since returning to office in January", said in October), unless a
          // plan word comes before it.
          constexpr long max_days_ahead = 60;
          if (y && yref.day && !f.future && days_between(*yref.day, Day{y, f.m, f.kind == K::day ? std::min(f.d, days_in_month(y, f.m)) : 15}) > max_days_ahead)
            --y;
        }
        if (y && f.kind == K::month) r = DateRange::of_month(y, f.m);
        if (y && f.kind == K::day && valid_day(y, f.m, f.d)) {
          r = DateRange::of_day(y, f.m, f.d);
          // The range stays whole, so that its last day meets the event told on that day;
          // it is named by its first.
          if (f.last_d && f.last_m) {
            int ly = f.last_m < f.m ? y + 1 : y;
            if (valid_day(ly, f.last_m, f.last_d)) r->end = Day{ly, f.last_m, f.last_d};
          } else if (f.last_d && valid_day(y, f.m, f.last_d)) {
            r->end = Day{y, f.m, f.last_d};
          }
        }
        break;
      }
      case K::year:
        r = DateRange::of_year(f.y);
        break;
      // "Khi đó": the time last stated, whatever its precision ("hồi tháng 10 năm ngoái …
      // Khi đó, hai ông hội đàm").
      case K::then:
        if (last_stated) r = *last_stated, how = Anchor::previous, against = last_stated->start;
        break;
      case K::prev:
      case K::relation:
        if (own_date) {
          r = DateRange::of_day(1, 1, 1);  // dated below, by the date that follows
        } else if (prev || (f.unit >= 365 && last_stated)) {
          int n = f.value * f.n;
          if (f.kind == K::relation && !f.fronted) n = -n, forward = true;
          // Years count from the time last stated, a bare year too ("Năm 1992, … Ba mươi năm
          // sau, …"); days and weeks from the last day.
          Day from = f.unit >= 365 && last_stated ? last_stated->start : *prev;
          how = Anchor::previous, against = from;
          if (f.kind == K::relation && f.fronted) relation = DateMention::Relation{n, f.unit, f.approx};
          r = at_precision(shift(from, n, f.unit), f.unit, f.approx);
        }
        break;
      default:
        if (!anchor) break;
        from_reference = true;
        how = Anchor::reference, against = anchor;
        Day a = *anchor;
        switch (f.kind) {
          case K::ref_day: r = at_precision(add_days(a, f.value), 1, false); break;
          case K::ref_week: r = at_precision(add_days(a, 7 * f.value), 7, false); break;
          case K::ref_month: { Day m = month_start(a, f.value); r = DateRange::of_month(m.y, m.m); break; }
          case K::ref_year: r = DateRange::of_year(a.y + f.value); break;
          case K::ref_shift: r = at_precision(shift(a, f.value * f.n, f.unit), f.unit, f.approx); break;
          case K::weekday:
          case K::period: {
            Day d;
            if (f.week != INT_MIN) d = add_days(monday_of(a), 7 * f.week + f.weekday);
            else if (f.weekday_shift == 0) d = add_days(monday_of(a), f.weekday);
            else if (f.weekday_shift != INT_MIN) d = weekday_near(a, f.weekday, 2 * f.weekday_shift);
            else d = weekday_near(a, f.weekday, f.future ? 1 : -1);
            // A part of a week ("cuối tuần trước") is known to its month, as "tuần trước" is.
            r = at_precision(d, f.kind == K::period ? 7 : 1, false);
            break;
          }
          default: break;
        }
    }
    if (relation_out != SIZE_MAX) {
      auto& rel = found[fi - 1];
      if (r && r->precision == Precision::day) {
        out[relation_out].range = at_precision(shift(r->start, rel.value * rel.n, rel.unit), rel.unit, rel.approx);
        out[relation_out].backward = true;
        out[relation_out].anchor_day = r->start;
      } else {
        out.pop_back();
      }
      relation_out = SIZE_MAX;
    }
    if (!r) continue;
    if (own_date) {
      relation_out = out.size();
      out.push_back({f.span, *r, false, false, Anchor::previous, std::nullopt, std::nullopt});
      continue;
    }
    // The article's time moves on with the dates it states (not those of plans, deadlines or
    // quotations).
    bool fact = !f.future && !f.limit && !quoted(f.span.begin);
    if (f.explicit_date() && fact && f.kind != K::year) {
      auto& latest = r->precision == Precision::day ? latest_day : latest_month;
      Day mid = r->precision == Precision::day ? r->start : Day{r->start.y, r->start.m, 15};
      if (!latest || *latest < mid) latest = mid;
    }
    // A later relative date counts from this one, unless this one is a plan the reference
    // looks forward to ("thứ Hai tới").
    if (f.explicit_date() && fact && !f.background) last_stated = *r;
    if (f.explicit_date() && !quoted(f.span.begin)) last_year = r->start;  // even a start ("kể từ năm 2016, … năm đó")
    // Nor does a date of the background ("… sau khi A gặp B hôm 2/7. Chiều cùng ngày, …").
    // Nor one that dates the clause after it ("chỉ một ngày sau khi quân đội Mỹ tấn công …":
    // the attack's day, told as background).
    if (r->precision == Precision::day && fact && !f.background && !forward && !(from_reference && anchor && r->start > *anchor))
      prev = r->start;
    out.push_back({f.span, *r, forward, false, how, against, relation, f.limit});
  }
  return out;
}

}  // namespace kb::ingest
