// Dates as ranges with a precision. "2025-09" is all of September 2025; a comparison with
// a day must respect that (an event known only as "September 2025" is not before
// 2025-09-10). Stored in the database as ISO text: date_start, date_end, date_precision.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace kb {

enum class Precision { day, month, year };

struct Day {
  int y = 0, m = 0, d = 0;
  auto operator<=>(const Day&) const = default;
};

struct DateRange {
  Day start, end;
  Precision precision = Precision::day;
  bool operator==(const DateRange&) const = default;

  static DateRange of_day(int y, int m, int d);
  static DateRange of_month(int y, int m);
  static DateRange of_year(int y);

  std::string start_iso() const;
  std::string end_iso() const;
  // "2025-09-24", "2025-09" or "2025" depending on precision.
  std::string label() const;
  std::string_view precision_name() const;
};

bool valid_day(int y, int m, int d);
int days_in_month(int y, int m);
std::string iso(const Day& d);
Day add_days(Day d, int n);
int days_between(const Day& a, const Day& b);  // b - a, in days
int weekday(const Day& d);  // 0 = Monday

// Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nullopt when malformed or not a real date.
std::optional<DateRange> parse_date_literal(std::string_view s);

std::optional<Precision> parse_precision(std::string_view s);

}  // namespace kb
