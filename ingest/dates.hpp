// Stage 5, dates: every date the text states, resolved to a DateRange with its precision.
//   absolute   27/9/2025, 24-9, ngày 24/9, hôm 9/11, tháng 8, năm 2025
//   relative   to publication (ngày mai, tuần trước) or to the last date the text gave
//              (1 ngày sau đó, trước đó một ngày, một ngày sau khi)
// A date without a year takes the year that puts it nearest the reference date (the
// publication date). Without a reference date, year-less and relative dates stay unresolved.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "ingest/lexicon.hpp"

namespace kb::ingest {

std::vector<DateMention> find_dates(std::string_view text, const std::vector<Token>& tokens, const Lexicon& lx,
                                    std::optional<Day> ref);

// The year that puts day/month nearest `ref`.
int nearest_year(int month, int day, const Day& ref);

}  // namespace kb::ingest
