// Result sets as people and other tools read them: a box table sized to the terminal,
// one field a line (psql's expanded mode), one JSON array, or RFC 4180 CSV.
#pragma once
#include <cstddef>
#include <optional>
#include <ostream>
#include <string_view>

#include "core/value.hpp"

namespace kb::render {

enum class Format { table, line, json, csv };

struct Options {
  std::size_t width = 0;      // terminal columns for `table`; 0: no limit
  std::size_t max_rows = 0;   // show at most this many (the footer says so); 0: all
  bool color = false;         // ANSI colours (only on a terminal, never with NO_COLOR)
};

std::optional<Format> parse_format(std::string_view name);
std::string_view format_name(Format f);

void render(std::ostream& out, const ResultSet& rs, Format format, const Options& options = {});

// A cell as plain text: lists joined with ", ", sources as their count.
std::string cell_text(const Value& v, ColumnKind kind);

}  // namespace kb::render
