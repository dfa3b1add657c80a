// Ingest: from article files to actors, events and claims with their evidence.
//
//   read ─▶ clean ─▶ sentences ─▶ mentions ─▶ dates ─▶ events ─▶ claims ─▶ merge ─▶ store
//
// One transaction per document: a document is stored whole or not at all, and a file
// that fails leaves the database as it was while the others go on.
#pragma once
#include <SQLiteCpp/Database.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace kb::ingest {

struct Options {
  std::string data_dir;            // gazetteer and lexicons (store::data_dir())
};

struct FileReport {
  enum class Outcome { added, unchanged, failed, skipped };
  std::string path;
  std::string language;            // when read: the language detected ("vi", "en")
  Outcome outcome = Outcome::failed;
  Error error;                     // when failed: message and where (path, byte offset);
                                   // when skipped: why (a FIFO, a device in a folder)
  int events_new = 0, events_merged = 0, claims = 0, actors_new = 0;
  std::vector<std::string> notes;  // when added: what was cut or left out (Document::notes)
};

struct Summary {
  int documents_added = 0, documents_unchanged = 0, documents_failed = 0, documents_skipped = 0;
  int events_new = 0, events_merged = 0, claims = 0, actors_new = 0;
  std::map<std::string, int> added_by_language;  // "en" -> documents added in English
};

// Syncs the gazetteer, then ingests each path (a file, or a directory's *.txt files).
// `on_file` is called after each file (progress and per-file errors).
Result<Summary> ingest_paths(SQLite::Database& db, const std::vector<std::string>& paths,
                             const Options& options,
                             const std::function<void(const FileReport&)>& on_file = {});

}  // namespace kb::ingest
