#include "cli/commands.hpp"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cli/repl.hpp"
#include "cli/runner.hpp"
#include "cli/shell.hpp"
#include "eval/score.hpp"
#include "ingest/explain.hpp"
#include "ingest/ingest.hpp"
#include "core/text.hpp"
#include "store/db.hpp"

namespace kb::cli {

static void print_error(const Error& e) { kb::cli::print_error(std::cerr, e); }

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
  if (o.explain) {
    // A folder stands for its *.txt articles, sorted, as for an ingest.
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (const auto& path : o.paths) {
      std::error_code ec;
      if (!fs::is_directory(path, ec)) {
        files.push_back(path);
        continue;
      }
      std::vector<std::string> in;
      for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".txt") in.push_back(it->path().string());
      std::sort(in.begin(), in.end());
      if (in.empty()) in.push_back(path);  // read_file says why
      files.insert(files.end(), in.begin(), in.end());
    }
    int status = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
      if (i) std::cout << "\n";
      if (auto r = ingest::explain_file(files[i], {store::data_dir(g.data)}, std::cout); !r) {
        print_error(r.error());
        status = 1;
      }
    }
    return status;
  }
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
    if (tty && (r.outcome == O::failed || r.outcome == O::skipped || !r.notes.empty())) std::cerr << "\r\x1b[K";
    if (r.outcome == O::failed || r.outcome == O::skipped)
      kb::cli::print_error(std::cerr, r.error, r.outcome == O::failed ? "error" : "note");
    // What extraction cut short in a document that was stored all the same.
    for (const auto& note : r.notes) kb::cli::print_error(std::cerr, Error{note, r.path, {}}, "note");
    if ((r.outcome == O::added || r.outcome == O::unchanged) && tty && !o.quiet) {
      std::cerr << fmt::format("\r\x1b[K[{}] {}: {}", done, text::escape_controls(r.path),
                               r.outcome == O::unchanged ? "unchanged" : "added (" + r.language + ")");
    }
  };
  auto summary = ingest::ingest_paths(**db, o.paths, {store::data_dir(g.data)}, on_file);
  if (tty && !o.quiet) std::cerr << "\r\x1b[K";
  if (!summary) {
    print_error(summary.error());
    return 1;
  }
  const auto& s = *summary;
  std::string languages;  // "vi 3, en 2": what language detection made of them
  for (const auto& [code, n] : s.added_by_language) languages += fmt::format("{}{} {}", languages.empty() ? "" : ", ", code, n);
  std::cout << fmt::format(
      "documents: {} added{}, {} unchanged{}{}\n"
      "events: {} new, {} merged into known events\n"
      "claims: {}\n"
      "actors: {} new\n",
      s.documents_added, languages.empty() ? "" : " (" + languages + ")", s.documents_unchanged,
      s.documents_skipped ? fmt::format(", {} skipped", s.documents_skipped) : "",
      s.documents_failed ? fmt::format(", {} failed (see the errors above)", s.documents_failed) : "",
      s.events_new, s.events_merged, s.claims, s.actors_new);
  return s.documents_failed ? 1 : 0;
}

// name=value pairs from --param.
static bool set_params(dsl::Session& session, const std::vector<std::string>& params) {
  for (const auto& p : params) {
    auto eq = p.find('=');
    if (eq == std::string::npos || eq == 0) {
      print_error({fmt::format("--param '{}' is not name=value", p), {}, {}});
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
  // main() has checked --timeout with the same parser.
  if (!o.timeout.empty()) r.settings.timeout = {*parse_timeout(o.timeout), false};
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

int cmd_run(const GlobalOptions& g, const RunOptions& o) {
  auto script = read_script(o.script);
  if (!script) {
    print_error(script.error());
    return 1;
  }
  auto db = open_for_queries(g);
  if (!db) {
    print_error(db.error());
    return 1;
  }
  Shell shell(**db, std::cout, std::cerr);
  if (!configure(shell.runner, o.query)) return 2;
  // Every $parameter must have a value before anything runs.
  if (!shell.check_params(*script, o.script)) return 1;
  return shell.run_statements(*script, o.script, o.keep_going) ? 0 : 1;
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
  shell.runner.settings.timeout_option = ".timeout";
  if (isatty(STDIN_FILENO)) return run_repl(shell, path);
  // Not a terminal: statements run as they arrive, like a script's, without prompts or colours.
  shell.runner.settings.render.color = false;
  return shell.run_stream(STDIN_FILENO, "<stdin>") ? 0 : 1;
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
    for (const auto& m : report.misses) std::cout << "  " << text::escape_controls(m) << "\n";
  return 0;
}

}  // namespace kb::cli
