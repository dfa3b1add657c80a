#include "core/tsv.hpp"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "core/text.hpp"

namespace kb::tsv {

static const std::string kEmpty;

const std::string& Row::at(std::size_t i) const {
  if (i >= cells.size() || cells[i] == "-") return kEmpty;
  return cells[i];
}

int Table::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}

const std::string& Table::get(const Row& r, std::string_view name) const {
  int c = column(name);
  return c < 0 ? kEmpty : r.at(static_cast<std::size_t>(c));
}

// Split on TAB, or on runs of two or more spaces (editors that turn tabs into spaces).
static std::vector<std::string> split_cells(std::string_view line) {
  std::vector<std::string> cells;
  std::size_t i = 0, start = 0;
  while (i <= line.size()) {
    bool end = i == line.size();
    std::size_t sep = 0;
    if (!end && line[i] == '\t') sep = 1;
    else if (!end && line[i] == ' ' && i + 1 < line.size() && line[i + 1] == ' ') {
      sep = 2;
      while (i + sep < line.size() && (line[i + sep] == ' ' || line[i + sep] == '\t')) ++sep;
    }
    if (end || sep) {
      cells.push_back(text::trim(line.substr(start, i - start)));
      if (end) break;
      i += sep;
      start = i;
    } else {
      ++i;
    }
  }
  return cells;
}

Result<Table> parse(std::string_view text, const std::string& path,
                    std::vector<std::string_view> required) {
  Table t;
  t.path = path;
  if (auto bad = text::invalid_utf8_at(text))
    return Error{fmt::format("invalid UTF-8 at byte {}", *bad), path, {}};
  int lineno = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    auto nl = text.find('\n', pos);
    auto line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    auto trimmed = text::trim(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    auto cells = split_cells(line);
    if (t.header.empty()) {
      t.header = std::move(cells);
      continue;
    }
    if (cells.size() > t.header.size())
      return Error{fmt::format("{} columns, but the header has {}", cells.size(), t.header.size()),
                   fmt::format("{}:{}", path, lineno), {}};
    t.rows.push_back(Row{lineno, std::move(cells)});
  }
  for (auto name : required)
    if (t.column(name) < 0)
      return Error{fmt::format("the header lacks the column '{}'", name), path, {}};
  return t;
}

Result<Table> read(const std::string& path, std::vector<std::string_view> required) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open the file", path, {}};
  std::stringstream ss;
  ss << in.rdbuf();
  return parse(ss.str(), path, std::move(required));
}

std::vector<std::string> split_list(std::string_view cell) {
  std::vector<std::string> out;
  if (cell.empty() || cell == "-") return out;
  std::size_t start = 0;
  while (start <= cell.size()) {
    auto bar = cell.find('|', start);
    auto item = text::trim(cell.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
    if (!item.empty() && item != "-") out.push_back(item);
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return out;
}

}  // namespace kb::tsv
