#include "support/pty.hpp"

#include "support/process.hpp"

#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>

namespace kb::test {

Pty::Pty(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env) {
  winsize ws{};
  ws.ws_row = 40;
  ws.ws_col = 120;
  pid_ = forkpty(&fd_, nullptr, nullptr, &ws);
  if (pid_ == 0) {
    setenv("TERM", "xterm", 1);
    exec_child(argv, env);
  }
}

Pty::~Pty() {
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  if (fd_ >= 0) close(fd_);
}

void Pty::type(const std::string& keys) {
  // One key at a time, as a person types: libedit reacts to each.
  for (char c : keys) {
    if (write(fd_, &c, 1) != 1) return;
    pump(5);
  }
}

void Pty::pump(int timeout_ms) {
  pollfd p{fd_, POLLIN, 0};
  while (poll(&p, 1, timeout_ms) > 0) {
    char buf[4096];
    auto n = read(fd_, buf, sizeof buf);
    if (n <= 0) return;
    // Keep the text as a person reads it: drop escape sequences (libedit redraws a
    // completed word as "pla" ESC[23G "ce", which reads "place" on the screen).
    for (ssize_t i = 0; i < n; ++i) {
      char c = buf[i];
      if (esc_ == 0 && c == '\x1b') esc_ = 1;
      else if (esc_ == 1) esc_ = c == '[' ? 2 : 0;
      else if (esc_ == 2) esc_ = (c >= 0x40 && c <= 0x7e) ? 0 : 2;
      else if (c != '\r') out_ += c;  // a redraw returns to the line start; keep the text whole
    }
    timeout_ms = 0;
  }
}

bool Pty::wait_for(const std::string& needle, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (out_.find(needle, mark_) == std::string::npos) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    pump(50);
  }
  return true;
}

int Pty::wait_exit(std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    pump(20);
    int st = 0;
    if (waitpid(pid_, &st, WNOHANG) == pid_) {
      pid_ = -1;
      return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    }
  }
  // Still running: say where it waits, for the failure message.
  std::ifstream sc("/proc/" + std::to_string(pid_) + "/syscall"), wc("/proc/" + std::to_string(pid_) + "/wchan");
  std::string a, b;
  std::getline(sc, a);
  std::getline(wc, b);
  out_ += "\n[kb still running: syscall " + a + ", wchan " + b + "]\n";
  return -1;
}

}  // namespace kb::test
