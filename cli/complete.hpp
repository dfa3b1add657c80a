// Tab completion that knows where the cursor is: statement start (entities, count,
// define, explain, defined names, dot-commands), after where/and/or/by/select (fields of
// the current entity), inside quotes after participant=/speaker=/place=/name= (actor and
// place names from the database, matched by folded prefix: "matx -> Moscow).
#pragma once
#include <SQLiteCpp/Database.h>

#include <string>
#include <string_view>
#include <vector>

namespace kb::dsl {
class Session;
}

namespace kb::cli {

struct Completion {
  std::size_t replace_from = 0;        // byte offset in the line where the completed word starts
  std::vector<std::string> candidates; // full replacements for line[replace_from, cursor)
};

Completion complete(std::string_view line_to_cursor, SQLite::Database* db, const dsl::Session* session);

}  // namespace kb::cli
