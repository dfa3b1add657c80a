// Stage 3, sentences: split the clean text into sentences with byte spans, and note the
// quoted stretches of each. A sentence never ends inside a quotation ("… đang diễn ra.
// Chúng tôi …” stays one sentence with its attribution), nor after an initial ("V. Putin")
// or inside a date (27/9/2025, 24-9). A paragraph always ends a sentence.
// A sentence past max_sentence_bytes (an unclosed quotation, text with no full stops) is
// cut there, quotation and all, and the cut noted: every later stage looks at one
// sentence at a time, and none of them should see a whole file as one.
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "ingest/document.hpp"

namespace kb::ingest {

// The longest sentence of the sample and development articles is about 650 bytes; a
// paragraph quoted whole rarely passes 2,000.
constexpr std::size_t max_sentence_bytes = 4096;
// Where no space comes this soon after the bound (a run of dots), the cut falls mid-word.
constexpr std::size_t max_sentence_overrun = 256;

// Cuts are reported in `notes` (one line for all of them), when given. `abbreviations`: the
// language's words a full stop follows inside a sentence ("Mr.", "Gen.", "Oct."), lower-cased.
std::vector<Sentence> split_sentences(std::string_view text, std::vector<std::string>* notes = nullptr,
                                      const std::unordered_set<std::string>* abbreviations = nullptr);

}  // namespace kb::ingest
