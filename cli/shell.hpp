// The statement shell shared by `kb run`, `kb repl` and piped input: statements run
// through the Runner, lines that start with `.` are dot-commands (sqlite3 style). The
// dot-commands live in one table, which `.help` and tab completion both read.
#pragma once
#include <fstream>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cli/runner.hpp"
#include "cli/statements.hpp"

namespace kb::cli {

class Shell;

struct DotCommand {
  std::string_view name;       // ".format"
  std::string_view args;       // "table|line|json|csv"
  std::string_view help;       // one line
  std::vector<std::string_view> choices;  // completion for the first argument
  std::function<bool(Shell&, const std::vector<std::string>&)> run;  // false: failed
};

const std::vector<DotCommand>& dot_commands();

class Shell {
 public:
  Shell(SQLite::Database& db, std::ostream& out, std::ostream& err);

  // Run statements of a script; `origin` names it in errors. With keep_going false, stops
  // at the first failure. Returns false when anything failed.
  bool run_statements(const std::vector<Statement>& statements, const std::string& origin, bool keep_going);

  // Run the statements read from `fd` (piped stdin) one by one as they arrive, each
  // dropped once run: an endless stream runs in bounded memory. Goes on after a failed
  // statement; stops at one too long to read. Returns false when anything failed.
  bool run_stream(int fd, const std::string& origin);

  // Run one statement or dot-command (the REPL's unit). Returns false when it failed.
  bool run_one(std::string_view statement, const std::string& origin = {}, int line = 1, int column = 1);

  // Check that every $param used has a value; prints the error and returns false.
  bool check_params(const std::vector<Statement>& statements, const std::string& origin);

  // Print "error: MESSAGE" (escaped) and return false, for dot-commands.
  bool fail(std::string_view message);

  Runner runner;
  bool quit = false;                  // .quit was run
  bool interactive = false;           // REPL on a terminal (.edit is allowed)
  std::string last_statement;         // for .edit
  // .edit: open $EDITOR on the text, return the statements written
  std::function<Result<std::vector<Statement>>(const std::string&)> edit;
  int read_depth = 0;                 // .read nesting, bounded

  std::ostream& out() { return *runner.out; }
  std::ostream& err() { return *runner.err; }
  void redirect(std::unique_ptr<std::ofstream> file);  // .output FILE; nullptr: back to stdout

 private:
  std::ostream* stdout_;
  std::unique_ptr<std::ofstream> output_file_;
};

}  // namespace kb::cli
