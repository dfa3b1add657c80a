// Part of stage 1, read: the page header above the article body — its publication date
// and its title. Pages put the date on a line of its own among breadcrumbs, bylines and
// the title, in many shapes:
//   Thứ Năm, 13/2/2025, 14:05 (GMT+7)      21/02/2025 18:40 GMT+7
//   Cập nhật lúc 22:40 | 23/10/2025 GMT+7   14:29 GMT 20.10.2025     2025-10-31 08:55
//   Tháng 8/2025 (the month only)
//   October 23, 2025 6:12 PM GMT+3 · Updated 41 min ago      Updated: Tue 4 Feb 2025 09.12 GMT
// The rule is one of page layout, not of a language: a header line that holds one date
// and little else (a clock time, a time zone, a weekday, at most a few words such as
// "updated at") is the publication date. Separators (· | –) part the line: a part with the
// date holds little else, the other parts are short ("Updated 41 min ago"). The language
// gives only its words: month names, weekdays, time zones and clock words (dates.tsv), and
// whether numeric dates put the month first when the numbers do not tell. The title is the
// longest other header line; breadcrumbs and bylines are shorter.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "ingest/lexicon.hpp"

namespace kb::ingest {

struct Header {
  std::optional<DateRange> published;   // day, or month when the page gives only that
  std::size_t date_line_begin = 0, date_line_end = 0;  // the date line, to take out of the text
  std::string title;
};

// Reads the lines of `text` above the body (the first line that ends a sentence), with
// the date words of `lx` when given (numeric dates only without).
Header read_header(std::string_view text, const Lexicon* lx = nullptr);

// One header line as a publication date ("Thứ Năm, 13/2/2025, 14:05 (GMT+7)"); nullopt
// when the line says more than a date.
std::optional<DateRange> date_line(std::string_view line, const Lexicon* lx = nullptr);

}  // namespace kb::ingest
