#include "cli/repl.hpp"

#include <fmt/format.h>
#include <histedit.h>
#include <langinfo.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/complete.hpp"
#include "cli/statements.hpp"
#include "core/text.hpp"
#include "engine/execute.hpp"

namespace kb::cli {

namespace {
std::atomic<SQLite::Database*> g_running{nullptr};  // the db while a query runs
volatile sig_atomic_t g_interrupted = 0;

void on_sigint(int) {
  g_interrupted = 1;
  if (auto* db = g_running.load()) engine::interrupt(*db);
}

struct ReplState {
  Shell* shell;
  bool continuation = false;
};

ReplState* g_state = nullptr;

const char* prompt(EditLine*) { return g_state && g_state->continuation ? "   ...> " : "kb> "; }

unsigned char on_tab(EditLine* el, int) {
  const LineInfo* li = el_line(el);
  std::string before(li->buffer, static_cast<std::size_t>(li->cursor - li->buffer));
  auto& shell = *g_state->shell;
  auto c = complete(before, &shell.runner.db, &shell.runner.session);
  if (c.candidates.empty()) return CC_REFRESH_BEEP;
  std::string typed = before.substr(c.replace_from);
  // The longest common prefix of the candidates, or the one candidate.
  std::string common = c.candidates[0];
  for (const auto& cand : c.candidates) {
    std::size_t k = 0;
    while (k < common.size() && k < cand.size() && common[k] == cand[k]) ++k;
    common.resize(k);
  }
  if (c.candidates.size() == 1 && common.back() != '"') common += ' ';
  bool replaces = common.size() > typed.size() || text::fold(common) != text::fold(typed);
  if (replaces && (c.candidates.size() == 1 || common.size() > typed.size())) {
    // Delete what was typed (counted in characters) and insert the completion.
    std::size_t chars = 0, i = 0;
    while (i < typed.size()) {
      text::next_code_point(typed, i);
      ++chars;
    }
    el_deletestr(el, static_cast<int>(chars));
    el_insertstr(el, common.c_str());
    return CC_REFRESH;
  }
  std::cout << "\n";
  for (const auto& cand : c.candidates) std::cout << text::escape_controls(cand) << "  ";  // names from articles
  std::cout << "\n";
  return CC_REDISPLAY;
}

// The edited file is read as a script: within the same limits.
Result<std::vector<Statement>> edit_in_editor(const std::string& text) {
  const char* editor = std::getenv("VISUAL");
  if (!editor || !*editor) editor = std::getenv("EDITOR");
  if (!editor || !*editor) editor = "vi";
  auto path = std::filesystem::temp_directory_path() / fmt::format("kb-edit-{}.kbq", ::getpid());
  std::ofstream(path) << text << "\n";
  int rc = std::system(fmt::format("{} '{}'", editor, path.string()).c_str());
  auto statements = rc == 0 ? read_script(path.string()) : std::vector<Statement>{};
  std::filesystem::remove(path);
  return statements;
}
}  // namespace

std::string history_path() {
  namespace fs = std::filesystem;
  if (const char* x = std::getenv("XDG_STATE_HOME"); x && *x) {
    std::error_code ec;
    fs::create_directories(fs::path(x) / "kb", ec);
    return (fs::path(x) / "kb" / "history").string();
  }
  const char* home = std::getenv("HOME");
  return (fs::path(home && *home ? home : ".") / ".kb_history").string();
}

std::string ensure_utf8_locale() {
  const char* got = std::setlocale(LC_ALL, "");
  std::string codeset = got ? nl_langinfo(CODESET) : "";
  if (codeset != "UTF-8") {
    got = std::setlocale(LC_ALL, "C.UTF-8");
    if (!got) got = std::setlocale(LC_CTYPE, "C.UTF-8");
  }
  return got ? got : "C";
}

int run_repl(Shell& shell, const std::string& db_path) {
  ensure_utf8_locale();
  ReplState state{&shell};
  g_state = &state;
  shell.interactive = true;
  shell.edit = edit_in_editor;

  EditLine* el = el_init("kb", stdin, stdout, stderr);
  History* hist = history_init();
  HistEvent ev;
  history(hist, &ev, H_SETSIZE, 5000);
  history(hist, &ev, H_SETUNIQUE, 1);
  auto hpath = history_path();
  history(hist, &ev, H_LOAD, hpath.c_str());
  el_set(el, EL_EDITOR, "emacs");
  el_set(el, EL_HIST, history, hist);
  el_set(el, EL_PROMPT, prompt);
  el_set(el, EL_ADDFN, "kb-complete", "Complete a keyword, field or name", on_tab);
  el_set(el, EL_BIND, "^I", "kb-complete", nullptr);
  el_set(el, EL_BIND, "^R", "em-inc-search-prev", nullptr);
  el_source(el, nullptr);  // the user's ~/.editrc

  // SIGINT without SA_RESTART: el_gets returns with EINTR, a running query is interrupted.
  struct sigaction sa {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);

  std::cout << fmt::format("kb {} on {} — .help for help, Ctrl-D to leave\n", KB_VERSION, text::escape_controls(db_path));
  std::string pending;
  while (!shell.quit) {
    state.continuation = !pending.empty();
    g_interrupted = 0;
    int count = 0;
    const char* line = el_gets(el, &count);
    if (g_interrupted || (!line && count == -1 && errno == EINTR)) {
      // Ctrl-C on a line clears it (and any pending continuation lines).
      std::cout << "^C\n";
      pending.clear();
      continue;
    }
    if (!line || count == 0) break;  // Ctrl-D
    std::string text(line);
    if (!text.empty() && text.back() == '\n') text.pop_back();
    if (pending.empty() && text::trim(text).empty()) continue;
    pending += pending.empty() ? text : "\n" + text;
    if (pending.size() > max_statement_bytes) {
      print_error(std::cerr, statement_too_long("<input>"));
      pending.clear();
      continue;
    }
    if (pending[0] != '.' && needs_more(pending)) continue;
    // One history entry per statement, saved at once so a crash loses nothing.
    std::string entry = pending;
    for (auto& ch : entry)
      if (ch == '\n') ch = ' ';
    history(hist, &ev, H_ENTER, entry.c_str());
    history(hist, &ev, H_SAVE, hpath.c_str());
    auto statement = pending;
    pending.clear();
    g_running = &shell.runner.db;
    auto pieces = split_statements(statement);
    for (const auto& st : pieces) {
      if (g_interrupted || shell.quit) break;
      shell.run_one(st.text, {}, st.line, st.column);
    }
    g_running = nullptr;
  }
  history_end(hist);
  el_end(el);
  g_state = nullptr;
  std::cout << "\n";
  return 0;
}

}  // namespace kb::cli
