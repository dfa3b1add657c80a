// kb_bench: how fast kb answers and ingests, measured on synthetic data.
//
//   kb_bench queries --events 1000000     the query suite on a synthetic KB
//   kb_bench ingest  --articles 10000     ingest throughput and peak memory
//   kb_bench extract --corpus DIR         extraction time per article, and the gazetteer load
//
// For every query of the suite it prints the DSL front-end time (parse + resolve + SQL),
// SQLite's own prepare time for the SQL the DSL emits, the execution time of that SQL and
// of the best hand-written SQL for the same answer, and the plan's full scans. Both SQL
// texts must give the same rows (checked), or the comparison means nothing.
#include <CLI/CLI.hpp>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "bench/suite.hpp"
#include "bench/synth.hpp"
#include "dsl/dsl.hpp"
#include "engine/execute.hpp"
#include "ingest/extract.hpp"
#include "ingest/ingest.hpp"
#include "ingest/phrases.hpp"
#include "ingest/read.hpp"
#include "store/db.hpp"
#include "store/gazetteer.hpp"
#include "store/sync.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double micros_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

long peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024;  // Linux reports KiB
}

// Rows as text, for comparing the DSL's answer with the hand-written one.
std::multiset<std::string> run_rows(SQLite::Database& db, const std::string& sql, const std::vector<kb::Value>& params,
                                    int key_columns) {
  SQLite::Statement st(db, sql);
  kb::engine::bind_all(st, params);
  std::multiset<std::string> rows;
  while (st.executeStep()) {
    // Cells sorted: the two answers may order their columns differently.
    std::vector<std::string> cells;
    for (int c = 0; c < key_columns && c < st.getColumnCount(); ++c) cells.push_back(st.getColumn(c).getString());
    std::sort(cells.begin(), cells.end());
    std::string row;
    for (const auto& cell : cells) row += cell + "\x1f";
    rows.insert(row);
  }
  return rows;
}

// Median wall time of running `sql` to the last row.
double time_exec(SQLite::Database& db, const std::string& sql, const std::vector<kb::Value>& params, int reps) {
  SQLite::Statement st(db, sql);
  std::vector<double> t;
  for (int r = 0; r < reps; ++r) {
    st.reset();
    st.clearBindings();
    kb::engine::bind_all(st, params);
    auto t0 = Clock::now();
    while (st.executeStep()) {
    }
    t.push_back(micros_since(t0));
  }
  return median(t);
}

double time_prepare(SQLite::Database& db, const std::string& sql, int reps) {
  std::vector<double> t;
  for (int r = 0; r < reps; ++r) {
    auto t0 = Clock::now();
    SQLite::Statement st(db, sql);
    t.push_back(micros_since(t0));
  }
  return median(t);
}

// Plan steps that read a whole table without an index: "SCAN e" (a covering index scan is
// reported as "SCAN e USING COVERING INDEX ..." and is fine for a count over everything).
std::string full_scans(SQLite::Database& db, const std::string& sql, const std::vector<kb::Value>& params) {
  SQLite::Statement st(db, "EXPLAIN QUERY PLAN " + sql);
  kb::engine::bind_all(st, params);
  std::string out;
  while (st.executeStep()) {
    std::string detail = st.getColumn(3).getString();
    if (detail.rfind("SCAN ", 0) == 0 && detail.find("USING") == std::string::npos &&
        detail.find("VIRTUAL TABLE") == std::string::npos && detail.find("CONSTANT ROW") == std::string::npos)
      out += (out.empty() ? "" : "; ") + detail;
  }
  return out.empty() ? "-" : out;
}

std::string fmt_us(double us) {
  if (us < 1000) return fmt::format("{:.1f} µs", us);
  if (us < 1e6) return fmt::format("{:.2f} ms", us / 1000);
  return fmt::format("{:.2f} s", us / 1e6);
}

int run_queries(std::int64_t events, int reps, const fs::path& dir, const std::string& data_dir) {
  fs::create_directories(dir);
  auto path = dir / fmt::format("bench_{}.db", events);
  if (!fs::exists(path)) {
    fmt::print(stderr, "generating {} events into {} ...\n", events, path.string());
    auto t0 = Clock::now();
    auto tmp = path.string() + ".tmp";
    fs::remove(tmp);
    {
      auto db = kb::store::open(tmp, kb::store::Mode::read_write);
      if (!db) {
        fmt::print(stderr, "error: {}\n", db.error().message);
        return 1;
      }
      auto g = kb::store::Gazetteer::load(data_dir);
      if (!g) {
        fmt::print(stderr, "error: {}\n", g.error().message);
        return 1;
      }
      kb::store::sync_gazetteer(**db, *g);
      kb::bench::generate_kb(**db, {events});
      (*db)->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    fs::rename(tmp, path);
    fmt::print(stderr, "generated in {:.1f} s\n", micros_since(t0) / 1e6);
  }
  // A base generated by an older kb is brought up to the current schema first.
  if (auto rw = kb::store::open(path.string(), kb::store::Mode::read_write); !rw) {
    fmt::print(stderr, "error: {}\n", rw.error().message);
    return 1;
  }
  auto opened = kb::store::open(path.string(), kb::store::Mode::read_only);
  if (!opened) {
    fmt::print(stderr, "error: {}\n", opened.error().message);
    return 1;
  }
  SQLite::Database& db = **opened;
  auto suite = kb::bench::query_suite(db);

  fmt::print("\n### Queries on {} events ({} runs each, median)\n\n", events, reps);
  fmt::print("| query | rows | front end | SQLite prepare | DSL SQL | hand SQL | ratio | full scans |\n");
  fmt::print("|---|---:|---:|---:|---:|---:|---:|---|\n");
  int failures = 0;
  for (const auto& q : suite) {
    kb::dsl::Session session(&db);
    for (const auto& pre : q.setup) session.compile(pre);
    auto compiled = session.compile(q.dsl);
    if (auto* d = std::get_if<kb::dsl::Diagnostic>(&compiled)) {
      fmt::print("| `{}` | error: {} | | | | | | |\n", q.dsl, d->message);
      ++failures;
      continue;
    }
    const auto& out = std::get<kb::dsl::Output>(compiled);
    // Front end: compile many times; the session is reused as a REPL would.
    const int n = 2000;
    auto t0 = Clock::now();
    for (int i = 0; i < n; ++i) session.compile(q.dsl);
    double front = micros_since(t0) / n;
    double prep = time_prepare(db, out.sql, 200);
    auto dsl_rows = run_rows(db, out.sql, out.params, q.key_columns);
    auto hand_rows = run_rows(db, q.hand_sql, q.hand_params, q.key_columns);
    std::string count = std::to_string(dsl_rows.size());
    if (dsl_rows != hand_rows) {
      count += fmt::format(" ≠ {} (MISMATCH)", hand_rows.size());
      ++failures;
    }
    double dsl_t = time_exec(db, out.sql, out.params, reps);
    double hand_t = time_exec(db, q.hand_sql, q.hand_params, reps);
    fmt::print("| `{}` | {} | {} | {} | {} | {} | {:.2f}× | {} |\n", q.dsl, count, fmt_us(front), fmt_us(prep),
               fmt_us(dsl_t), fmt_us(hand_t), hand_t > 0 ? dsl_t / hand_t : 0.0, full_scans(db, out.sql, out.params));
  }
  fmt::print("\npeak memory: {} MB\n", peak_rss_mb());
  return failures ? 1 : 0;
}

int run_ingest(std::int64_t articles, const fs::path& dir, const std::string& data_dir) {
  auto corpus = dir / fmt::format("articles_{}", articles);
  if (!fs::exists(corpus / "done")) {
    fmt::print(stderr, "writing {} synthetic articles into {} ...\n", articles, corpus.string());
    fs::create_directories(corpus);
    for (std::int64_t i = 0; i < articles; ++i) {
      std::ofstream(corpus / fmt::format("a{:07}.txt", i)) << kb::bench::synthetic_article(static_cast<std::uint64_t>(i));
    }
    std::ofstream(corpus / "done") << articles;
  }
  std::uintmax_t bytes = 0;
  for (const auto& e : fs::directory_iterator(corpus))
    if (e.path().extension() == ".txt") bytes += e.file_size();
  auto db_path = dir / fmt::format("ingest_{}.db", articles);
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db_path.string() + suffix);
  auto db = kb::store::open(db_path.string(), kb::store::Mode::read_write);
  if (!db) {
    fmt::print(stderr, "error: {}\n", db.error().message);
    return 1;
  }
  auto t0 = Clock::now();
  int failed = 0;
  auto summary = kb::ingest::ingest_paths(**db, {corpus.string()}, {data_dir}, [&](const kb::ingest::FileReport& r) {
    if (r.outcome == kb::ingest::FileReport::Outcome::failed && failed++ < 3)
      fmt::print(stderr, "{}: {}\n", r.path, r.error.message);
  });
  double secs = micros_since(t0) / 1e6;
  if (!summary) {
    fmt::print(stderr, "error: {}\n", summary.error().message);
    return 1;
  }
  fmt::print("\n### Ingest of {} synthetic articles ({:.1f} MB)\n\n", articles, static_cast<double>(bytes) / 1e6);
  fmt::print("| articles | time | articles/s | MB/s | events (new, merged) | claims | failed | peak memory |\n");
  fmt::print("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  fmt::print("| {} | {:.1f} s | {:.0f} | {:.2f} | {}, {} | {} | {} | {} MB |\n", articles, secs,
             static_cast<double>(articles) / secs, static_cast<double>(bytes) / 1e6 / secs, summary->events_new,
             summary->events_merged, summary->claims, summary->documents_failed, peak_rss_mb());
  return summary->documents_failed ? 1 : 0;
}

// Extraction alone (stages 2–8, no storing) on real articles, against a reference taken in
// the same run: tokenizing the same text, the least any extractor must do. The gazetteer
// load is timed as a user's first ingest pays it: files read, synced into an empty base,
// and loaded into memory.
int run_extract(const std::vector<std::string>& corpus, int reps, const std::string& data_dir) {
  auto t0 = Clock::now();
  auto g = kb::store::Gazetteer::load(data_dir);
  double files_ms = micros_since(t0) / 1e3;
  auto lx = kb::ingest::Lexicon::load(data_dir + "/vi");
  double lexicon_ms = micros_since(t0) / 1e3 - files_ms;
  auto db = kb::store::open(":memory:", kb::store::Mode::read_write);
  if (!g || !lx || !db) {
    fmt::print(stderr, "error: cannot load the data or open a base\n");
    return 1;
  }
  auto t1 = Clock::now();
  kb::store::sync_gazetteer(**db, *g);
  double sync_ms = micros_since(t1) / 1e3;
  auto t2 = Clock::now();
  auto gazette = kb::ingest::Gazette::load(**db);
  double gazette_ms = micros_since(t2) / 1e3;
  std::vector<kb::ingest::Document> docs;
  for (const auto& dir : corpus)
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().extension() == ".txt")
        if (auto d = kb::ingest::read_file(e.path().string())) docs.push_back(std::move(*d));
  if (docs.empty() || !gazette) {
    fmt::print(stderr, "error: no articles in the corpus\n");
    return 1;
  }
  std::sort(docs.begin(), docs.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  std::vector<double> extract_us, token_us;
  std::size_t bytes = 0;
  for (const auto& d : docs) bytes += d.text.size();
  for (int r = 0; r < reps; ++r) {
    // New people go into the base as an ingest would put them; rolled back after each round.
    (*db)->exec("SAVEPOINT round");
    auto round = *gazette;
    auto ta = Clock::now();
    std::size_t sink = 0;
    for (const auto& d : docs) sink += kb::ingest::tokenize(d.text).size();
    token_us.push_back(micros_since(ta) / static_cast<double>(docs.size()));
    auto tb = Clock::now();
    for (auto d : docs) {
      auto x = kb::ingest::extract(**db, d, *lx, round);
      sink += x.events.size() + x.claims.size();
    }
    extract_us.push_back(micros_since(tb) / static_cast<double>(docs.size()));
    (*db)->exec("ROLLBACK TO round; RELEASE round");
    if (sink == 0) fmt::print(stderr, "(nothing extracted)\n");
  }
  double ex = median(extract_us), tok = median(token_us);
  fmt::print("\n### Extraction of {} articles ({:.0f} KB), median of {} rounds\n\n", docs.size(),
             static_cast<double>(bytes) / 1e3, reps);
  fmt::print("| per article | extraction | tokenizing (reference) | ratio |\n|---|---:|---:|---:|\n");
  fmt::print("| mean | {:.2f} ms | {:.3f} ms | {:.0f}× |\n", ex / 1e3, tok / 1e3, tok > 0 ? ex / tok : 0.0);
  fmt::print("\n| gazetteer load | files | lexicon | sync into a new base | into memory | total |\n|---|---:|---:|---:|---:|---:|\n");
  fmt::print("| ms | {:.1f} | {:.1f} | {:.1f} | {:.1f} | {:.1f} |\n", files_ms, lexicon_ms, sync_ms, gazette_ms,
             files_ms + lexicon_ms + sync_ms + gazette_ms);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kb_bench: query and ingest benchmarks on synthetic data"};
  app.require_subcommand(1);
  std::string dir = "bench-data", data_dir = kb::store::data_dir("");
  app.add_option("--dir", dir, "Where generated databases and articles are kept (reused between runs)");
  std::int64_t events = 10000, articles = 1000;
  int reps = 11;
  auto* q = app.add_subcommand("queries", "Run the query suite on a synthetic KB");
  q->add_option("--events", events, "Events in the synthetic KB")->capture_default_str();
  q->add_option("--reps", reps, "Runs of each query (the median is reported)")->capture_default_str();
  auto* in = app.add_subcommand("ingest", "Ingest synthetic articles into a fresh database");
  in->add_option("--articles", articles, "Number of articles")->capture_default_str();
  std::vector<std::string> corpus{KB_SOURCE_DIR "/examples/corpus"};
  auto* ex = app.add_subcommand("extract", "Time extraction per article on a folder of real articles");
  ex->add_option("--corpus", corpus, "Folders of articles (default: examples/corpus)");
  ex->add_option("--reps", reps, "Rounds over the corpus (the median is reported)")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  if (q->parsed()) return run_queries(events, reps, dir, data_dir);
  if (ex->parsed()) return run_extract(corpus, reps, data_dir);
  return run_ingest(articles, dir, data_dir);
}
