// libFuzzer target: arbitrary bytes through parse, resolve and SQL generation (no
// database). Build and run: see docs/LANGUAGE.md, "Fuzzing".
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dsl/dsl.hpp"

static void compile(kb::dsl::Session& session, std::string_view statement) {
  auto out = session.compile(statement);
  if (auto* d = std::get_if<kb::dsl::Diagnostic>(&out)) (void)kb::dsl::render(*d, statement, "fuzz", 3);
  (void)session.params_used(statement);
}

// The input is up to two statements separated by a newline, compiled in one fresh
// session (so `define x = ...` then `x where ...` is reached); a define is there already.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  kb::dsl::Session session;
  session.set_param("p", std::string(input.substr(0, 16)));
  (void)session.compile("define ru = events where participant.country=\"RU\" and date >= $since");
  auto nl = input.find('\n');
  compile(session, input.substr(0, nl));
  if (nl != std::string_view::npos) compile(session, input.substr(nl + 1));
  return 0;
}
