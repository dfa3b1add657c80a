// The subcommands of `kb`, each a function from its options to an exit status.
#pragma once
#include <string>
#include <vector>

namespace kb::cli {

struct GlobalOptions {
  std::string db, data;
};

struct IngestOptions {
  std::vector<std::string> paths;
  bool quiet = false;
  bool explain = false;             // store nothing; print the extraction's reasons
};

struct QueryOptions {
  std::string text;
  std::string format;               // empty: table
  std::vector<std::string> params;  // name=value
  std::string timeout;              // --timeout SECONDS|none; empty: the default
};

struct RunOptions {
  std::string script;
  QueryOptions query;
  bool keep_going = false;
};

struct EvalOptions {
  std::vector<std::string> gold;
  std::string corpus;
  bool verbose = false;
};

int cmd_ingest(const GlobalOptions& g, const IngestOptions& o);
int cmd_query(const GlobalOptions& g, const QueryOptions& o);
int cmd_run(const GlobalOptions& g, const RunOptions& o);
int cmd_repl(const GlobalOptions& g, const QueryOptions& o);
int cmd_eval(const GlobalOptions& g, const EvalOptions& o);

}  // namespace kb::cli
