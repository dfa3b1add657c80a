// The schema migrations embedded at build time from schema/NNN_name.sql.
#pragma once
#include <span>
#include <string_view>

namespace kb::schema {

struct Migration {
  int version;            // NNN from the file name; PRAGMA user_version after applying it
  std::string_view name;  // file name
  std::string_view sql;
};

std::span<const Migration> migrations();

}  // namespace kb::schema
