#include "cli/commands.hpp"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/repl.hpp"
#include "cli/runner.hpp"
#include "cli/shell.hpp"
#include "eval/score.hpp"
#include "ingest/ingest.hpp"
#include "core/text.hpp"
#include "store/db.hpp"

namespace kb::cli {

static void print_error(const Error& e) {
  std::cerr << "error: ";
  if (!e.where.empty()) std::cerr << e.where << ": ";
  std::cerr << e.message << "\n";
  if (!e.detail.empty()) std::cerr << e.detail << (e.detail.back() == '\n' ? "" : "\n");
}

static std::size_t terminal_width() {
  if (!isatty(STDOUT_FILENO)) return 0;
  winsize ws{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 100;
}

static bool use_color() {
  const char* no = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) && !(no && *no);
}

int cmd_ingest(const GlobalOptions& g, const IngestOptions& o) {
  auto db = store::open(store::default_path(g.db), store::Mode::read_write);
  if (!db) {
    print_error(db.error());
    return 1;
  }
  bool tty = isatty(STDERR_FILENO);
  int done = 0;
  auto on_file = [&](const ingest::FileReport& r) {
    ++done;
    using O = ingest::FileReport::Outcome;
    if (tty && (r.outcome == O::failed || !r.notes.empty())) std::cerr << "\r\x1b[K";
    if (r.outcome == O::failed) print_error(r.error);
    // What extraction cut short in a document that was stored all the same.
    for (const auto& note : r.notes) std::cerr << "note: " << r.path << ": " << note << "\n";
    if (r.outcome != O::failed && tty && !o.quiet) {
      std::cerr << fmt::format("\r\x1b[K[{}] {}: {}", done, r.path,
                               r.outcome == O::unchanged ? "unchanged" : "added");
    }
  };
  auto summary = ingest::ingest_paths(**db, o.paths, {store::data_dir(g.data)}, on_file);
  if (tty && !o.quiet) std::cerr << "\r\x1b[K";
  if (!summary) {
    print_error(summary.error());
    return 1;
  }
  const auto& s = *summary;
  std::cout << fmt::format(
      "documents: {} added, {} unchanged{}\n"
      "events: {} new, {} merged into known events\n"
      "claims: {}\n"
      "actors: {} new\n",
      s.documents_added, s.documents_unchanged,
      s.documents_failed ? fmt::format(", {} failed (see the errors above)", s.documents_failed) : "",
      s.events_new, s.events_merged, s.claims, s.actors_new);
  return s.documents_failed ? 1 : 0;
}

// name=value pairs from --param.
static bool set_params(dsl::Session& session, const std::vector<std::string>& params) {
  for (const auto& p : params) {
    auto eq = p.find('=');
    if (eq == std::string::npos || eq == 0) {
      std::cerr << fmt::format("error: --param '{}' is not name=value\n", p);
      return false;
    }
    auto name = p.substr(0, eq);
    if (name[0] == '$') name.erase(0, 1);
    session.set_param(name, p.substr(eq + 1));
  }
  return true;
}

static bool configure(Runner& r, const QueryOptions& o) {
  if (!o.format.empty()) r.settings.format = *render::parse_format(o.format);
  r.settings.render.width = terminal_width();
  r.settings.render.color = use_color();
  r.settings.timeout = std::chrono::milliseconds(static_cast<long long>(o.timeout * 1000));
  return set_params(r.session, o.params);
}

static Result<store::Db> open_for_queries(const GlobalOptions& g) {
  return store::open(store::default_path(g.db), store::Mode::read_only);
}

int cmd_query(const GlobalOptions& g, const QueryOptions& o) {
  auto db = open_for_queries(g);
  if (!db) {
    print_error(db.error());
    return 1;
  }
  Runner r(**db, std::cout, std::cerr);
  if (!configure(r, o)) return 2;
  return r.run(o.text) ? 0 : 1;
}

static Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open the file", path, {}};
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int cmd_run(const GlobalOptions& g, const RunOptions& o) {
  auto source = read_file(o.script);
  if (!source) {
    print_error(source.error());
    return 1;
  }
  if (auto bad = text::invalid_utf8_at(*source)) {
    print_error({fmt::format("invalid UTF-8 at byte {}", *bad), o.script, {}});
    return 1;
  }
  auto db = open_for_queries(g);
  if (!db) {
    print_error(db.error());
    return 1;
  }
  Shell shell(**db, std::cout, std::cerr);
  if (!configure(shell.runner, o.query)) return 2;
  auto text = *source;
  if (text.rfind("#!", 0) == 0) text.replace(0, text.find('\n'), "");  // shebang; keeps line numbers
  // Every $parameter must have a value before anything runs.
  if (!shell.check_params(text, o.script)) return 1;
  return shell.run_text(text, o.script, o.keep_going) ? 0 : 1;
}

int cmd_repl(const GlobalOptions& g, const QueryOptions& o) {
  auto path = store::default_path(g.db);
  auto db = open_for_queries(g);
  if (!db) {
    print_error(db.error());
    return 1;
  }
  Shell shell(**db, std::cout, std::cerr);
  if (!configure(shell.runner, o)) return 2;
  if (isatty(STDIN_FILENO)) return run_repl(shell, path);
  // Not a terminal: read statements like a script, no prompts, no colours.
  shell.runner.settings.render.color = false;
  std::stringstream ss;
  ss << std::cin.rdbuf();
  return shell.run_text(ss.str(), "<stdin>", true) ? 0 : 1;
}

// Extraction quality: ingest the annotated articles into a fresh temporary database and
// score it against the gold files (the rules of acceptance/score.py; see eval/score.hpp).
int cmd_eval(const GlobalOptions& g, const EvalOptions& o) {
  namespace fs = std::filesystem;
  std::error_code ec;
  for (const auto& path : o.gold)
    if (!fs::exists(path, ec)) {
      print_error({"no such gold file or folder", path, {}});
      return 1;
    }
  auto gold = eval::gold_files(o.gold);
  if (gold.empty()) {
    print_error({"no gold annotations (*.json) to score against", o.gold.front(), {}});
    return 1;
  }
  fs::path corpus = o.corpus.empty() ? fs::absolute(gold.front()).parent_path().parent_path() / "corpus"
                                     : fs::path(o.corpus);
  if (!fs::is_directory(corpus, ec)) {
    print_error({"no corpus folder (the annotated articles); pass --corpus DIR", corpus.string(), {}});
    return 1;
  }
  std::vector<std::string> articles;  // only the annotated ones: others would count as extras
  try {
    for (const auto& doc : eval::gold_documents(gold)) articles.push_back((corpus / doc).string());
  } catch (const std::exception& e) {
    print_error({"a gold file is not valid JSON", {}, e.what()});
    return 1;
  }
  std::string tmp = (fs::temp_directory_path() / "kb-eval-XXXXXX").string();
  if (!mkdtemp(tmp.data())) {
    print_error({"cannot create a temporary folder", tmp, {}});
    return 1;
  }
  struct Cleanup {
    fs::path p;
    ~Cleanup() { std::error_code e; fs::remove_all(p, e); }
  } cleanup{tmp};
  auto db = store::open((fs::path(tmp) / "eval.db").string(), store::Mode::read_write);
  if (!db) {
    print_error(db.error());
    return 1;
  }
  auto summary = ingest::ingest_paths(**db, articles, {store::data_dir(g.data)}, [](const ingest::FileReport& r) {
    if (r.outcome == ingest::FileReport::Outcome::failed) print_error(r.error);
  });
  if (!summary) {
    print_error(summary.error());
    return 1;
  }
  auto report = eval::score(**db, gold);
  auto line = [](const char* what, const eval::Score& s) {
    std::cout << fmt::format("{}: gold {}, extracted {}, matched {}: precision {:.2f} recall {:.2f} F1 {:.2f}\n", what,
                             s.gold, s.extracted, s.matched, s.precision(), s.recall(), s.f1());
  };
  line("events", report.events);
  line("claims", report.claims);
  if (o.verbose)
    for (const auto& m : report.misses) std::cout << "  " << m << "\n";
  return 0;
}

}  // namespace kb::cli
