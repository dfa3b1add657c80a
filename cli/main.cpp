// kb: the command line. Subcommands ingest, query, run, repl, eval; `kb` alone on a
// terminal opens the REPL. Exit status: 0 success, 1 a failed query or input, 2 bad usage.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/runner.hpp"
#include "core/text.hpp"
#include "store/db.hpp"

namespace {

// --timeout SECONDS|none, checked here so that a bad value is a usage error (exit 2).
void add_timeout(CLI::App* cmd, std::string& value) {
  auto help = fmt::format("Stop a query that runs longer than SECONDS (default {} s; none: no limit)",
                          kb::cli::default_timeout.count());
  cmd->add_option("--timeout", value, help)
      ->type_name("SECONDS|none")
      ->check(CLI::Validator([](std::string& v) {
        return kb::cli::parse_timeout(v) ? std::string()
                                         : fmt::format("'{}' is not a limit; give {}", v, kb::cli::timeout_usage);
      }, ""));
}

int run(int argc, char** argv) {
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
  ingest_cmd->add_flag("--explain", ingest.explain,
                       "Store nothing: show what extraction finds in each file and why (mentions, dates, triggers, claims, events)");

  QueryOptions query;
  auto* query_cmd = app.add_subcommand("query", "Run one query and print the result");
  query_cmd->add_option("query", query.text, "The query, e.g. 'meetings where place=\"Alaska\"'")->required();
  query_cmd->add_option("-f,--format", query.format, "table, line, json or csv (default: table)")
      ->check(CLI::IsMember({"table", "line", "json", "csv"}));
  query_cmd->add_option("-p,--param", query.params, "Bind $NAME: --param name=value (repeatable)");
  add_timeout(query_cmd, query.timeout);

  RunOptions run;
  auto* run_cmd = app.add_subcommand("run", "Run a saved query script (.kbq)");
  run_cmd->add_option("script", run.script, "The script file")->required();
  run_cmd->add_option("-f,--format", run.query.format, "table, line, json or csv (default: table)")
      ->check(CLI::IsMember({"table", "line", "json", "csv"}));
  run_cmd->add_option("-p,--param", run.query.params, "Bind $NAME: --param name=value (repeatable)");
  add_timeout(run_cmd, run.query.timeout);
  run_cmd->add_flag("-k,--keep-going", run.keep_going, "Report a failed statement and go on");
  // Anything after the script name (a shebang line passes the script path first).
  run_cmd->allow_extras();

  QueryOptions repl;
  auto* repl_cmd = app.add_subcommand("repl", "Interactive shell (the default on a terminal)");
  repl_cmd->add_option("-f,--format", repl.format, "table, line, json or csv")
      ->check(CLI::IsMember({"table", "line", "json", "csv"}));
  repl_cmd->add_option("-p,--param", repl.params, "Bind $NAME: --param name=value (repeatable)");
  add_timeout(repl_cmd, repl.timeout);

  EvalOptions eval;
  auto* eval_cmd = app.add_subcommand("eval", "Score extraction against gold annotations (JSON files)");
  eval_cmd->add_option("gold", eval.gold, "Gold annotation files or folders")->required();
  eval_cmd->add_option("--corpus", eval.corpus, "Folder of the annotated articles (default: beside the gold folder)");
  eval_cmd->add_flag("-v,--verbose", eval.verbose, "List missed and extra events and claims");

  // Argument values are echoed in usage errors: escaped like every error.
  app.failure_message([](const CLI::App* a, const CLI::Error& e) {
    return kb::text::escape_controls(CLI::FailureMessage::simple(a, e), true);
  });
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
        std::cerr << "kb run: unexpected argument '" << kb::text::escape_controls(extra)
                  << "' (parameters are --param name=value)\n";
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

}  // namespace

// No input may end kb with an uncaught exception (std::bad_alloc, exit 134): whatever
// escapes is one line on stderr and exit 1.
int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::bad_alloc&) {
    std::cerr << "error: out of memory (a result or an input too big for the memory kb may use)\n";
  } catch (const std::exception& e) {
    std::cerr << "error: kb stopped: " << kb::text::escape_controls(e.what()) << "\n";
  } catch (...) {
    std::cerr << "error: kb stopped on an unknown exception\n";
  }
  return 1;
}
