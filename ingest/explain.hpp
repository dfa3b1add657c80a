// kb ingest --explain FILE: what extraction sees in one article, and why. The sentences,
// each mention and how it was recognised, each date and what it was read against, each
// trigger and the cue that decided it, each claim and its attribution pattern, then the
// events after in-document merging. The tool for every miss.
//
// It runs the same stages as an ingest, on a private in-memory base holding only the
// gazetteer (people earlier articles introduced are not known), and stores nothing.
#pragma once
#include <ostream>
#include <string>

#include "core/result.hpp"
#include "ingest/ingest.hpp"

namespace kb::ingest {

Result<bool> explain_file(const std::string& path, const Options& options, std::ostream& out);

}  // namespace kb::ingest
