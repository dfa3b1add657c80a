// The interactive shell: libedit line editing, persistent history, context-aware tab
// completion, multi-line statements, Ctrl-C that cancels a query or clears a line.
#pragma once
#include "cli/shell.hpp"

namespace kb::cli {

// Runs until Ctrl-D or .quit. Returns the exit status.
int run_repl(Shell& shell, const std::string& db_path);

// Where history is kept: $XDG_STATE_HOME/kb/history, else ~/.kb_history.
std::string history_path();

// Make sure the locale is a UTF-8 one (libedit drops bytes outside the locale's
// charset); falls back to C.UTF-8. Returns the locale in effect.
std::string ensure_utf8_locale();

}  // namespace kb::cli
