#include "render/render.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "core/text.hpp"

namespace kb::render {

std::optional<Format> parse_format(std::string_view name) {
  if (name == "table") return Format::table;
  if (name == "line") return Format::line;
  if (name == "json") return Format::json;
  if (name == "csv") return Format::csv;
  return std::nullopt;
}

std::string_view format_name(Format f) {
  switch (f) {
    case Format::table: return "table";
    case Format::line: return "line";
    case Format::json: return "json";
    case Format::csv: return "csv";
  }
  return "table";
}

static std::string scalar_text(const Value& v) {
  return std::visit([](const auto& x) -> std::string {
    using T = std::decay_t<decltype(x)>;
    if constexpr (std::is_same_v<T, std::monostate>) return "";
    else if constexpr (std::is_same_v<T, std::string>) return x;
    else return fmt::format("{}", x);
  }, v);
}

static nlohmann::json parse_json_cell(const Value& v) {
  if (const auto* s = std::get_if<std::string>(&v)) {
    auto j = nlohmann::json::parse(*s, nullptr, false);
    if (!j.is_discarded()) return j;
    return *s;
  }
  return nlohmann::json::array();
}

std::string cell_text(const Value& v, ColumnKind kind) {
  if (std::holds_alternative<std::monostate>(v)) return "";
  switch (kind) {
    case ColumnKind::list: {
      auto j = parse_json_cell(v);
      if (!j.is_array()) return scalar_text(v);
      std::string out;
      for (const auto& x : j) {
        if (!out.empty()) out += ", ";
        out += x.is_string() ? x.get<std::string>() : x.dump();
      }
      return out;
    }
    case ColumnKind::sources: {
      auto j = parse_json_cell(v);
      return j.is_array() ? fmt::format("{}", j.size()) : scalar_text(v);
    }
    case ColumnKind::boolean: {
      auto s = scalar_text(v);
      return s == "0" ? "no" : "yes";
    }
    default: return scalar_text(v);
  }
}

static nlohmann::json cell_json(const Value& v, ColumnKind kind) {
  if (std::holds_alternative<std::monostate>(v)) {
    if (kind == ColumnKind::list || kind == ColumnKind::sources) return nlohmann::json::array();
    return nullptr;
  }
  switch (kind) {
    case ColumnKind::list:
    case ColumnKind::sources: return parse_json_cell(v);
    case ColumnKind::boolean: return scalar_text(v) != "0";
    default:
      return std::visit([](const auto& x) -> nlohmann::json {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) return nullptr;
        else return x;
      }, v);
  }
}

// nlohmann escapes C0 controls; DEL and C1 controls (U+0080–U+009F) it writes raw, and a
// terminal may act on them. Written as \u escapes they are the same JSON string. Outside
// strings a dump is ASCII, so these bytes can only be inside one.
static std::string escape_json_controls(std::string s) {
  if (s.find('\x7f') == std::string::npos && s.find('\xc2') == std::string::npos) return s;
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (c == 0x7f) {
      out += "\\u007f";
    } else if (c == 0xc2 && next >= 0x80 && next <= 0x9f) {
      out += fmt::format("\\u{:04x}", next);
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

static void render_json(std::ostream& out, const ResultSet& rs) {
  // One array; one object a row, keys in column order.
  out << "[";
  for (std::size_t r = 0; r < rs.rows.size(); ++r) {
    nlohmann::ordered_json row = nlohmann::ordered_json::object();
    for (std::size_t c = 0; c < rs.columns.size() && c < rs.rows[r].size(); ++c)
      row[rs.columns[c].name] = cell_json(rs.rows[r][c], rs.columns[c].kind);
    out << (r ? ",\n " : "\n ") << escape_json_controls(row.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  out << (rs.rows.empty() ? "]\n" : "\n]\n");
}

// CSV keeps the data byte for byte, controls included: it is read by programs (a
// spreadsheet, pandas), which want the text as stored, and RFC 4180 quoting already keeps
// newlines inside fields. To look at text on a terminal, use table or line.
static std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char ch : s) {
    if (ch == '"') q += '"';
    q += ch;
  }
  return q + '"';
}

static void render_csv(std::ostream& out, const ResultSet& rs) {
  for (std::size_t c = 0; c < rs.columns.size(); ++c) out << (c ? "," : "") << csv_field(rs.columns[c].name);
  out << "\r\n";
  for (const auto& row : rs.rows) {
    for (std::size_t c = 0; c < rs.columns.size(); ++c) {
      std::string s;
      if (c < row.size()) {
        auto kind = rs.columns[c].kind;
        if (kind == ColumnKind::list) s = cell_text(row[c], kind);
        else if (kind == ColumnKind::sources) s = std::holds_alternative<std::monostate>(row[c]) ? "[]" : scalar_text(row[c]);
        else s = cell_text(row[c], kind);
      }
      out << (c ? "," : "") << csv_field(s);
    }
    out << "\r\n";
  }
}

// Cut `s` to at most `width` display columns, ending with … when cut.
static std::string fit(const std::string& s, std::size_t width) {
  if (text::display_width(s) <= width) return s;
  if (width == 0) return "";
  std::string out;
  std::size_t w = 0, i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    text::next_code_point(s, i);
    auto piece = s.substr(start, i - start);
    auto pw = text::display_width(piece);
    if (w + pw > width - 1) break;
    out += piece;
    w += pw;
  }
  // Keep trailing combining marks with their base letter.
  return out + "…";
}

static std::string pad(const std::string& s, std::size_t width, bool right) {
  auto w = text::display_width(s);
  std::string fill(width > w ? width - w : 0, ' ');
  return right ? fill + s : s + fill;
}

// A table cell on one line: line breaks and tabs become spaces (they would break the
// box), other controls visible escapes (text::escape_controls), so article text cannot
// drive the terminal.
static std::string one_line(std::string s) {
  for (auto& ch : s)
    if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
  return text::escape_controls(s);
}

static void render_table(std::ostream& out, const ResultSet& rs, const Options& o) {
  const std::size_t ncol = rs.columns.size();
  std::size_t shown = o.max_rows && rs.rows.size() > o.max_rows ? o.max_rows : rs.rows.size();
  std::vector<std::vector<std::string>> cells(shown);
  std::vector<std::size_t> width(ncol);
  std::vector<std::string> names;
  for (const auto& col : rs.columns) names.push_back(one_line(col.name));
  for (std::size_t c = 0; c < ncol; ++c) width[c] = text::display_width(names[c]);
  for (std::size_t r = 0; r < shown; ++r)
    for (std::size_t c = 0; c < ncol; ++c) {
      cells[r].push_back(one_line(c < rs.rows[r].size() ? cell_text(rs.rows[r][c], rs.columns[c].kind) : ""));
      width[c] = std::max(width[c], text::display_width(cells[r][c]));
    }
  // Shrink the widest columns until the table fits the terminal.
  if (o.width) {
    auto total = [&] {
      std::size_t t = 1;
      for (auto w : width) t += w + 3;
      return t;
    };
    while (total() > o.width) {
      auto widest = std::max_element(width.begin(), width.end());
      if (*widest <= 8) break;
      --*widest;
    }
  }
  auto numeric = [&](std::size_t c) {
    auto k = rs.columns[c].kind;
    return k == ColumnKind::integer || k == ColumnKind::real || k == ColumnKind::sources;
  };
  auto rule = [&](const char* l, const char* m, const char* r) {
    out << l;
    for (std::size_t c = 0; c < ncol; ++c) {
      for (std::size_t i = 0; i < width[c] + 2; ++i) out << "─";
      out << (c + 1 < ncol ? m : r);
    }
    out << "\n";
  };
  const char* bold = o.color ? "\x1b[1m" : "";
  const char* reset = o.color ? "\x1b[0m" : "";
  rule("┌", "┬", "┐");
  out << "│";
  for (std::size_t c = 0; c < ncol; ++c)
    out << " " << bold << pad(fit(names[c], width[c]), width[c], false) << reset << " │";
  out << "\n";
  rule("├", "┼", "┤");
  for (const auto& row : cells) {
    out << "│";
    for (std::size_t c = 0; c < ncol; ++c) out << " " << pad(fit(row[c], width[c]), width[c], numeric(c)) << " │";
    out << "\n";
  }
  rule("└", "┴", "┘");
  auto n = rs.rows.size();
  out << n << (n == 1 ? " row" : " rows");
  if (shown < n) out << fmt::format(" ({} shown; .maxrows to see more)", shown);
  out << "\n";
}

static void render_line(std::ostream& out, const ResultSet& rs, const Options& o) {
  std::vector<std::string> names;
  std::size_t label = 0;
  for (const auto& c : rs.columns) {
    names.push_back(text::escape_controls(c.name));
    label = std::max(label, text::display_width(names.back()));
  }
  // A value's lines stay under their field, like psql's expanded mode; other controls
  // become visible escapes (text::escape_controls).
  const std::string indent = "\n" + std::string(label + 2, ' ');
  auto lines = [&](const std::string& s) {
    std::string value = text::escape_controls(s, true);
    for (std::size_t at = 0; (at = value.find('\n', at)) != std::string::npos; at += indent.size())
      value.replace(at, 1, indent);
    return value;
  };
  std::size_t shown = o.max_rows && rs.rows.size() > o.max_rows ? o.max_rows : rs.rows.size();
  for (std::size_t r = 0; r < shown; ++r) {
    if (r) out << "\n";
    for (std::size_t c = 0; c < rs.columns.size() && c < rs.rows[r].size(); ++c) {
      const auto& col = rs.columns[c];
      out << pad(names[c], label, true) << "  ";
      if (col.kind == ColumnKind::sources) {
        auto j = parse_json_cell(rs.rows[r][c]);
        if (!j.is_array() || j.empty()) {
          out << "(none)\n";
          continue;
        }
        for (std::size_t i = 0; i < j.size(); ++i) {
          if (i) out << std::string(label + 2, ' ');
          const auto& s = j[i];
          auto sentence = s.contains("sentence") && s["sentence"].is_number()
                              ? fmt::format(" #{}", s["sentence"].get<long long>()) : std::string();
          out << fmt::format("[{}] {}{}: {}\n", i + 1, text::escape_controls(s.value("document", std::string("?"))),
                             sentence, lines(s.value("evidence", std::string())));
        }
        continue;
      }
      out << lines(cell_text(rs.rows[r][c], col.kind)) << "\n";
    }
  }
  auto n = rs.rows.size();
  out << (n ? "\n" : "") << n << (n == 1 ? " row" : " rows");
  if (shown < n) out << fmt::format(" ({} shown; .maxrows to see more)", shown);
  out << "\n";
}

void render(std::ostream& out, const ResultSet& rs, Format format, const Options& options) {
  switch (format) {
    case Format::json: render_json(out, rs); break;
    case Format::csv: render_csv(out, rs); break;
    case Format::table: render_table(out, rs, options); break;
    case Format::line: render_line(out, rs, options); break;
  }
}

}  // namespace kb::render
