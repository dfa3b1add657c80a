// Diagnostics: positions in code points, the caret drawing, and suggestions.
#include "dsl/diagnostics.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "core/text.hpp"

namespace kb::dsl {

static std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out.push_back(text::next_code_point(s, i));
  return out;
}

static int count_code_points(std::string_view s) { return static_cast<int>(code_points(s).size()); }

Diagnostic diagnostic_at(std::string_view source, ast::Span span, std::string message, std::string hint) {
  auto begin = std::min(span.begin, source.size());
  auto end = std::clamp(span.end, begin, source.size());
  auto line_start = source.rfind('\n', begin == 0 ? std::string_view::npos : begin - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  if (begin == 0) line_start = 0;
  Diagnostic d;
  d.line = 1 + static_cast<int>(std::count(source.begin(), source.begin() + static_cast<long>(begin), '\n'));
  d.column = 1 + count_code_points(source.substr(line_start, begin - line_start));
  auto line_end = source.find('\n', begin);
  auto stop = std::min(end, line_end == std::string_view::npos ? source.size() : line_end);
  d.length = std::max(1, count_code_points(source.substr(begin, stop - begin)));
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

// The statement's line `n` (1-based).
static std::string_view line_of(std::string_view source, int n) {
  std::size_t start = 0;
  for (int i = 1; i < n; ++i) {
    auto nl = source.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  auto nl = source.find('\n', start);
  return source.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
}

// The byte offset of code point `column` (1-based) in `line`.
static std::size_t byte_of_column(std::string_view line, int column) {
  std::size_t i = 0;
  for (int c = 1; c < column && i < line.size(); ++c) text::next_code_point(line, i);
  return i;
}

// Long lines are cut to a window around the fault, marked with "…" where cut.
static constexpr int context_columns = 60;

std::string render(const Diagnostic& d, std::string_view source, std::string_view origin, int line_offset) {
  auto where = fmt::format("{}{}{}:{}", origin, origin.empty() ? "" : ":", d.line + line_offset, d.column);
  auto out = fmt::format("error: {} at {}\n", d.message, where);
  auto line = line_of(source, d.line);
  if (!line.empty()) {
    auto length = std::min(d.length, context_columns);
    auto from = byte_of_column(line, std::max(1, d.column - context_columns));
    auto at = byte_of_column(line, d.column);
    auto mark_end = at + byte_of_column(line.substr(at), length + 1);
    auto to = mark_end + byte_of_column(line.substr(mark_end), context_columns + 1);
    std::string before = (from > 0 ? "…" : "") + std::string(line.substr(from, at - from));
    std::string shown = before + std::string(line.substr(at, to - at)) + (to < line.size() ? "…" : "");
    auto width = std::max<std::size_t>(1, text::display_width(line.substr(at, mark_end - at)));
    out += fmt::format("  {}\n  {}^{}\n", shown, std::string(text::display_width(before), ' '),
                       std::string(width - 1, '~'));
  }
  if (!d.hint.empty()) out += fmt::format("  {}\n", d.hint);
  return out;
}

static std::size_t edit_distance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      auto up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::string nearest(std::string_view word, const std::vector<std::string>& candidates) {
  if (word.size() > 64) return {};
  auto w = code_points(text::lower(word));
  std::string best;
  auto best_distance = std::max<std::size_t>(1, w.size() / 3) + 1;
  for (const auto& c : candidates) {
    auto cp = code_points(text::lower(c));
    // The distance is at least the difference in length: most of a gazetteer is skipped.
    if (std::max(cp.size(), w.size()) - std::min(cp.size(), w.size()) >= best_distance) continue;
    auto d = edit_distance(w, cp);
    if (d < best_distance) best = c, best_distance = d;
  }
  return best;
}

std::string suggestion(std::string_view word, const std::vector<std::string>& candidates, std::string_view what) {
  std::string hint;
  if (auto n = nearest(word, candidates); !n.empty()) hint = fmt::format("did you mean '{}'? ", n);
  std::vector<std::string> shown(candidates.begin(), candidates.begin() + std::min<long>(5, static_cast<long>(candidates.size())));
  return hint + fmt::format("{}: {}{}", what, fmt::join(shown, ", "), candidates.size() > 5 ? ", ..." : "");
}

}  // namespace kb::dsl
