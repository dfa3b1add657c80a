#include "cli/runner.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <ostream>

#include "engine/execute.hpp"

namespace kb::cli {

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
  for (std::size_t i = 0; i < q.params.size(); ++i) o << fmt::format("-- ?{} = {}\n", i + 1, param_text(q.params[i]));
}

bool Runner::run(std::string_view statement, std::string_view origin, int line, int column) {
  auto compiled = session.compile(statement);
  if (auto* d = std::get_if<dsl::Diagnostic>(&compiled)) {
    // Render against the statement's own text; shift the line into the script.
    (void)column;
    *err << dsl::render(*d, statement, origin, line - 1);
    return false;
  }
  auto& q = std::get<dsl::Output>(compiled);
  for (const auto& note : q.notes) *err << "note: " << note << "\n";
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
  auto rs = engine::execute(db, q.sql, q.params, q.columns, {settings.timeout});
  auto t1 = std::chrono::steady_clock::now();
  if (!rs) {
    *err << "error: " << rs.error().message;
    if (!origin.empty()) *err << fmt::format(" ({}:{})", origin, line);
    *err << "\n";
    return false;
  }
  render::render(*out, *rs, settings.format, settings.render);
  if (settings.timer)
    *out << fmt::format("Run time: {:.3f} ms\n", std::chrono::duration<double, std::milli>(t1 - t0).count());
  out->flush();
  return true;
}

}  // namespace kb::cli
