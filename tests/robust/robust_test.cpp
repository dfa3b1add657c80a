// Robustness (issue 6): what users' scrapers and scripts will throw at kb. Queries never
// write; a killed ingest leaves whole documents only; bad files get one-line errors while
// the others go in; hostile values change nothing; readers go on while an ingest runs.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "bench/synth.hpp"
#include "store/db.hpp"
#include "support/process.hpp"

namespace fs = std::filesystem;
using kb::test::run_kb;
using namespace std::chrono_literals;

namespace {

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// `n` synthetic articles in `dir` (the benchmark's generator: realistic sentences).
void write_articles(const std::string& dir, int n) {
  fs::create_directories(dir);
  for (int i = 0; i < n; ++i)
    write_file(dir + "/a" + std::to_string(1000 + i) + ".txt", kb::bench::synthetic_article(static_cast<unsigned>(i)));
}

std::int64_t count(SQLite::Database& db, const std::string& table) {
  return db.execAndGet("SELECT count(*) FROM " + table).getInt64();
}

struct Counts {
  std::int64_t documents, sentences, events, claims, actors;
  bool operator==(const Counts&) const = default;
};

Counts counts(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  return {count(db, "documents"), count(db, "sentences"), count(db, "events"), count(db, "claims"),
          count(db, "actors")};
}

pid_t spawn(const std::vector<std::string>& argv) {
  pid_t pid = fork();
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  return pid;
}

}  // namespace

TEST(Robust, QueriesNeverWriteTheDatabase) {
  kb::test::TempDir dir;
  auto db = dir.file("kb.db");
  ASSERT_EQ(run_kb(db, {"ingest", KB_SOURCE_DIR "/examples/corpus"}).status, 0);
  {
    SQLite::Database d(db, SQLite::OPEN_READWRITE);
    d.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  }
  auto before = read_file(db);
  EXPECT_EQ(run_kb(db, {"query", "events"}).status, 0);
  EXPECT_EQ(run_kb(db, {"query", "count claims by speaker"}).status, 0);
  write_file(dir.file("s.kbq"), "define x = events where has place\nx\n");
  EXPECT_EQ(run_kb(db, {"run", dir.file("s.kbq")}).status, 0);
  EXPECT_EQ(run_kb(db, {"repl"}, "claims where speaker=\"Peskov\"\n").status, 0);
  EXPECT_EQ(read_file(db), before);
  // The read-only connection refuses writes even if SQL could be smuggled in.
  auto ro = kb::store::open(db, kb::store::Mode::read_only);
  ASSERT_TRUE(ro);
  EXPECT_THROW((*ro)->exec("DELETE FROM events"), SQLite::Exception);
  // And a query on a database that does not exist does not create one.
  auto missing = dir.file("missing.db");
  auto r = run_kb(missing, {"query", "events"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("missing.db"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(missing));
}

TEST(Robust, KilledIngestLeavesWholeDocumentsAndARerunCompletes) {
  kb::test::TempDir dir;
  auto articles = dir.file("articles");
  write_articles(articles, 300);
  auto ref = dir.file("ref.db");
  ASSERT_EQ(run_kb(ref, {"ingest", "-q", articles}).status, 0);
  auto expected = counts(ref);
  ASSERT_EQ(expected.documents, 300);

  auto db = dir.file("crash.db");
  std::mt19937 rng(7);
  for (int round = 0; round < 6; ++round) {
    pid_t pid = spawn({KB_BINARY, "--db", db, "ingest", "-q", articles});
    std::this_thread::sleep_for(std::chrono::milliseconds(30 + rng() % 400));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!fs::exists(db)) continue;
    SQLite::Database d(db, SQLite::OPEN_READONLY);
    // Killed before the schema was committed: an empty database is a whole one too.
    if (d.execAndGet("PRAGMA user_version").getInt() == 0) continue;
    EXPECT_EQ(d.execAndGet("PRAGMA integrity_check").getString(), "ok") << "round " << round;
    EXPECT_EQ(count(d, "pragma_foreign_key_check"), 0) << "round " << round;
    // Whole documents only: every stored document has its sentences.
    EXPECT_EQ(d.execAndGet("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                           "(SELECT 1 FROM sentences s WHERE s.document_id = d.id)").getInt64(), 0);
  }
  auto r = run_kb(db, {"ingest", "-q", articles});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(counts(db), expected);
}

TEST(Robust, BadFilesGetOneLineErrorsAndTheOthersGoIn) {
  kb::test::TempDir dir;
  auto in = dir.file("in");
  fs::create_directories(in);
  fs::copy_file(KB_SOURCE_DIR "/examples/corpus/000_e945e4511e04832d.txt", in + "/good.txt");
  write_file(in + "/empty.txt", "");
  write_file(in + "/binary.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0", 20));
  write_file(in + "/invalid.txt", " date 2025-01-02 Tin\n\nNgoại trưởng \xc3\x28 gặp.\n");
  write_file(in + "/noise.txt", "*** --- ### 12345 !!!\n\n=== ~~~\n");
  write_file(in + "/huge.txt", std::string(50 << 20, 'a'));
  fs::create_directories(dir.file("emptydir"));
  auto db = dir.file("kb.db");
  auto r = run_kb(db, {"ingest", in, dir.file("missing.txt"), dir.file("emptydir")});
  EXPECT_EQ(r.status, 1);
  for (const char* name : {"empty.txt", "binary.txt", "invalid.txt", "noise.txt", "huge.txt", "missing.txt", "emptydir"})
    EXPECT_NE(r.err.find(name), std::string::npos) << name << " not named in:\n" << r.err;
  // The invalid byte is at offset 40: " date 2025-01-02 Tin\n\nNgoại trưởng " is 40 bytes.
  auto line = r.err.substr(r.err.find("invalid.txt"));
  line = line.substr(0, line.find('\n'));
  EXPECT_NE(line.find("40"), std::string::npos) << line;
  SQLite::Database d(db, SQLite::OPEN_READONLY);
  EXPECT_EQ(count(d, "documents"), 1);
  EXPECT_GT(count(d, "events"), 0);
}

TEST(Robust, HostileQueryValuesChangeNothing) {
  kb::test::TempDir dir;
  auto db = dir.file("kb.db");
  ASSERT_EQ(run_kb(db, {"ingest", KB_SOURCE_DIR "/examples/corpus"}).status, 0);
  auto before = counts(db);
  // 100 KB: a command-line argument may not be longer than 128 KB.
  const std::string huge(100 << 10, 'x');
  for (std::string value : {std::string("'; DROP TABLE events; --"), std::string("\"\"\""),
                            std::string("Robert'); DELETE FROM claims;--"), std::string("a\\\"b"), huge}) {
    auto q = "claims where speaker=$v or text ~ $v";
    auto r = run_kb(db, {"query", "--format", "json", "-p", "v=" + value, q});
    EXPECT_EQ(r.status, 0) << value.substr(0, 40) << ": " << r.err;
    EXPECT_EQ(r.out.substr(0, 2), "[]") << value.substr(0, 40);
  }
  // A NUL byte in a literal is refused or matches nothing; either way nothing changes.
  run_kb(db, {"query", std::string("events where place=\"a") + '\x01' + "b\""});
  EXPECT_EQ(counts(db), before);
}

TEST(Robust, HugeOrDeeplyNestedQueriesAreRefusedQuickly) {
  kb::test::TempDir dir;
  auto db = dir.file("kb.db");
  ASSERT_EQ(run_kb(db, {"ingest", KB_SOURCE_DIR "/examples/corpus"}).status, 0);
  auto t0 = std::chrono::steady_clock::now();
  auto r = run_kb(db, {"query", "events where " + std::string(30000, '(') + "status=\"planned\"" + std::string(30000, ')')});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("nest"), std::string::npos) << r.err.substr(0, 300);
  // 1 MB does not fit on a command line (128 KB per argument): a script carries it.
  write_file(dir.file("huge.kbq"), "events where text ~ \"" + std::string(1 << 20, 'a') + "\"\n");
  r = run_kb(db, {"run", dir.file("huge.kbq")});
  EXPECT_EQ(r.status, 1);
  EXPECT_LT(r.err.size(), 2000u) << "the error should not echo a megabyte";
  EXPECT_LT(std::chrono::steady_clock::now() - t0, 5s);
}

TEST(Robust, ReadersKeepAnsweringWhileAnIngestRuns) {
  kb::test::TempDir dir;
  auto db = dir.file("kb.db");
  ASSERT_EQ(run_kb(db, {"ingest", KB_SOURCE_DIR "/examples/corpus"}).status, 0);
  auto articles = dir.file("articles");
  write_articles(articles, 400);
  pid_t pid = spawn({KB_BINARY, "--db", db, "ingest", "-q", articles});
  int answered = 0, failed = 0;
  for (int status = 0; waitpid(pid, &status, WNOHANG) == 0;) {
    auto r = run_kb(db, {"query", "--format", "csv", "count events by type"});
    (r.status == 0 ? answered : failed)++;
    if (r.status != 0) ADD_FAILURE() << r.err;
  }
  EXPECT_GT(answered, 0);
  EXPECT_EQ(failed, 0);
  EXPECT_EQ(counts(db).documents, 405);
}

TEST(Robust, TimeoutStopsARunawayQuery) {
  kb::test::TempDir dir;
  auto db = dir.file("big.db");
  kb::test::make_big_db(db);
  auto t0 = std::chrono::steady_clock::now();
  auto r = run_kb(db, {"query", "--timeout", "0.2", "events order by participants"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("0.2 s"), std::string::npos) << r.err;
  EXPECT_LT(std::chrono::steady_clock::now() - t0, 10s);
}
