#include "support/process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>

#include <SQLiteCpp/Statement.h>

#include "store/db.hpp"

namespace kb::test {

void exec_child(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env) {
  for (const auto& [k, v] : env) setenv(k.c_str(), v.c_str(), 1);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  execvp(args[0], args.data());
  _exit(127);
}

void make_big_db(const std::string& path, int n) {
  auto db = store::open(path, store::Mode::read_write);
  ASSERT_TRUE(db) << db.error().message;
  SQLite::Statement st(**db,
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
      "INSERT INTO events(id, type, date_start, date_end, date_precision, status) "
      "SELECT i, 'meeting', '2025-01-01', '2025-01-01', 'day', 'happened' FROM n");
  st.bind(1, n);
  st.exec();
}

void SampleKb::SetUpTestSuite() {
  dir_ = new TempDir();
  db_ = dir_->file("kb.db");
  auto r = run_kb(db_, {"ingest", KB_SOURCE_DIR "/examples/corpus"});
  ASSERT_EQ(r.status, 0) << r.err;
}

void SampleKb::TearDownTestSuite() {
  delete dir_;
  dir_ = nullptr;
}

Run run(const std::vector<std::string>& argv, const std::string& input,
        const std::map<std::string, std::string>& env) {
  int in[2], out[2], err[2];
  if (pipe(in) || pipe(out) || pipe(err)) return {};
  pid_t pid = fork();
  if (pid == 0) {
    dup2(in[0], 0);
    dup2(out[1], 1);
    dup2(err[1], 2);
    for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) close(fd);
    exec_child(argv, env);
  }
  close(in[0]);
  close(out[1]);
  close(err[1]);
  Run r;
  std::size_t written = 0;
  if (input.empty()) close(in[1]);
  bool in_open = !input.empty();
  bool out_open = true, err_open = true;
  while (out_open || err_open) {
    pollfd fds[3] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}, {in_open ? in[1] : -1, POLLOUT, 0}};
    poll(fds, 3, -1);
    char buf[65536];
    for (int k = 0; k < 2; ++k) {
      if (!(fds[k].revents & (POLLIN | POLLHUP))) continue;
      auto n = read(fds[k].fd, buf, sizeof buf);
      if (n <= 0) {
        (k == 0 ? out_open : err_open) = false;
        close(fds[k].fd);
        fds[k].fd = -1;
      } else {
        (k == 0 ? r.out : r.err).append(buf, static_cast<std::size_t>(n));
      }
    }
    if (in_open && (fds[2].revents & (POLLOUT | POLLERR))) {
      auto n = write(in[1], input.data() + written, input.size() - written);
      if (n > 0) written += static_cast<std::size_t>(n);
      if (n <= 0 || written == input.size()) {
        close(in[1]);
        in_open = false;
      }
    }
  }
  if (in_open) close(in[1]);
  int st = 0;
  waitpid(pid, &st, 0);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
  return r;
}

Run run_kb(const std::string& db, const std::vector<std::string>& args, const std::string& input) {
  std::vector<std::string> argv = {KB_BINARY, "--db", db};
  argv.insert(argv.end(), args.begin(), args.end());
  return run(argv, input);
}

TempDir::TempDir() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "kb-test-XXXXXX").string();
  path = mkdtemp(tmpl.data());
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path, ec);
}

}  // namespace kb::test
