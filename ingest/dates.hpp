// Stage 5, dates: every date the text states, resolved to a DateRange with its precision.
// The grammar's words are in data/<lang>/dates.tsv; this stage knows only its shapes:
//   absolute   27/9/2025, 24-9, 26.10 (after a day word), 2025-08-15, 24-25/6 (first day),
//              từ 24 đến 25/6, ngày 15 tháng 8 năm 2025, tháng 8/2025, năm 2025
//   weekdays   thứ Năm, thứ Năm tuần trước, thứ Hai tới; a bare one is the last such day,
//              the next one after a plan word; "thứ Bảy (3/5)": the date wins, one mention
//   relative   to the reference (hôm qua, chiều qua, tuần trước, cuối tháng, năm ngoái, hai
//              ngày trước) or to the last date given (cùng ngày, hôm sau, 1 ngày sau đó,
//              một ngày sau khi X, ba ngày sau hội nghị X)
//   parts of the day before a date and time zones after it belong to the date.
// A date without a year takes the year that puts it nearest the reference. Weeks, parts of
// weeks and months are known to the month; "chưa đầy 10 ngày sau" too.
// One pass over the tokens; each step looks at a bounded window around its token.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "ingest/lexicon.hpp"

namespace kb::ingest {

// `ref`: the publication date. Without one, the reference of a date is the latest date the
// text has stated before it, else `fallback` (the latest publication date known).
// `quotes`: the quoted spans of the text, in order; a date a quotation gives is its
// speaker's time ("I am more optimistic today"): the dates after it do not go on from it.
std::vector<DateMention> find_dates(std::string_view text, const std::vector<Token>& tokens, const Lexicon& lx,
                                    std::optional<Day> ref, std::optional<Day> fallback = std::nullopt,
                                    const std::vector<Span>& quotes = {});

// A relation ("hai ngày sau X") read from X's day.
DateRange related(const Day& from, const DateMention::Relation& r);

// The year that puts day/month nearest `ref`.
int nearest_year(int month, int day, const Day& ref);

}  // namespace kb::ingest
