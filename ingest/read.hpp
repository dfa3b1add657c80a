// Stage 1, read: a file's bytes to a Document with its title and publication date.
// Formats: a first line " date YYYY-MM-DD <title>"; or a web page's header lines, where
// a line that is a date stamp gives the publication date (header.hpp); or no date at all
// (published stays unknown). UTF-8 only, made NFC; a byte-order mark is dropped. With the
// languages known, the text's language is detected first (language.hpp) and its date words
// read the header.
#pragma once
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "ingest/document.hpp"
#include "ingest/language.hpp"

namespace kb::ingest {

constexpr std::size_t max_file_bytes = 20u << 20;

Result<Document> read_file(const std::string& path, const Languages* languages = nullptr);

// The same from bytes already in memory (tests); `path` is used in errors only.
Result<Document> read_bytes(std::string bytes, const std::string& path, const Languages* languages = nullptr);

}  // namespace kb::ingest
