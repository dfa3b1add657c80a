// Placeholder until the query language lands (issue 3): every statement is an error.
#include <fmt/format.h>

#include "dsl/dsl.hpp"

namespace kb::dsl {

struct Session::Impl {
  std::map<std::string, std::string> params;
};

Session::Session(SQLite::Database*) : impl_(std::make_unique<Impl>()) {}
Session::~Session() = default;
Session::Session(Session&&) noexcept = default;
Session& Session::operator=(Session&&) noexcept = default;

std::variant<Output, Diagnostic> Session::compile(std::string_view) {
  return Diagnostic{1, 1, 1, "the query language is not built yet", {}, false};
}
void Session::set_param(const std::string& name, const std::string& value) { impl_->params[name] = value; }
const std::map<std::string, std::string>& Session::params() const { return impl_->params; }
std::vector<std::string> Session::params_used(std::string_view) const { return {}; }
std::vector<std::pair<std::string, std::string>> Session::defines() const { return {}; }

std::string render(const Diagnostic& d, std::string_view, std::string_view origin, int line_offset) {
  return fmt::format("error: {}{}{}:{}\n", origin, origin.empty() ? "" : ":", d.line + line_offset, d.column) +
         d.message + "\n";
}

std::vector<std::string> entity_names() { return {}; }
std::vector<std::string> field_names(std::string_view) { return {}; }
std::vector<std::string> keywords() { return {}; }

}  // namespace kb::dsl
