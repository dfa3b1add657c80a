#include "core/date.hpp"

#include <fmt/format.h>

#include <charconv>

namespace kb {

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && leap(y) ? 29 : days[m - 1];
}

bool valid_day(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

DateRange DateRange::of_day(int y, int m, int d) { return {{y, m, d}, {y, m, d}, Precision::day}; }
DateRange DateRange::of_month(int y, int m) {
  return {{y, m, 1}, {y, m, days_in_month(y, m)}, Precision::month};
}
DateRange DateRange::of_year(int y) { return {{y, 1, 1}, {y, 12, 31}, Precision::year}; }

std::string iso(const Day& d) { return fmt::format("{:04}-{:02}-{:02}", d.y, d.m, d.d); }
std::string DateRange::start_iso() const { return iso(start); }
std::string DateRange::end_iso() const { return iso(end); }

std::string DateRange::label() const {
  switch (precision) {
    case Precision::day: return iso(start);
    case Precision::month: return fmt::format("{:04}-{:02}", start.y, start.m);
    case Precision::year: return fmt::format("{:04}", start.y);
  }
  return iso(start);
}

std::string_view DateRange::precision_name() const {
  switch (precision) {
    case Precision::day: return "day";
    case Precision::month: return "month";
    case Precision::year: return "year";
  }
  return "day";
}

std::optional<Precision> parse_precision(std::string_view s) {
  if (s == "day") return Precision::day;
  if (s == "month") return Precision::month;
  if (s == "year") return Precision::year;
  return std::nullopt;
}

// Days since 1970-01-01 (Howard Hinnant's algorithm), for adding days across months.
static long to_days(const Day& d) {
  int y = d.y - (d.m <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (d.m + (d.m > 2 ? -3 : 9)) + 2) / 5 + d.d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static Day from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(y + (m <= 2)), m, d};
}

Day add_days(Day d, int n) { return from_days(to_days(d) + n); }

int days_between(const Day& a, const Day& b) { return static_cast<int>(to_days(b) - to_days(a)); }

int weekday(const Day& d) {
  long z = to_days(d);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

static std::optional<int> number(std::string_view s) {
  int v = 0;
  if (s.empty()) return std::nullopt;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<DateRange> parse_date_literal(std::string_view s) {
  if (s.size() == 4) {
    auto y = number(s);
    if (!y || *y < 1) return std::nullopt;
    return DateRange::of_year(*y);
  }
  if (s.size() == 7 && s[4] == '-') {
    auto y = number(s.substr(0, 4)), m = number(s.substr(5, 2));
    if (!y || !m || *m < 1 || *m > 12) return std::nullopt;
    return DateRange::of_month(*y, *m);
  }
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    auto y = number(s.substr(0, 4)), m = number(s.substr(5, 2)), d = number(s.substr(8, 2));
    if (!y || !m || !d || !valid_day(*y, *m, *d)) return std::nullopt;
    return DateRange::of_day(*y, *m, *d);
  }
  return std::nullopt;
}

}  // namespace kb
