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

}  // namespace kb::ingest
