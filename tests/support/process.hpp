// Running the kb binary from tests as a user would: arguments, optional stdin, captured
// stdout/stderr and exit status.
#pragma once
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace kb::test {

struct Run {
  int status = -1;  // exit status; 128+N when killed by signal N
  std::string out, err;
};

Run run(const std::vector<std::string>& argv, const std::string& input = {},
        const std::map<std::string, std::string>& env = {});

// run({KB_BINARY, "--db", db, args...})
Run run_kb(const std::string& db, const std::vector<std::string>& args, const std::string& input = {});

// In a forked child: set `env`, then exec `argv` (searching PATH); never returns.
[[noreturn]] void exec_child(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env = {});

// A fresh temporary directory, removed by the destructor.
struct TempDir {
  TempDir();
  ~TempDir();
  std::string path;
  std::string file(const std::string& name) const { return path + "/" + name; }
};

// A database of `n` bare events (no participants, no place): big enough that an unindexed
// sort takes a while, for tests of cancelling and timeouts.
void make_big_db(const std::string& path, int n = 1000000);

// A test suite over the sample corpus, ingested once into a temporary database.
class SampleKb : public ::testing::Test {
 protected:
  static void SetUpTestSuite();
  static void TearDownTestSuite();
  static inline TempDir* dir_ = nullptr;
  static inline std::string db_;
};

}  // namespace kb::test
