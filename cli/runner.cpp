#include "cli/runner.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <charconv>
#include <cmath>
#include <ostream>

#include "core/text.hpp"
#include "engine/execute.hpp"

namespace kb::cli {

std::optional<std::chrono::milliseconds> parse_timeout(std::string_view text) {
  if (text == "none") return std::chrono::milliseconds{0};
  double seconds = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(seconds) ||
      seconds < min_timeout_seconds || seconds > max_timeout_seconds)
    return std::nullopt;
  return std::chrono::milliseconds(static_cast<long long>(std::llround(seconds * 1000)));
}

void print_error(std::ostream& err, const Error& e, std::string_view label) {
  err << label << ": ";
  if (!e.where.empty()) err << text::escape_controls(e.where) << ": ";
  err << text::escape_controls(e.message) << "\n";
  if (!e.detail.empty()) {
    auto detail = text::escape_controls(e.detail, true);
    err << detail << (detail.back() == '\n' ? "" : "\n");
  }
}

void print_error(std::ostream& err, std::string_view message) { print_error(err, Error{std::string(message), {}, {}}); }

static int code_points(std::string_view s) {
  int n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) text::next_code_point(s, i);
  return n;
}

// The diagnostic drawn against the statement with its controls escaped, the caret moved
// to stay under the same characters.
static std::string render_escaped(dsl::Diagnostic d, std::string_view statement, std::string_view origin, int line_offset) {
  auto safe = text::escape_controls(statement, true);
  if (safe != statement) {
    std::size_t start = 0;
    for (int l = 1; l < d.line && start != std::string_view::npos; ++l)
      if ((start = statement.find('\n', start)) != std::string_view::npos) ++start;
    if (start != std::string_view::npos) {
      auto line = statement.substr(start, statement.find('\n', start) - start);
      std::size_t at = 0, end = 0;
      for (int c = 1; c < d.column && at < line.size(); ++c) text::next_code_point(line, at);
      end = at;
      for (int c = 0; c < d.length && end < line.size(); ++c) text::next_code_point(line, end);
      d.column = code_points(text::escape_controls(line.substr(0, at))) + 1;
      d.length = std::max(1, code_points(text::escape_controls(line.substr(at, end - at))));
    }
  }
  d.message = text::escape_controls(d.message);
  d.hint = text::escape_controls(d.hint);
  return dsl::render(d, safe, text::escape_controls(origin), line_offset);
}

Runner::Runner(SQLite::Database& database, std::ostream& o, std::ostream& e)
    : session(&database), out(&o), err(&e), db(database) {}

static std::string param_text(const Value& v) {
  return std::visit([](const auto& x) -> std::string {
    using T = std::decay_t<decltype(x)>;
    if constexpr (std::is_same_v<T, std::monostate>) return "NULL";
    else if constexpr (std::is_same_v<T, std::string>) {
      std::string q = "'";
      for (char c : x) q += c == '\'' ? std::string("''") : std::string(1, c);
      return q + "'";
    } else return fmt::format("{}", x);
  }, v);
}

static void print_sql(std::ostream& o, const dsl::Output& q) {
  o << q.sql << "\n";
  for (std::size_t i = 0; i < q.params.size(); ++i)
    o << fmt::format("-- ?{} = {}\n", i + 1, text::escape_controls(param_text(q.params[i])));
}

bool Runner::run(std::string_view statement, std::string_view origin, int line, int column) {
  auto compiled = session.compile(statement);
  if (auto* d = std::get_if<dsl::Diagnostic>(&compiled)) {
    // Render against the statement's own text; shift the line into the script.
    (void)column;
    *err << render_escaped(*d, statement, origin, line - 1);
    return false;
  }
  auto& q = std::get<dsl::Output>(compiled);
  for (const auto& note : q.notes) *err << "note: " << text::escape_controls(note) << "\n";
  switch (q.kind) {
    case dsl::Output::Kind::defined:
      return true;
    case dsl::Output::Kind::explain:
      print_sql(*out, q);
      return true;
    case dsl::Output::Kind::rows: break;
  }
  if (settings.show_sql) print_sql(*out, q);
  auto t0 = std::chrono::steady_clock::now();
  engine::Limits limits{settings.timeout.limit,
                        fmt::format("{}; raise it with {} SECONDS or {} none",
                                    settings.timeout.is_default ? " (the default limit)" : "",
                                    settings.timeout_option, settings.timeout_option)};
  auto rs = engine::execute(db, q.sql, q.params, q.columns, limits);
  auto t1 = std::chrono::steady_clock::now();
  if (!rs) {
    auto e = rs.error();
    if (!origin.empty()) e.where = fmt::format("{}:{}", origin, line);
    print_error(*err, e);
    return false;
  }
  render::render(*out, *rs, settings.format, settings.render);
  if (settings.timer)
    *out << fmt::format("Run time: {:.3f} ms\n", std::chrono::duration<double, std::milli>(t1 - t0).count());
  out->flush();
  return true;
}

}  // namespace kb::cli
