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

  // Run a whole script text; `origin` names it in errors. With keep_going false, stops
  // at the first failure. Returns false when anything failed.
  bool run_text(std::string_view text, const std::string& origin, bool keep_going);

  // Run one statement or dot-command (the REPL's unit). Returns false when it failed.
  bool run_one(std::string_view statement, const std::string& origin = {}, int line = 1, int column = 1);

  // Check that every $param used in `text` has a value; prints the error and returns false.
  bool check_params(std::string_view text, const std::string& origin);

  Runner runner;
  bool quit = false;                  // .quit was run
  bool interactive = false;           // REPL on a terminal (.edit is allowed)
  std::string last_statement;         // for .edit
  std::function<std::string(const std::string&)> edit;  // .edit: open $EDITOR, return the text
  int read_depth = 0;                 // .read nesting, bounded

  std::ostream& out() { return *runner.out; }
  std::ostream& err() { return *runner.err; }
  void redirect(std::unique_ptr<std::ofstream> file);  // .output FILE; nullptr: back to stdout

 private:
  std::ostream* stdout_;
  std::unique_ptr<std::ofstream> output_file_;
};

}  // namespace kb::cli
