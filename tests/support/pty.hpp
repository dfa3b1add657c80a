// Driving an interactive program through a pseudo-terminal, as a person at a keyboard:
// type text, press keys, wait until something appears on the screen.
#pragma once
#include <sys/types.h>

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace kb::test {

class Pty {
 public:
  Pty(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env = {});
  ~Pty();

  void type(const std::string& keys);  // bytes as typed: "\t" Tab, "\x03" Ctrl-C, "\x04" Ctrl-D
  // Read until `needle` appears in the output after the current mark; false on timeout.
  bool wait_for(const std::string& needle, std::chrono::milliseconds timeout = std::chrono::seconds(10));
  std::string output() const { return out_; }  // everything shown so far, as text
  std::string since_mark() const { return out_.substr(mark_); }
  void mark() { mark_ = out_.size(); }         // later waits look only at newer output
  int wait_exit(std::chrono::milliseconds timeout = std::chrono::seconds(10));  // exit status, -1 on timeout

 private:
  void pump(int timeout_ms);
  int fd_ = -1;
  pid_t pid_ = -1;
  std::string out_;  // what was shown, escape sequences removed
  int esc_ = 0;      // 0 text, 1 after ESC, 2 inside a CSI sequence
  std::size_t mark_ = 0;
};

}  // namespace kb::test
