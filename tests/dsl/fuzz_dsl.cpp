// libFuzzer target: arbitrary bytes through parse, resolve and SQL generation (no
// database). Build and run: see docs/LANGUAGE.md, "Fuzzing".
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dsl/dsl.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static kb::dsl::Session session;  // defines survive between inputs, as in a REPL
  std::string_view statement(reinterpret_cast<const char*>(data), size);
  session.set_param("p", std::string(statement.substr(0, 16)));
  auto out = session.compile(statement);
  if (auto* d = std::get_if<kb::dsl::Diagnostic>(&out)) (void)kb::dsl::render(*d, statement);
  (void)session.params_used(statement);
  return 0;
}
