// Extraction quality against hand annotations (../shared/gold format), with the matching
// rules of acceptance/score.py: events match on type family, dates agreeing to the
// precision both know, and a shared participant surname; claims on the speaker's surname
// and the first six words of the quotation. Gold events sharing a "key" count once.
#pragma once
#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

namespace kb::eval {

struct Score {
  int gold = 0, extracted = 0, matched = 0;
  double precision() const { return extracted ? double(matched) / extracted : 0; }
  double recall() const { return gold ? double(matched) / gold : 0; }
  double f1() const { auto p = precision(), r = recall(); return p + r > 0 ? 2 * p * r / (p + r) : 0; }
};

struct Report {
  Score events, claims;
  std::vector<std::string> misses;  // "missed event: …", "extra claim: …"
};

// Gold files: the .json files named, and those of the folders named, sorted.
std::vector<std::string> gold_files(const std::vector<std::string>& paths);

// Scores the database's events and claims against the gold files whose "doc" is stored.
// Throws on unreadable JSON (nlohmann::json::exception) — the caller reports it.
Report score(SQLite::Database& db, const std::vector<std::string>& gold);

// The "doc" file name each gold file annotates.
std::vector<std::string> gold_documents(const std::vector<std::string>& gold);

}  // namespace kb::eval
