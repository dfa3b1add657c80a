// Limits (issue 10): input a user can give is read in bounded memory (scripts, .read,
// piped statements, /dev/zero and FIFOs), --timeout takes only what is a limit and queries
// have a default one, and text from files and articles cannot drive the terminal.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/runner.hpp"
#include "core/text.hpp"
#include "store/db.hpp"
#include "support/process.hpp"

namespace fs = std::filesystem;
using kb::test::run_kb;
using namespace std::chrono_literals;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif
#else
constexpr bool sanitized = false;
#endif

// Peak resident memory allowed to kb in these tests; it needs some 10 MB. ASan keeps up
// to 256 MB of freed memory in quarantine on top, so its builds get that much more.
constexpr long max_rss_kb = (sanitized ? 768 : 256) << 10;

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

struct Measured {
  int status = -1;  // exit status; 128+N when killed by signal N
  std::string out, err;
  long max_rss_kb = 0;
};

// Runs kb with its stdin and stdout on pipes that `drive` works (it must close stdin and
// return what it read of stdout); stderr is collected from a file. The child's address
// space is capped (512 MB), so that unbounded reading ends at once instead of taking the
// machine's memory (not under ASan, which reserves terabytes of address space).
Measured run_measured(const std::string& db, const std::vector<std::string>& args,
                      const std::function<std::string(int in, int out)>& drive, rlim_t cap = 512 << 20) {
  kb::test::TempDir tmp;
  auto err_path = tmp.file("stderr");
  int in[2], out[2];
  EXPECT_EQ(pipe(in), 0);
  EXPECT_EQ(pipe(out), 0);
  pid_t pid = fork();
  if (pid == 0) {
    if (!sanitized) {
      rlimit limit{cap, cap};
      setrlimit(RLIMIT_AS, &limit);
    }
    dup2(in[0], 0);
    dup2(out[1], 1);
    int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(err, 2);
    for (int fd : {in[0], in[1], out[0], out[1], err}) close(fd);
    std::vector<std::string> argv = {KB_BINARY, "--db", db};
    argv.insert(argv.end(), args.begin(), args.end());
    kb::test::exec_child(argv);
  }
  close(in[0]);
  close(out[1]);
  signal(SIGPIPE, SIG_IGN);  // kb may stop reading early (that is the point): EPIPE, not death
  Measured m;
  m.out = drive(in[1], out[0]);
  close(out[0]);
  int st = 0;
  rusage ru{};
  wait4(pid, &st, 0, &ru);
  m.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
  m.max_rss_kb = ru.ru_maxrss;
  std::ifstream e(err_path, std::ios::binary);
  m.err.assign(std::istreambuf_iterator<char>(e), {});
  return m;
}

std::string read_all(int fd) {
  std::string s;
  char buf[65536];
  for (ssize_t n; (n = read(fd, buf, sizeof buf)) > 0;) s.append(buf, static_cast<std::size_t>(n));
  return s;
}

// Write `input` to stdin (as much as kb reads), close it, read stdout to its end (small
// outputs only).
std::function<std::string(int, int)> feed(std::string input) {
  return [input](int in, int out) {
    for (std::size_t done = 0; done < input.size();) {
      auto n = write(in, input.data() + done, input.size() - done);
      if (n <= 0) break;
      done += static_cast<std::size_t>(n);
    }
    close(in);
    return read_all(out);
  };
}

std::size_t count_lines(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }

// No byte of a terminal control survives: ESC, BEL, CSI as C1 (U+009B), a bare CR.
void expect_no_controls(const std::string& text, const std::string& what) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    bool control = (c < 0x20 && c != '\n') || c == 0x7f ||
                   (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                    static_cast<unsigned char>(text[i + 1]) <= 0x9f);
    if (control) {
      ADD_FAILURE() << what << ": raw control byte " << static_cast<int>(c) << " at " << i << " in:\n"
                    << kb::text::escape_controls(text, true);
      return;
    }
  }
}

class Limits : public kb::test::SampleKb {};

}  // namespace

// --- unbounded reads -------------------------------------------------------------------

TEST_F(Limits, RunDevZeroStopsAtTheStatementLimitWithOneLine) {
  auto m = run_measured(db_, {"run", "/dev/zero"}, feed(""));
  EXPECT_EQ(m.status, 1) << m.err.substr(0, 300);
  EXPECT_EQ(m.err.substr(0, m.err.find('\n')),
            "error: /dev/zero:1: a statement longer than 64 KiB, the limit for one statement");
  EXPECT_LT(m.err.size(), 300u);
  EXPECT_LT(m.max_rss_kb, max_rss_kb);
}

TEST_F(Limits, ReadDevZeroInTheReplFailsAndTheSessionGoesOn) {
  auto m = run_measured(db_, {"repl"}, feed(".read /dev/zero\ncount events by type\n"));
  EXPECT_EQ(m.status, 1) << m.err.substr(0, 300);
  EXPECT_NE(m.err.find("/dev/zero:1: a statement longer than 64 KiB"), std::string::npos) << m.err.substr(0, 300);
  EXPECT_NE(m.out.find("meeting"), std::string::npos) << "the statement after .read did not run";
  EXPECT_LT(m.max_rss_kb, max_rss_kb);
}

TEST_F(Limits, AFifoThatNeverEndsStopsAtTheScriptLimit) {
  kb::test::TempDir dir;
  auto fifo = dir.file("endless.kbq");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  pid_t writer = fork();
  if (writer == 0) {  // valid statements without end, until kb closes its side
    signal(SIGPIPE, SIG_IGN);
    int fd = open(fifo.c_str(), O_WRONLY);
    std::string lines;
    for (int i = 0; i < 1000; ++i) lines += "count events by type\n";
    while (write(fd, lines.data(), lines.size()) > 0) {}
    _exit(0);
  }
  auto m = run_measured(db_, {"run", fifo}, feed(""));
  kill(writer, SIGKILL);
  waitpid(writer, nullptr, 0);
  EXPECT_EQ(m.status, 1);
  EXPECT_EQ(m.err, "error: " + fifo + ": more than 4 MiB of statements, the limit for a script\n");
  EXPECT_EQ(m.out, "") << "nothing runs before the whole script is read";
  EXPECT_LT(m.max_rss_kb, max_rss_kb);
}

TEST_F(Limits, ABigScriptFileIsRefusedBeforeItIsRead) {
  kb::test::TempDir dir;
  auto path = dir.file("big.kbq");
  std::string lines = "count events by type\n";
  while (lines.size() <= (4u << 20)) lines += "# a comment line to make the script big\n";
  write_file(path, lines);
  auto r = run_kb(db_, {"run", path});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(path + ": the script is " + std::to_string(lines.size()) + " bytes long; the limit"),
            std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST_F(Limits, AScriptThatIsAFolderIsAOneLineError) {
  auto r = run_kb(db_, {"run", dir_->path});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "error: " + dir_->path + ": cannot read: Is a directory\n");
}

// `yes 'count events by type' | kb repl`: an endless stream of valid statements. Each runs
// as it arrives and is dropped: answers come while stdin is still open (the whole input
// was read first before), and memory stays flat. The writer stops after 3,000 answers.
TEST_F(Limits, EndlessPipedStatementsRunOneByOneInBoundedMemory) {
  const std::string statement = "count events by type\n";
  std::size_t written = 0, answers = 0, answers_while_open = 0;
  auto drive = [&](int in, int out) {
    std::string pending;
    bool in_open = true;
    std::size_t partial = 0;  // bytes of a statement half written
    auto close_in = [&] {
      close(in);
      in_open = false;
      answers_while_open = answers;
    };
    for (;;) {
      pollfd fds[2] = {{out, POLLIN, 0}, {in_open ? in : -1, POLLOUT, 0}};
      if (poll(fds, 2, -1) < 0) break;
      if (fds[0].revents & (POLLIN | POLLHUP)) {
        char buf[65536];
        auto n = read(out, buf, sizeof buf);
        if (n <= 0) break;
        pending.append(buf, static_cast<std::size_t>(n));
        // An answer ends with the table's footer, "N rows".
        for (std::size_t nl; (nl = pending.find('\n')) != std::string::npos; pending.erase(0, nl + 1)) {
          auto line = std::string_view(pending).substr(0, nl);
          if (!line.empty() && std::isdigit(static_cast<unsigned char>(line[0])) && line.ends_with(" rows")) ++answers;
        }
      }
      if (in_open && (fds[1].revents & (POLLOUT | POLLERR))) {
        // Stop between statements. The old shell read all of stdin before it ran anything:
        // 1 MB is far more than a pipe holds ahead of a shell that answers.
        if (partial == 0 && (answers >= 3000 || written * statement.size() > (1u << 20))) {
          close_in();
          continue;
        }
        auto n = write(in, statement.data() + partial, statement.size() - partial);
        if (n <= 0) {
          close_in();
          continue;
        }
        partial += static_cast<std::size_t>(n);
        if (partial == statement.size()) {
          partial = 0;
          ++written;
        }
      }
    }
    if (in_open) close_in();
    return std::string();
  };
  auto m = run_measured(db_, {"repl"}, drive);
  EXPECT_EQ(m.status, 0) << m.err.substr(0, 300);
  EXPECT_EQ(m.err, "");
  EXPECT_GE(answers_while_open, 3000u) << "statements did not run while stdin was open";
  EXPECT_EQ(answers, written) << "every statement written runs once";
  EXPECT_LT(m.max_rss_kb, max_rss_kb);
}

TEST_F(Limits, APipedStatementOverTheLimitStopsTheStreamWithTheLine) {
  auto m = run_measured(db_, {"repl"}, feed("count events by type\n\nevents where text ~ \"" + std::string(100000, 'a') + "\"\n"));
  EXPECT_EQ(m.status, 1);
  EXPECT_NE(m.err.find("error: <stdin>:3: a statement longer than 64 KiB"), std::string::npos) << m.err.substr(0, 300);
  EXPECT_NE(m.out.find("meeting"), std::string::npos);
}

// --- timeouts --------------------------------------------------------------------------

TEST(Timeout, OnlyAPositiveFiniteNumberOfSecondsUpToADayOrNoneIsAccepted) {
  using kb::cli::parse_timeout;
  EXPECT_EQ(parse_timeout("none"), std::chrono::milliseconds(0));
  EXPECT_EQ(parse_timeout("0.2"), std::chrono::milliseconds(200));
  EXPECT_EQ(parse_timeout("30"), std::chrono::milliseconds(30000));
  EXPECT_EQ(parse_timeout("0.001"), std::chrono::milliseconds(1));
  EXPECT_EQ(parse_timeout("86400"), std::chrono::milliseconds(86400000));
  for (const char* bad : {"0", "-1", "1e-9", "0.0001", "nan", "inf", "-inf", "1e16", "86401", "", "abc", "5s", " 5",
                          "+5", "0x10", "None"})
    EXPECT_FALSE(parse_timeout(bad)) << "'" << bad << "'";
}

TEST(Timeout, QueriesHaveADefaultLimit) {
  kb::cli::Settings s;
  EXPECT_EQ(s.timeout.limit, kb::cli::default_timeout);
  EXPECT_EQ(kb::cli::default_timeout, 30s);
  EXPECT_TRUE(s.timeout.is_default);
}

TEST_F(Limits, BadTimeoutsAreUsageErrors) {
  for (const std::string bad : {"0", "-1", "1e-9", "nan", "inf", "1e16", "abc", ""}) {
    for (const std::vector<std::string>& cmd : {std::vector<std::string>{"query", "--timeout", bad, "count events by type"},
                                                 {"repl", "--timeout", bad}}) {
      auto r = run_kb(db_, cmd);  // no input: kb exits before reading, a write would get SIGPIPE
      EXPECT_EQ(r.status, 2) << cmd[0] << " --timeout '" << bad << "': " << r.err;
      EXPECT_NE(r.err.find("from 0.001 to 86400, or none"), std::string::npos) << r.err;
      EXPECT_EQ(r.out, "");
    }
  }
  auto script = dir_->file("t.kbq");
  write_file(script, "count events by type\n");
  EXPECT_EQ(run_kb(db_, {"run", script, "--timeout", "0"}).status, 2);
}

TEST_F(Limits, TimeoutNoneAndAPositiveTimeoutWork) {
  for (const char* t : {"none", "2.5", "86400"}) {
    auto r = run_kb(db_, {"query", "--timeout", t, "count events by type"});
    EXPECT_EQ(r.status, 0) << t << ": " << r.err;
    EXPECT_NE(r.out.find("meeting"), std::string::npos);
  }
  auto r = run_kb(db_, {"repl"}, ".timeout\n.timeout none\n.timeout\n.timeout 2\n.timeout\n.timeout 0\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "30 s (the default)\nnone\n2 s\n");
  EXPECT_EQ(r.err, "error: usage: .timeout SECONDS|none (a number of seconds from 0.001 to 86400, or none)\n");
}

class Runaway : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new kb::test::TempDir();
    db_ = dir_->file("big.db");
    kb::test::make_big_db(db_, 200000);
  }
  static void TearDownTestSuite() { delete dir_; }
  static inline kb::test::TempDir* dir_ = nullptr;
  static inline std::string db_;
};

TEST_F(Runaway, AStoppedQuerySaysHowToRaiseTheLimit) {
  auto r = run_kb(db_, {"query", "--timeout", "0.001", "events order by participants"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "error: the query was stopped after 0.001 s; raise it with --timeout SECONDS or --timeout none\n");
  auto repl = run_kb(db_, {"repl"}, ".timeout 0.001\nevents order by participants\n");
  EXPECT_EQ(repl.status, 1);
  EXPECT_EQ(repl.err, "error: <stdin>:2: the query was stopped after 0.001 s; raise it with .timeout SECONDS "
                      "or .timeout none\n");
}

// The default limit fires with its own words (30 s is too long for a test: the same
// limit, made short, in process).
TEST_F(Runaway, TheDefaultLimitSaysItIsTheDefault) {
  auto db = kb::store::open(db_, kb::store::Mode::read_only);
  ASSERT_TRUE(db);
  std::ostringstream out, err;
  kb::cli::Runner runner(**db, out, err);
  ASSERT_TRUE(runner.settings.timeout.is_default);
  runner.settings.timeout.limit = 1ms;
  EXPECT_FALSE(runner.run("events order by participants"));
  EXPECT_EQ(err.str(), "error: the query was stopped after 0.001 s (the default limit); raise it with --timeout "
                       "SECONDS or --timeout none\n");
}

// Out of memory is one line and exit 1, not std::terminate (exit 134): kb needs some
// 15 MB to start, 200,000 events as JSON some 70 MB.
TEST_F(Runaway, OutOfMemoryIsAOneLineError) {
  if (sanitized) GTEST_SKIP() << "ASan cannot run under an address-space cap";
  auto m = run_measured(db_, {"query", "--format", "json", "events"}, feed(""), 40 << 20);
  EXPECT_EQ(m.status, 1);
  EXPECT_EQ(m.err, "error: out of memory (a result or an input too big for the memory kb may use)\n");
}

// --- terminal safety -------------------------------------------------------------------

class TerminalSafety : public ::testing::Test {
 protected:
  // An article whose file name and title carry an OSC title change, a colour, a C1 CSI
  // and a BEL.
  static constexpr const char* title = "Lavrov \x1b]0;pwned\x07 meets \x1b[31mRubio\xc2\x9b" "2J in Alaska";
  static void SetUpTestSuite() {
    dir_ = new kb::test::TempDir();
    db_ = dir_->file("kb.db");
    fs::create_directories(dir_->file("in"));
    write_file(dir_->file("in/\x1b[2Jnews.txt"),
               std::string(" date 2025-08-15 ") + title + "\n\nNgoại trưởng Nga Sergey Lavrov gặp Ngoại trưởng Mỹ "
               "Marco Rubio tại Alaska ngày 15/8. \x1b[8mHidden\x1b[0m \"Chúng tôi đã thảo luận\x1b]0;x\x07\", "
               "ông Lavrov nói.\n");
    auto r = run_kb(db_, {"ingest", dir_->file("in")});
    ASSERT_EQ(r.status, 0) << r.err;
  }
  static void TearDownTestSuite() { delete dir_; }
  static inline kb::test::TempDir* dir_ = nullptr;
  static inline std::string db_;
};

TEST_F(TerminalSafety, TableAndLineOutputShowControlsAsEscapes) {
  for (const char* format : {"table", "line"}) {
    for (const char* q : {"documents", "claims", "events"}) {
      auto r = run_kb(db_, {"query", "--format", format, q});
      EXPECT_EQ(r.status, 0) << r.err;
      expect_no_controls(r.out, std::string(format) + " " + q);
      expect_no_controls(r.err, std::string(format) + " " + q);
    }
    auto r = run_kb(db_, {"query", "--format", format, "documents"});
    EXPECT_NE(r.out.find("\\x1b]0;pwned\\x07"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\\u009b2J"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\\x1b[2Jnews.txt"), std::string::npos) << r.out;
  }
}

TEST_F(TerminalSafety, JsonEscapesControlsAndCsvKeepsTheBytes) {
  auto json = run_kb(db_, {"query", "--format", "json", "documents"});
  expect_no_controls(json.out, "json");
  EXPECT_NE(json.out.find("\\u001b]0;pwned\\u0007"), std::string::npos) << json.out;
  EXPECT_EQ(nlohmann::json::parse(json.out)[0]["title"], title);
  auto csv = run_kb(db_, {"query", "--format", "csv", "documents"});
  EXPECT_NE(csv.out.find(title), std::string::npos) << "CSV is data: the bytes as stored";
}

TEST_F(TerminalSafety, ErrorsShowControlsAsEscapes) {
  // A typo after an escape sequence in a statement: the caret stays under the word.
  for (const std::string q : {"documents where titel = \"\x1b[31m\"", "documents where title = \"\x1b[31m\" and titel = 1"}) {
    auto r = run_kb(db_, {"query", q});
    EXPECT_EQ(r.status, 1);
    expect_no_controls(r.err, "diagnostic");
    auto shown = r.err.find("  documents where");
    ASSERT_NE(shown, std::string::npos) << r.err;
    auto line = r.err.substr(shown, r.err.find('\n', shown) - shown);
    auto caret = r.err.substr(shown + line.size() + 1);
    EXPECT_NE(line.find("\"\\x1b[31m\""), std::string::npos) << line;
    EXPECT_EQ(caret.find("^~~~~"), line.find("titel")) << r.err;
  }
  // A file name in ingest, run, .read, .output, --param and unknown arguments.
  auto name = dir_->file("\x1b]0;pwned\x07.txt");
  std::vector<kb::test::Run> runs = {
      run_kb(db_, {"ingest", name}), run_kb(db_, {"run", name}),
      run_kb(db_, {"repl"}, ".read " + name + "\n.output /nonexistent/\x1b[2J\n.fields \x1b[2J\n.\x1b[2J\n"),
      run_kb(db_, {"query", "--param", "\x1b[2J", "events"}),
      run_kb(db_, {"query", "--format", "\x1b[2J", "events"}),
      run_kb(db_, {"run", dir_->file("x.kbq"), "\x1b[2J"}),
      run_kb(db_, {"repl"}, "count events by \x1b[2J\n"),
      run_kb(db_, {"repl"}, "documents where title = \"a\x1b\" select title, tilte\n")};
  for (const auto& run : runs) {
    EXPECT_NE(run.status, 0);
    EXPECT_NE(run.err, "");
    expect_no_controls(run.err, "error");
    expect_no_controls(run.out, "output");
  }
  EXPECT_NE(runs[0].err.find("\\x1b]0;pwned\\x07.txt"), std::string::npos) << runs[0].err;
}

TEST_F(TerminalSafety, AFileNameWithANewlineGivesOneErrorLine) {
  kb::test::TempDir dir;
  fs::create_directories(dir.file("in"));
  auto forged = dir.file("in/bad\nerror: all documents were deleted\n.txt");
  write_file(forged, "");
  auto r = run_kb(dir.file("kb.db"), {"ingest", dir.file("in")});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(count_lines(r.err), 1u) << r.err;
  EXPECT_NE(r.err.find("bad\\nerror: all documents were deleted\\n.txt"), std::string::npos) << r.err;

  auto missing = run_kb(db_, {"run", dir.file("no\nerror: forged.kbq")});
  EXPECT_EQ(missing.status, 1);
  EXPECT_EQ(count_lines(missing.err), 1u) << missing.err;
  auto script = dir.file("s\nerror: forged.kbq");
  write_file(script, "documents where titel = 1\n");
  auto typo = run_kb(db_, {"run", script});
  EXPECT_EQ(typo.status, 1);
  EXPECT_EQ(typo.err.substr(0, typo.err.find('\n')),
            "error: unknown field 'titel' for documents at " + dir.file("s\\nerror: forged.kbq") + ":1:17")
      << typo.err;
}
