// Reader for kb's data files (data/*.tsv): one record a line, columns separated by a TAB
// or by two or more spaces, `#` comments, blank lines skipped, first line is the header,
// `-` is an empty column, lists inside a column separated by `|`. Errors name file:line.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace kb::tsv {

struct Row {
  int line = 0;                               // 1-based line in the file
  std::vector<std::string> cells;
  const std::string& at(std::size_t i) const;  // "" when the column is missing or "-"
};

struct Table {
  std::string path;
  std::vector<std::string> header;
  std::vector<Row> rows;
  // Index of a header column; -1 when absent.
  int column(std::string_view name) const;
  // Cell by column name ("" when absent).
  const std::string& get(const Row& r, std::string_view name) const;
};

// Read and split a file. `required` columns must be in the header.
Result<Table> read(const std::string& path, std::vector<std::string_view> required = {});
// Same, from text already in memory (tests).
Result<Table> parse(std::string_view text, const std::string& path,
                    std::vector<std::string_view> required = {});

// "a|b| c" -> {"a","b","c"}; "" and "-" -> {}.
std::vector<std::string> split_list(std::string_view cell);

}  // namespace kb::tsv
