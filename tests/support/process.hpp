// Running the kb binary from tests as a user would: arguments, optional stdin, captured
// stdout/stderr and exit status.
#pragma once
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
Run kb(const std::string& db, const std::vector<std::string>& args, const std::string& input = {});

// A fresh temporary directory, removed by the destructor.
struct TempDir {
  TempDir();
  ~TempDir();
  std::string path;
  std::string file(const std::string& name) const { return path + "/" + name; }
};

}  // namespace kb::test
