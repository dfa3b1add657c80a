// Stage 3, sentences: split the clean text into sentences with byte spans, and note the
// quoted stretches of each. A sentence never ends inside a quotation ("… đang diễn ra.
// Chúng tôi …” stays one sentence with its attribution), nor after an initial ("V. Putin")
// or inside a date (27/9/2025, 24-9). A paragraph always ends a sentence.
#pragma once
#include <string_view>
#include <vector>

#include "ingest/document.hpp"

namespace kb::ingest {

std::vector<Sentence> split_sentences(std::string_view text);

}  // namespace kb::ingest
