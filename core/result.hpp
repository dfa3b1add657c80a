// Errors as values. A stage returns Result<T>: either the value or an Error that says
// where (file, line, column or byte offset) and why. Errors are rendered in one place
// (cli), never thrown through the pipeline.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace kb {

struct Error {
  std::string message;        // what went wrong, one line
  std::string where;          // "file.txt", "file.txt:12:3", "byte 1234", or empty
  std::string detail;         // optional further lines (source line with caret, hints)
};

template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Error error) : v_(std::move(error)) {}
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace kb
