#include "cli/shell.hpp"

#include <fmt/format.h>

#include "cli/statements.hpp"
#include "core/text.hpp"
#include "dsl/dsl.hpp"

namespace kb::cli {

// Split a dot-command line into words; "double quotes" group words.
static std::vector<std::string> words(std::string_view line) {
  std::vector<std::string> out;
  std::string cur;
  bool in_quote = false, have = false;
  for (char c : line) {
    if (c == '"') {
      in_quote = !in_quote;
      have = true;
    } else if (!in_quote && (c == ' ' || c == '\t')) {
      if (have) out.push_back(cur);
      cur.clear();
      have = false;
    } else {
      cur += c;
      have = true;
    }
  }
  if (have) out.push_back(cur);
  return out;
}

static bool on_off(Shell& s, const std::vector<std::string>& a, bool& flag, std::string_view name) {
  if (a.size() != 1 || (a[0] != "on" && a[0] != "off")) return s.fail(fmt::format("usage: {} on|off", name));
  flag = a[0] == "on";
  return true;
}

const std::vector<DotCommand>& dot_commands() {
  static const std::string timeout_help =
      fmt::format("Stop a query after SECONDS (default {}); alone, show the limit", default_timeout.count());
  static const std::vector<DotCommand> table = {
      {".help", "", "Show this list", {}, [](Shell& s, const auto&) {
         for (const auto& c : dot_commands())
           s.out() << fmt::format("{:<10} {:<22} {}\n", c.name, c.args, c.help);
         s.out() << "\nStatements: ENTITY [where CONDITION] [order by FIELD [desc]] [limit N] [select FIELDS]\n"
                    "            count ENTITY [where ...] by FIELD | define NAME = QUERY | explain QUERY\n"
                    "Entities: " << fmt::format("{}", fmt::join(dsl::entity_names(), ", ")) << "\n";
         return true;
       }},
      {".entities", "", "List the entities you can query", {}, [](Shell& s, const auto&) {
         for (const auto& e : dsl::entity_names()) s.out() << e << "\n";
         return true;
       }},
      {".fields", "ENTITY", "List the fields of an entity", {}, [](Shell& s, const auto& a) {
         if (a.size() != 1) return s.fail("usage: .fields ENTITY");
         auto f = dsl::field_names(a[0]);
         if (f.empty()) return s.fail(fmt::format("unknown entity '{}'; .entities lists them", a[0]));
         for (const auto& x : f) s.out() << x << "\n";
         return true;
       }},
      {".sql", "on|off", "Show the SQL and its parameters before each result", {"on", "off"},
       [](Shell& s, const auto& a) { return on_off(s, a, s.runner.settings.show_sql, ".sql"); }},
      {".format", "table|line|json|csv", "How results are printed", {"table", "line", "json", "csv"},
       [](Shell& s, const auto& a) {
         std::optional<render::Format> f;
         if (a.size() == 1) f = render::parse_format(a[0]);
         if (!f) return s.fail("usage: .format table|line|json|csv");
         s.runner.settings.format = *f;
         return true;
       }},
      {".timer", "on|off", "Print how long each query ran", {"on", "off"},
       [](Shell& s, const auto& a) { return on_off(s, a, s.runner.settings.timer, ".timer"); }},
      {".read", "FILE", "Run the statements of a script file", {}, [](Shell& s, const auto& a) {
         if (a.size() != 1) return s.fail("usage: .read FILE");
         if (s.read_depth >= 16) return s.fail(fmt::format("{}: .read nested too deep (a script that reads itself?)", a[0]));
         auto script = read_script(a[0]);
         if (!script) {
           print_error(s.err(), script.error());
           return false;
         }
         ++s.read_depth;
         bool ok = s.check_params(*script, a[0]) && s.run_statements(*script, a[0], false);
         --s.read_depth;
         return ok;
       }},
      {".output", "[FILE]", "Send results to FILE; without FILE, back to the screen", {},
       [](Shell& s, const auto& a) {
         if (a.empty()) {
           s.redirect(nullptr);
           return true;
         }
         auto f = std::make_unique<std::ofstream>(a[0], std::ios::binary | std::ios::trunc);
         if (!*f) return s.fail(fmt::format("{}: cannot write the file", a[0]));
         s.redirect(std::move(f));
         return true;
       }},
      {".param", "[NAME VALUE]", "Set $NAME for later queries; alone, list them", {}, [](Shell& s, const auto& a) {
         if (a.empty()) {
           for (const auto& [k, v] : s.runner.session.params())
             s.out() << text::escape_controls(fmt::format("${} = {}", k, v)) << "\n";
           return true;
         }
         if (a.size() != 2) return s.fail("usage: .param NAME VALUE");
         auto name = a[0][0] == '$' ? a[0].substr(1) : a[0];
         s.runner.session.set_param(name, a[1]);
         return true;
       }},
      {".defines", "", "List the names made with define", {}, [](Shell& s, const auto&) {
         for (const auto& [k, v] : s.runner.session.defines())
           s.out() << text::escape_controls(fmt::format("{} = {}", k, v)) << "\n";
         return true;
       }},
      {".edit", "", "Edit the last statement in $EDITOR, then run it", {}, [](Shell& s, const auto&) {
         if (!s.interactive || !s.edit) return s.fail(".edit works in the interactive shell only");
         auto edited = s.edit(s.last_statement);
         if (!edited) {
           print_error(s.err(), edited.error());
           return false;
         }
         return s.run_statements(*edited, "<edit>", false);
       }},
      {".maxrows", "N", "Show at most N rows of a table (0: all)", {}, [](Shell& s, const auto& a) {
         std::size_t n = 0;
         try {
           if (a.size() != 1 || a[0].find_first_not_of("0123456789") != std::string::npos) throw 0;
           n = std::stoul(a[0]);
         } catch (...) {
           return s.fail("usage: .maxrows N (a whole number; 0 shows all)");
         }
         s.runner.settings.render.max_rows = n;
         return true;
       }},
      {".timeout", "[SECONDS|none]", timeout_help, {"none"},
       [](Shell& s, const auto& a) {
         auto& t = s.runner.settings.timeout;
         if (a.empty()) {
           s.out() << (t.limit.count() ? fmt::format("{:g} s{}", t.limit.count() / 1000.0, t.is_default ? " (the default)" : "")
                                       : std::string("none")) << "\n";
           return true;
         }
         auto limit = a.size() == 1 ? parse_timeout(a[0]) : std::nullopt;
         if (!limit) return s.fail(fmt::format("usage: .timeout SECONDS|none ({})", timeout_usage));
         t = {*limit, false};
         return true;
       }},
      {".quit", "", "Leave the shell (Ctrl-D too)", {}, [](Shell& s, const auto&) {
         s.quit = true;
         return true;
       }},
  };
  return table;
}

Shell::Shell(SQLite::Database& db, std::ostream& out, std::ostream& err) : runner(db, out, err), stdout_(&out) {}

void Shell::redirect(std::unique_ptr<std::ofstream> file) {
  output_file_ = std::move(file);
  runner.out = output_file_ ? output_file_.get() : stdout_;
}

bool Shell::fail(std::string_view message) {
  print_error(err(), message);
  return false;
}

bool Shell::check_params(const std::vector<Statement>& statements, const std::string& origin) {
  for (const auto& st : statements) {
    if (st.text[0] == '.') continue;
    for (const auto& name : runner.session.params_used(st.text))
      if (!runner.session.params().count(name))
        return fail(fmt::format("{}:{}: ${} has no value; pass --param {}=VALUE (or .param {} VALUE)",
                                origin.empty() ? "<input>" : origin, st.line, name, name, name));
  }
  return true;
}

bool Shell::run_one(std::string_view statement, const std::string& origin, int line, int column) {
  auto t = text::trim(statement);
  if (t.empty()) return true;
  if (t[0] != '.') {
    last_statement = t;
    return runner.run(t, origin, line, column);
  }
  auto w = words(t);
  for (const auto& c : dot_commands())
    if (c.name == w[0]) return c.run(*this, std::vector<std::string>(w.begin() + 1, w.end()));
  return fail(fmt::format("unknown command '{}'; .help lists them", w[0]));
}

bool Shell::run_statements(const std::vector<Statement>& statements, const std::string& origin, bool keep_going) {
  bool ok = true;
  for (const auto& st : statements) {
    if (quit) break;
    if (!run_one(st.text, origin, st.line, st.column)) {
      ok = false;
      if (!keep_going) break;
    }
  }
  return ok;
}

bool Shell::run_stream(int fd, const std::string& origin) {
  bool ok = true;
  auto error = read_statements(fd, origin, 0, [&](Statement&& st) {
    ok = run_one(st.text, origin, st.line, st.column) && ok;
    return !quit;
  });
  if (error) print_error(err(), *error);
  return ok && !error;
}

}  // namespace kb::cli
