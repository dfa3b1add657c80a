// kb: the command line. Subcommands ingest, query, run, repl, eval; `kb` alone on a
// terminal opens the REPL. Exit status: 0 success, 1 a failed query or input, 2 bad usage.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "store/db.hpp"

int main(int argc, char** argv) {
  using namespace kb::cli;
  CLI::App app{"kb: a knowledge base of diplomatic news.\n"
               "Reads news articles into actors, events and claims, and answers queries such as\n"
               "  kb query 'meetings where place=\"Alaska\"'", "kb"};
  app.set_version_flag("-V,--version", std::string("kb ") + KB_VERSION);
  app.require_subcommand(0, 1);
  GlobalOptions g;
  app.add_option("--db", g.db, "Database file (default: $KB_DB, then ./kb.db)");
  app.add_option("--data", g.data, "Folder of gazetteer and lexicon files (default: $KB_DATA, then the built-in data/)");

  IngestOptions ingest;
  auto* ingest_cmd = app.add_subcommand("ingest", "Read article files (or folders of *.txt) into the database");
  ingest_cmd->add_option("paths", ingest.paths, "Files or folders")->required();
  ingest_cmd->add_flag("-q,--quiet", ingest.quiet, "Print only errors and the summary");

  QueryOptions query;
  auto* query_cmd = app.add_subcommand("query", "Run one query and print the result");
  query_cmd->add_option("query", query.text, "The query, e.g. 'meetings where place=\"Alaska\"'")->required();
  query_cmd->add_option("-f,--format", query.format, "table, line, json or csv (default: table)")
      ->check(CLI::IsMember({"table", "line", "json", "csv"}));
  query_cmd->add_option("-p,--param", query.params, "Bind $NAME: --param name=value (repeatable)");
  query_cmd->add_option("--timeout", query.timeout, "Stop a query that runs longer than SECONDS");

  RunOptions run;
  auto* run_cmd = app.add_subcommand("run", "Run a saved query script (.kbq)");
  run_cmd->add_option("script", run.script, "The script file")->required();
  run_cmd->add_option("-f,--format", run.query.format, "table, line, json or csv (default: table)")
      ->check(CLI::IsMember({"table", "line", "json", "csv"}));
  run_cmd->add_option("-p,--param", run.query.params, "Bind $NAME: --param name=value (repeatable)");
  run_cmd->add_option("--timeout", run.query.timeout, "Stop a query that runs longer than SECONDS");
  run_cmd->add_flag("-k,--keep-going", run.keep_going, "Report a failed statement and go on");
  // Anything after the script name (a shebang line passes the script path first).
  run_cmd->allow_extras();

  QueryOptions repl;
  auto* repl_cmd = app.add_subcommand("repl", "Interactive shell (the default on a terminal)");
  repl_cmd->add_option("-f,--format", repl.format, "table, line, json or csv")
      ->check(CLI::IsMember({"table", "line", "json", "csv"}));
  repl_cmd->add_option("-p,--param", repl.params, "Bind $NAME: --param name=value (repeatable)");

  EvalOptions eval;
  auto* eval_cmd = app.add_subcommand("eval", "Score extraction against gold annotations (JSON files)");
  eval_cmd->add_option("gold", eval.gold, "Gold annotation files or folders")->required();
  eval_cmd->add_option("--corpus", eval.corpus, "Folder of the annotated articles (default: beside the gold folder)");
  eval_cmd->add_flag("-v,--verbose", eval.verbose, "List missed and extra events and claims");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }

  if (*ingest_cmd) return cmd_ingest(g, ingest);
  if (*query_cmd) return cmd_query(g, query);
  if (*run_cmd) {
    for (auto& extra : run_cmd->remaining()) {
      auto eq = extra.find('=');
      if (extra.rfind("--", 0) != 0 || eq == std::string::npos) {
        std::cerr << "kb run: unexpected argument '" << extra << "' (parameters are --param name=value)\n";
        return 2;
      }
    }
    return cmd_run(g, run);
  }
  if (*eval_cmd) return cmd_eval(g, eval);
  if (*repl_cmd || isatty(STDIN_FILENO)) return cmd_repl(g, repl);
  std::cerr << app.help();
  return 2;
}
