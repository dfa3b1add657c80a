#include "engine/execute.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

namespace kb::engine {

namespace {
struct Deadline {
  std::chrono::steady_clock::time_point at;
  bool expired = false;
};

// Called by SQLite every few thousand VM steps; a non-zero return stops the statement.
int check_deadline(void* p) {
  auto* d = static_cast<Deadline*>(p);
  if (std::chrono::steady_clock::now() >= d->at) d->expired = true;
  return d->expired ? 1 : 0;
}
}  // namespace

void bind(SQLite::Statement& st, int i, const Value& v) {
  std::visit([&](const auto& x) {
    using T = std::decay_t<decltype(x)>;
    if constexpr (std::is_same_v<T, std::monostate>) st.bind(i);
    else if constexpr (std::is_same_v<T, std::int64_t>) st.bind(i, static_cast<int64_t>(x));
    else if constexpr (std::is_same_v<T, double>) st.bind(i, x);
    else st.bind(i, x);  // std::string: bound as text, never spliced
  }, v);
}

void bind_all(SQLite::Statement& st, const std::vector<Value>& params) {
  for (std::size_t i = 0; i < params.size(); ++i) bind(st, static_cast<int>(i + 1), params[i]);
}

Result<ResultSet> execute(SQLite::Database& db, std::string_view sql, const std::vector<Value>& params,
                          const std::vector<Column>& columns, const Limits& limits) {
  ResultSet rs;
  rs.columns = columns;
  Deadline deadline;
  bool timed = limits.timeout.count() > 0;
  if (timed) {
    deadline.at = std::chrono::steady_clock::now() + limits.timeout;
    sqlite3_progress_handler(db.getHandle(), 1000, check_deadline, &deadline);
  }
  struct Reset {
    sqlite3* h;
    bool on;
    ~Reset() { if (on) sqlite3_progress_handler(h, 0, nullptr, nullptr); }
  } reset{db.getHandle(), timed};
  try {
    SQLite::Statement st(db, std::string(sql));
    bind_all(st, params);
    if (rs.columns.empty())
      for (int c = 0; c < st.getColumnCount(); ++c) rs.columns.push_back({st.getColumnName(c), ColumnKind::text});
    const int n = static_cast<int>(rs.columns.size());
    while (st.executeStep()) {
      std::vector<Value> row;
      row.reserve(static_cast<std::size_t>(n));
      for (int c = 0; c < n && c < st.getColumnCount(); ++c) {
        auto col = st.getColumn(c);
        if (col.isNull()) row.emplace_back(std::monostate{});
        else if (col.isInteger()) row.emplace_back(static_cast<std::int64_t>(col.getInt64()));
        else if (col.isFloat()) row.emplace_back(col.getDouble());
        else row.emplace_back(col.getString());
      }
      rs.rows.push_back(std::move(row));
    }
  } catch (const SQLite::Exception& e) {
    if (deadline.expired)
      return Error{fmt::format("the query was stopped after {:g} s{}",
                               static_cast<double>(limits.timeout.count()) / 1000.0, limits.timeout_note), {}, {}};
    if (e.getErrorCode() == SQLITE_INTERRUPT) return Error{"the query was cancelled", {}, {}};
    return Error{fmt::format("the database said: {}", e.what()), {}, {}};
  }
  return rs;
}

void interrupt(SQLite::Database& db) { sqlite3_interrupt(db.getHandle()); }

}  // namespace kb::engine
