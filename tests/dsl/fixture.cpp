#include "fixture.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <stdexcept>
#include <vector>

#include <gtest/gtest.h>

#include "core/text.hpp"
#include "engine/execute.hpp"
#include "store/gazetteer.hpp"
#include "store/sync.hpp"

namespace kb::test {

namespace {

struct Writer {
  SQLite::Database& db;

  void exec(const std::string& sql, const std::vector<std::string>& args) {
    SQLite::Statement st(db, sql);
    for (std::size_t i = 0; i < args.size(); ++i) {
      if (args[i] == "NULL") st.bind(static_cast<int>(i + 1));
      else st.bind(static_cast<int>(i + 1), args[i]);
    }
    st.exec();
  }

  // A document whose clean text is one sentence per line; every sentence is indexed.
  void document(int id, const std::string& file, const std::string& title, const std::string& published,
                const std::vector<std::string>& sentences) {
    std::string clean;
    for (const auto& s : sentences) clean += s + "\n";
    exec("INSERT INTO documents(id, file_name, content_hash, title, published, outlet, raw_text, clean_text) "
         "VALUES (?, ?, ?, ?, ?, 'VnExpress', ?, ?)",
         {std::to_string(id), file, "hash-" + file, title, published, clean, clean});
    exec("INSERT INTO document_fts(rowid, title, body) VALUES (?, ?, ?)",
         {std::to_string(id), text::fold(title), text::fold(clean)});
    std::size_t at = 0;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      auto sid = std::to_string(id * 100 + static_cast<int>(i));
      auto end = at + sentences[i].size();
      exec("INSERT INTO sentences(id, document_id, seq, start_byte, end_byte, text) VALUES (?, ?, ?, ?, ?, ?)",
           {sid, std::to_string(id), std::to_string(i), std::to_string(at), std::to_string(end), sentences[i]});
      exec("INSERT INTO sentence_fts(rowid, text) VALUES (?, ?)", {sid, text::fold(sentences[i])});
      // Evidence id = sentence id: the whole sentence supports the fact.
      exec("INSERT INTO evidence(id, document_id, sentence_id, start_byte, end_byte) VALUES (?, ?, ?, ?, ?)",
           {sid, std::to_string(id), sid, std::to_string(at), std::to_string(end)});
      at = end + 1;
    }
  }

  void event(int id, const std::string& type, const std::string& start, const std::string& end,
             const std::string& precision, const std::string& place, const std::string& status,
             const std::vector<std::string>& participants, const std::vector<int>& evidence) {
    exec("INSERT INTO events(id, type, date_start, date_end, date_precision, place_id, status) "
         "VALUES (?, ?, ?, ?, ?, (SELECT id FROM places WHERE name = ?), ?)",
         {std::to_string(id), type, start, end, precision, place, status});
    for (const auto& a : participants)
      exec("INSERT INTO event_participants(event_id, actor_id) SELECT ?, id FROM actors WHERE name = ?",
           {std::to_string(id), a});
    for (int ev : evidence)
      exec("INSERT INTO event_evidence(event_id, evidence_id, status) VALUES (?, ?, ?)",
           {std::to_string(id), std::to_string(ev), status});
  }

  void claim(int id, const std::string& speaker, const std::string& start, const std::string& end,
             const std::string& precision, const std::string& text, bool direct, const std::vector<std::string>& about,
             int evidence) {
    exec("INSERT INTO claims(id, speaker_id, date_start, date_end, date_precision, text, direct) "
         "VALUES (?, (SELECT id FROM actors WHERE name = ?), ?, ?, ?, ?, ?)",
         {std::to_string(id), speaker, start, end, precision, text, direct ? "1" : "0"});
    exec("INSERT INTO claim_fts(rowid, text) VALUES (?, ?)", {std::to_string(id), text::fold(text)});
    for (const auto& a : about)
      exec("INSERT INTO claim_about(claim_id, actor_id) SELECT ?, id FROM actors WHERE name = ?",
           {std::to_string(id), a});
    exec("INSERT INTO claim_evidence(claim_id, evidence_id) VALUES (?, ?)",
         {std::to_string(id), std::to_string(evidence)});
  }
};

}  // namespace

store::Db make_fixture(const std::string& path) {
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");
  auto db = store::open(path, store::Mode::read_write);
  if (!db) throw std::runtime_error(db.error().message);
  auto g = store::Gazetteer::load(KB_SOURCE_DIR "/data");
  if (!g) throw std::runtime_error(g.error().message);
  if (auto s = store::sync_gazetteer(**db, *g); !s) throw std::runtime_error(s.error().message);

  SQLite::Transaction tx(**db);
  Writer w{**db};
  w.document(1, "alaska.txt", "Thượng đỉnh Nga - Mỹ tại Alaska", "2025-08-16",
             {"Ngày 15/8, Tổng thống Putin và Tổng thống Trump gặp nhau tại Anchorage, bang Alaska.",
              "Người phát ngôn Điện Kremlin Dmitry Peskov nói: \"Nga là con gấu thật, không phải gấu giấy\".",
              "Hai nhà lãnh đạo dự kiến gặp lại tại Budapest, nhưng cuộc gặp sau đó bị hủy."});
  w.document(2, "newyork.txt", "Ngoại trưởng Nga và Mỹ gặp nhau ở New York", "2025-09-25",
             {"Ngày 24/9, Ngoại trưởng Lavrov gặp Ngoại trưởng Rubio bên lề Đại hội đồng Liên hợp quốc tại New York.",
              "Bà Zakharova cho biết cuộc gặp diễn ra trong bầu không khí mang tính xây dựng.",
              "Ngoại trưởng Lavrov cũng bàn về xung đột Ukraine."});
  w.document(3, "budapest.txt", "Hủy thượng đỉnh Budapest", "2025-10-22",
             {"Ngày 21/10, Ngoại trưởng Rubio và Ngoại trưởng Lavrov điện đàm.",
              "Ngoại trưởng Nga nói với ông Rubio rằng Mỹ phải chịu trách nhiệm.",
              "Trước đó hai ông đã gặp nhau tại New York ngày 24/9."});
  w.document(4, "december.txt", "Điện Kremlin tiếp đặc phái viên Witkoff", "2025-12-20",
             {"Ngày 2/12, Tổng thống Putin tiếp ông Witkoff tại Điện Kremlin.",
              "Ngày 19/12, ông Putin họp báo cuối năm tại Moskva.",
              "Hồi tháng 2, ông Lavrov và ông Rubio hội đàm tại Riyadh."});

  w.event(1, "summit", "2025-08-15", "2025-08-15", "day", "Anchorage", "happened", {"Vladimir Putin", "Donald Trump"}, {100});
  w.event(2, "meeting", "2025-09-24", "2025-09-24", "day", "New York", "happened", {"Sergei Lavrov", "Marco Rubio"}, {200, 302});
  w.event(3, "call", "2025-10-21", "2025-10-21", "day", "NULL", "happened", {"Marco Rubio", "Sergei Lavrov"}, {300});
  w.event(4, "summit", "NULL", "NULL", "NULL", "Budapest", "cancelled", {"Vladimir Putin", "Donald Trump"}, {102});
  // Known only as "September 2025": not before 2025-09-10, not after it either.
  w.event(5, "meeting", "2025-09-01", "2025-09-30", "month", "Istanbul", "planned", {"Sergei Lavrov", "Andrii Sybiha"}, {202});
  w.event(6, "meeting", "2025-12-02", "2025-12-02", "day", "Kremlin", "happened", {"Vladimir Putin", "Steve Witkoff"}, {400});
  w.event(7, "press_conference", "2025-12-19", "2025-12-19", "day", "Moscow", "happened", {"Vladimir Putin"}, {401});
  w.event(8, "talks", "2025-02-18", "2025-02-18", "day", "Riyadh", "happened", {"Sergei Lavrov", "Marco Rubio"}, {402});
  w.event(9, "call", "2025-07-10", "2025-07-10", "day", "NULL", "happened", {"Sergei Lavrov", "Marco Rubio"}, {300});

  w.claim(1, "Dmitry Peskov", "2025-08-15", "2025-08-15", "day", "Nga là con gấu thật, không phải gấu giấy", true, {"Russia"}, 101);
  w.claim(2, "Sergei Lavrov", "2025-10-21", "2025-10-21", "day", "Mỹ phải chịu trách nhiệm", false, {"United States"}, 301);
  w.claim(3, "Maria Zakharova", "2025-09-01", "2025-09-30", "month", "cuộc gặp diễn ra trong bầu không khí mang tính xây dựng", false, {"Ukraine"}, 201);
  w.claim(4, "Dmitry Peskov", "2025-08-01", "2025-08-31", "month", "Điện Kremlin sẵn sàng đàm phán về Ukraine", false, {"Ukraine"}, 101);
  w.claim(5, "Sergei Lavrov", "2025-09-24", "2025-09-24", "day", "xung đột Ukraine cần giải pháp", true, {"Ukraine", "United States"}, 202);
  tx.commit();
  return std::move(*db);
}

ResultSet run(SQLite::Database& db, dsl::Session& session, std::string_view statement) {
  auto compiled = session.compile(statement);
  if (auto* d = std::get_if<dsl::Diagnostic>(&compiled)) {
    ADD_FAILURE() << dsl::render(*d, statement);
    return {};
  }
  const auto& out = std::get<dsl::Output>(compiled);
  if (out.kind != dsl::Output::Kind::rows) return {};
  auto rs = engine::execute(db, out.sql, out.params, out.columns);
  if (!rs) {
    ADD_FAILURE() << rs.error().message << "\n" << out.sql;
    return {};
  }
  return *rs;
}

ResultSet run_sql(SQLite::Database& db, const std::string& sql) {
  SQLite::Statement st(db, sql);
  ResultSet rs;
  for (int i = 0; i < st.getColumnCount(); ++i) rs.columns.push_back({st.getColumnName(i), ColumnKind::text});
  while (st.executeStep()) {
    std::vector<Value> row;
    for (int i = 0; i < st.getColumnCount(); ++i) {
      auto c = st.getColumn(i);
      if (c.isNull()) row.emplace_back();
      else if (c.isInteger()) row.emplace_back(static_cast<std::int64_t>(c.getInt64()));
      else row.emplace_back(c.getString());
    }
    rs.rows.push_back(std::move(row));
  }
  return rs;
}

std::vector<std::string> column(const ResultSet& rs, std::size_t index) {
  std::vector<std::string> out;
  for (const auto& row : rs.rows) {
    const auto& v = row.at(index);
    if (std::holds_alternative<std::monostate>(v)) out.push_back("NULL");
    else if (const auto* i = std::get_if<std::int64_t>(&v)) out.push_back(std::to_string(*i));
    else if (const auto* d = std::get_if<double>(&v)) out.push_back(std::to_string(*d));
    else out.push_back(std::get<std::string>(v));
  }
  return out;
}

void FixtureTest::SetUpTestSuite() {
  path_ = (std::filesystem::temp_directory_path() / fmt::format("kb-dsl-{}-{}.db", ::getpid(),
      ::testing::UnitTest::GetInstance()->current_test_suite()->name())).string();
  db_ = make_fixture(path_).release();
}

void FixtureTest::TearDownTestSuite() {
  delete db_;
  db_ = nullptr;
  std::filesystem::remove(path_);
}

ResultSet FixtureTest::rows(std::string_view statement) {
  dsl::Session s(db_);
  return run(*db_, s, statement);
}

std::vector<std::string> FixtureTest::ids(std::string_view statement, std::size_t col) {
  return column(rows(statement), col);
}

}  // namespace kb::test
