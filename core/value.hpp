// Values that cross stage boundaries: bound SQL parameters and result cells.
#pragma once
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace kb {

using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

// How a result column is to be shown. `list` cells hold a JSON array of strings
// (participants); `sources` cells hold a JSON array of {document, evidence, ...} objects.
enum class ColumnKind { integer, real, text, date, boolean, list, sources };

struct Column {
  std::string name;
  ColumnKind kind = ColumnKind::text;
};

struct ResultSet {
  std::vector<Column> columns;
  std::vector<std::vector<Value>> rows;
};

}  // namespace kb
