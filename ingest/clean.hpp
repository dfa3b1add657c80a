// Stage 2, clean: the article without web furniture. Lines are dropped whole (teasers,
// comment widgets and everything after the article's end) or cut (photo credits: the
// caption stays, "Ảnh: REUTERS" goes). Markers come from data/<lang>/boilerplate.tsv.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ingest/lexicon.hpp"

namespace kb::ingest {

std::string clean_text(std::string_view text, const std::vector<Boilerplate>& markers);

// The line ends as a sentence does (". ! ? … :" or a closing quotation mark): body text, not
// a heading, a caption's credit or a menu item.
bool ends_sentence(std::string_view line);
// A line the markers drop whole (action `line`): a cookie banner, a share bar.
bool furniture_line(std::string_view line, const std::vector<Boilerplate>& markers);

}  // namespace kb::ingest
