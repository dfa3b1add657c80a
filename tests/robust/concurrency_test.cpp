// The writer under concurrency and the reader without write access (issue 10): several
// `kb ingest` processes on one file give what one sequential ingest gives; queries work
// on a read-only mount and for another user; a damaged base is not written into; the
// file system's own errors are one-line errors and the other files still go in.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <tuple>

#include "bench/synth.hpp"
#include "support/process.hpp"

namespace fs = std::filesystem;
using kb::test::run;
using kb::test::run_kb;
using kb::test::TempDir;

namespace {

void write_file(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

// Articles that share new people: each names one of a few persons no gazetteer knows,
// so concurrent ingests race to create the same actors. (No two share a first or a last
// name: which short form goes to whom would depend on the order of the articles.)
std::vector<std::string> write_articles(const std::string& dir, int n) {
  static const char* const people[] = {"Ivan Petrenko", "Olga Sorokina", "Pavel Volkov",
                                       "Irina Zhukova", "Oleg Belov", "Nadia Kravets"};
  fs::create_directories(dir);
  std::vector<std::string> files;
  for (int i = 0; i < n; ++i) {
    auto text = kb::bench::synthetic_article(static_cast<unsigned>(i));
    text += fmt::format("Ông {}, Vụ trưởng Vụ Thông tin, cho biết: “Chúng tôi theo dõi sát tình hình số {}.”\n",
                        people[i % 6], i);
    files.push_back(fmt::format("{}/a{:05}.txt", dir, i));
    write_file(files.back(), text);
  }
  return files;
}

// The first element of `a` not in `b`, for a readable failure.
std::string first_missing(const std::multiset<std::string>& a, const std::multiset<std::string>& b) {
  std::vector<std::string> d;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(d));
  return d.empty() ? "" : d.front().substr(0, 120);
}

// What a base holds, independent of row ids and of the order documents went in.
struct Contents {
  std::multiset<std::string> documents, actors, claims, sentences, events;
  bool operator==(const Contents&) const = default;
};

void expect_same(const Contents& got, const Contents& want, const std::string& what) {
  for (auto [name, g, w] : {std::tuple{"documents", &got.documents, &want.documents},
                            std::tuple{"actors", &got.actors, &want.actors}, std::tuple{"claims", &got.claims, &want.claims},
                            std::tuple{"sentences", &got.sentences, &want.sentences},
                            std::tuple{"events", &got.events, &want.events}}) {
    EXPECT_EQ(g->size(), w->size()) << what << ": " << name;
    EXPECT_TRUE(*g == *w) << what << ": " << name << " missing '" << first_missing(*w, *g) << "', extra '"
                          << first_missing(*g, *w) << "'";
  }
}

Contents contents(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  Contents c;
  auto collect = [&](const char* sql, std::multiset<std::string>& into) {
    SQLite::Statement st(db, sql);
    while (st.executeStep()) into.insert(st.getColumn(0).getString());
  };
  collect("SELECT content_hash FROM documents", c.documents);
  collect("SELECT name || '|' || kind FROM actors", c.actors);
  collect("SELECT coalesce(a.name, '') || '|' || c.text FROM claims c LEFT JOIN actors a ON a.id = c.speaker_id",
          c.claims);
  collect("SELECT d.content_hash || '|' || s.seq FROM sentences s JOIN documents d ON d.id = s.document_id",
          c.sentences);
  collect("SELECT e.type || '|' || coalesce(e.date_start, '') || '|' || coalesce(e.status, '') || '|' || "
          "coalesce((SELECT group_concat(name, ',') FROM (SELECT a.name FROM event_participants p "
          "JOIN actors a ON a.id = p.actor_id WHERE p.event_id = e.id ORDER BY a.name)), '') FROM events e",
          c.events);
  return c;
}

// `kb ingest` in `n` processes at once, process i taking `inputs[i]`; their exit statuses.
std::vector<int> ingest_together(const std::string& db, const std::vector<std::vector<std::string>>& inputs) {
  std::vector<pid_t> pids;
  for (const auto& files : inputs) {
    std::vector<std::string> argv{KB_BINARY, "--db", db, "ingest", "--quiet"};
    argv.insert(argv.end(), files.begin(), files.end());
    pid_t pid = fork();
    if (pid == 0) {
      int null = open("/dev/null", O_WRONLY);
      dup2(null, 1);
      kb::test::exec_child(argv);
    }
    pids.push_back(pid);
  }
  std::vector<int> status;
  for (pid_t pid : pids) {
    int st = 0;
    waitpid(pid, &st, 0);
    status.push_back(WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st));
  }
  return status;
}

// `kb ARGS` as the user nobody. The binary and the data folder are copied into `dir`
// (made readable by all): the build tree may lie in a folder only root can enter.
kb::test::Run run_as_nobody(const std::string& dir, std::vector<std::string> args) {
  auto kb = dir + "/kb-nobody";
  if (!fs::exists(kb)) {
    fs::copy_file(KB_BINARY, kb);
    fs::copy(KB_SOURCE_DIR "/data", dir + "/data-nobody", fs::copy_options::recursive);
    for (auto& e : fs::recursive_directory_iterator(dir + "/data-nobody"))
      fs::permissions(e.path(), e.is_directory() ? fs::perms(0755) : fs::perms(0644));
    fs::permissions(dir + "/data-nobody", fs::perms(0755));
    fs::permissions(kb, fs::perms(0755));
  }
  std::vector<std::string> argv{"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", kb, "--data",
                                dir + "/data-nobody"};
  argv.insert(argv.end(), args.begin(), args.end());
  return run(argv);
}

// Round-robin split of `files` into `n` disjoint parts.
std::vector<std::vector<std::string>> split(const std::vector<std::string>& files, int n) {
  std::vector<std::vector<std::string>> parts(static_cast<std::size_t>(n));
  for (std::size_t i = 0; i < files.size(); ++i) parts[i % parts.size()].push_back(files[i]);
  return parts;
}

class Concurrent : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    files_ = write_articles(dir_->file("articles"), 240);
    auto r = run_kb(dir_->file("sequential.db"), {"ingest", "--quiet", dir_->file("articles")});
    ASSERT_EQ(r.status, 0) << r.err;
    expected_ = contents(dir_->file("sequential.db"));
  }
  static void TearDownTestSuite() { delete dir_; }
  static inline TempDir* dir_ = nullptr;
  static inline std::vector<std::string> files_;
  static inline Contents expected_;
};

// Merging across documents depends on their order, and concurrent processes commit in
// an order of their own: the result must be that of one ingest of the same files in the
// order they were committed (documents.id), and hold the same documents, people and claims
// as any sequential ingest.
TEST_F(Concurrent, DisjointHalvesEqualOneSequentialIngest) {
  for (int n : {2, 4}) {
    auto db = dir_->file(fmt::format("disjoint{}.db", n));
    auto status = ingest_together(db, split(files_, n));
    EXPECT_EQ(status, std::vector<int>(static_cast<std::size_t>(n), 0)) << n << " processes";
    auto got = contents(db);
    auto what = fmt::format("{} processes, disjoint inputs", n);
    EXPECT_EQ(got.documents, expected_.documents) << what;
    EXPECT_EQ(got.actors, expected_.actors) << what << ": every new person created once";
    EXPECT_EQ(got.claims.size(), expected_.claims.size()) << what;
    EXPECT_EQ(got.sentences, expected_.sentences) << what;
    std::vector<std::string> order{"ingest", "--quiet"};
    {
      SQLite::Database d(db, SQLite::OPEN_READONLY);
      SQLite::Statement st(d, "SELECT file_name FROM documents ORDER BY id");
      while (st.executeStep()) order.push_back(dir_->file("articles/" + st.getColumn(0).getString()));
    }
    auto replay = dir_->file(fmt::format("replay{}.db", n));
    ASSERT_EQ(run_kb(replay, order).status, 0);
    expect_same(got, contents(replay), what + " against one ingest in commit order");
  }
}

TEST_F(Concurrent, TheSameFilesInSeveralIngestsAreStoredOnce) {
  for (int n : {2, 4}) {
    auto db = dir_->file(fmt::format("overlap{}.db", n));
    auto status = ingest_together(db, std::vector<std::vector<std::string>>(static_cast<std::size_t>(n), files_));
    EXPECT_EQ(status, std::vector<int>(static_cast<std::size_t>(n), 0)) << n << " processes";
    expect_same(contents(db), expected_, fmt::format("{} processes, the same inputs", n));
  }
}

TEST(ConcurrentCreate, TwoFirstIngestsOfANewDatabaseBothSucceed) {
  TempDir dir;
  auto files = write_articles(dir.file("articles"), 2);
  for (int round = 0; round < 12; ++round) {
    auto db = dir.file(fmt::format("new{}.db", round));
    auto status = ingest_together(db, {{files[0]}, {files[1]}});
    EXPECT_EQ(status, (std::vector<int>{0, 0})) << "round " << round;
    EXPECT_EQ(contents(db).documents.size(), 2u) << "round " << round;
  }
}

// A base ingested by root, then read by whoever else may read it.
class Readers : public ::testing::Test {
 protected:
  void SetUp() override {
    // Readable by others, as a shared archive is: mkdtemp makes its folder 0700.
    chmod(dir_.path.c_str(), 0755);
    fs::create_directories(dir_.file("base"));
    db_ = dir_.file("base/kb.db");
    auto r = run_kb(db_, {"ingest", KB_SOURCE_DIR "/examples/corpus"});
    ASSERT_EQ(r.status, 0) << r.err;
    chmod(db_.c_str(), 0644);
  }
  TempDir dir_;
  std::string db_;
};

TEST_F(Readers, ALeftoverWalFileIsClosedAfterIngest) {
  // The rollback journal at rest: nothing beside the file is needed to read it.
  SQLite::Database db(db_, SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("PRAGMA journal_mode").getString(), "delete");
  EXPECT_FALSE(fs::exists(db_ + "-wal"));
  EXPECT_FALSE(fs::exists(db_ + "-shm"));
}

TEST_F(Readers, AnotherUserQueriesABaseInAFolderTheyCannotWrite) {
  auto r = run_as_nobody(dir_.path, {"--db", db_, "query", "--format", "csv", "count events by type"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("summit"), std::string::npos) << r.out;
}

TEST_F(Readers, AQueryWorksOnAReadOnlyMount) {
  // A private mount namespace: the read-only view disappears with the process.
  auto view = dir_.file("view");
  fs::create_directories(view);
  auto script = fmt::format("mount --bind '{0}' '{1}' && mount -o remount,bind,ro '{1}' && "
                            "! touch '{1}/probe' 2>/dev/null && exec '{2}' --db '{1}/kb.db' query --format csv "
                            "'count events by type'",
                            dir_.file("base"), view, KB_BINARY);
  auto r = run({"unshare", "-m", "sh", "-c", script});
  if (r.status != 0 && r.err.find("unshare") != std::string::npos) GTEST_SKIP() << "no mount namespace: " << r.err;
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("summit"), std::string::npos) << r.out;
}

// A writer killed in WAL mode leaves its last commits in -wal (and -shm): a reader on a
// read-only mount still sees them, or says why it cannot.
TEST_F(Readers, AKilledWritersWalIsReadOrRefusedNeverIgnored) {
  if (fork() == 0) {
    SQLite::Database db(db_, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA wal_autocheckpoint = 0");
    db.exec("INSERT INTO documents(file_name, content_hash, title, raw_text, clean_text) "
            "VALUES ('x.txt', 'hash-x', 'Pending title', 'x', 'x')");
    _exit(0);  // as kill -9 would: no checkpoint, no close
  }
  int st = 0;
  wait(&st);
  ASSERT_GT(fs::file_size(db_ + "-wal"), 0u);
  auto view = dir_.file("view");
  fs::create_directories(view);
  auto query = [&](const std::string& q) {
    auto script = fmt::format("mount --bind '{0}' '{1}' && mount -o remount,bind,ro '{1}' && "
                              "exec '{2}' --db '{1}/kb.db' query --format csv '{3}'",
                              dir_.file("base"), view, KB_BINARY, q);
    return run({"unshare", "-m", "sh", "-c", script});
  };
  auto seen = query("documents where title=\"Pending title\"");
  if (seen.status != 0 && seen.err.find("unshare") != std::string::npos) GTEST_SKIP() << seen.err;
  EXPECT_EQ(seen.status, 0) << seen.err;
  EXPECT_NE(seen.out.find("Pending title"), std::string::npos) << seen.out;
  fs::remove(db_ + "-shm");
  auto refused = query("count documents");
  EXPECT_EQ(refused.status, 1);
  EXPECT_NE(refused.err.find("-wal"), std::string::npos) << refused.err;
}

TEST(DamagedBase, IngestRefusesToWriteIntoIt) {
  TempDir dir;
  auto db = dir.file("kb.db");
  ASSERT_EQ(run_kb(db, {"ingest", KB_SOURCE_DIR "/examples/corpus"}).status, 0);
  // Overwrite a page in the middle of the file with garbage (not the header page).
  auto size = fs::file_size(db);
  {
    std::fstream f(db, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(size / 2 / 4096 * 4096));
    std::string junk(4096, '\x5a');
    f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  auto before = fs::file_size(db);
  auto files = write_articles(dir.file("more"), 1);
  auto r = run_kb(db, {"ingest", files[0]});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("damaged"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(db), std::string::npos) << "names the file: " << r.err;
  EXPECT_EQ(fs::file_size(db), before);
}

TEST(FileSystem, ASymlinkLoopInAFolderIsOneErrorAndTheOtherFilesGoIn) {
  TempDir dir;
  auto files = write_articles(dir.file("in"), 2);
  fs::create_symlink("loop.txt", dir.file("in/loop.txt"));
  auto r = run_kb(dir.file("kb.db"), {"ingest", dir.file("in")});
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find(dir.file("in/loop.txt") + ": Too many levels of symbolic links"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << "one line: " << r.err;
  EXPECT_NE(r.out.find("documents: 2 added"), std::string::npos) << r.out;
  // Named directly, the loop says the same, not "no such file".
  auto direct = run_kb(dir.file("kb.db"), {"ingest", dir.file("in/loop.txt")});
  EXPECT_EQ(direct.status, 1);
  EXPECT_NE(direct.err.find("Too many levels of symbolic links"), std::string::npos) << direct.err;
}

TEST(FileSystem, AFifoInAFolderIsSkippedWithANote) {
  TempDir dir;
  write_articles(dir.file("in"), 1);
  ASSERT_EQ(mkfifo(dir.file("in/pipe.txt").c_str(), 0644), 0);
  auto r = run_kb(dir.file("kb.db"), {"ingest", dir.file("in")});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("note: " + dir.file("in/pipe.txt") + ": skipped: not a regular file"), std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("documents: 1 added (vi 1), 0 unchanged, 1 skipped"), std::string::npos) << r.out;
  // Named directly it is an error, and kb does not block reading it.
  auto direct = run_kb(dir.file("kb.db"), {"ingest", dir.file("in/pipe.txt")});
  EXPECT_EQ(direct.status, 1);
  EXPECT_NE(direct.err.find("not a regular file (a FIFO)"), std::string::npos) << direct.err;
}

TEST(FileSystem, APermissionErrorSaysWhy) {
  TempDir dir;
  chmod(dir.path.c_str(), 0777);
  auto files = write_articles(dir.file("in"), 1);
  chmod(dir.file("in").c_str(), 0777);
  chmod(files[0].c_str(), 0000);
  auto r = run_as_nobody(dir.path, {"--db", dir.file("kb.db"), "ingest", files[0]});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(files[0] + ": cannot open the file: Permission denied"), std::string::npos) << r.err;
}

TEST(FileSystem, AByteOrderMarkBeforeTheHeaderIsDropped) {
  TempDir dir;
  write_file(dir.file("bom.txt"), "\xEF\xBB\xBF date 2025-03-04 Tin có BOM\n\nNgoại trưởng Nga Sergei Lavrov cho biết: “Nga sẵn sàng.”\n");
  ASSERT_EQ(run_kb(dir.file("kb.db"), {"ingest", dir.file("bom.txt")}).status, 0);
  auto r = run_kb(dir.file("kb.db"), {"query", "--format", "csv", "documents"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find(",Tin có BOM,2025-03-04,"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\xEF\xBB\xBF"), std::string::npos);
}

}  // namespace
