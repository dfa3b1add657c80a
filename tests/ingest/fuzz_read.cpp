// libFuzzer target: arbitrary bytes as an article, through every extraction stage (read,
// clean, sentences, mentions, dates, claims, events, merge) against an in-memory database
// holding the gazetteer. Nothing may crash, hang or leak; errors are values.
//   cmake --preset fuzz && cmake --build build-fuzz --target fuzz_read
//   build-fuzz/fuzz_read -max_total_time=600 -max_len=20000
#include <SQLiteCpp/Transaction.h>

#include <cstdint>
#include <string>

#include "ingest/extract.hpp"
#include "ingest/read.hpp"
#include "store/db.hpp"
#include "store/gazetteer.hpp"
#include "store/sync.hpp"

namespace {

struct World {
  kb::store::Db db;
  kb::ingest::Lexicon lexicon;
  kb::ingest::Gazette gazette;
};

World& world() {
  static World w = [] {
    auto db = kb::store::open(":memory:", kb::store::Mode::read_write);
    if (!db) __builtin_trap();
    auto g = kb::store::Gazetteer::load(KB_DEFAULT_DATA_DIR);
    if (!g || !kb::store::sync_gazetteer(**db, *g)) __builtin_trap();
    auto lx = kb::ingest::Lexicon::load(KB_DEFAULT_DATA_DIR "/vi");
    auto names = kb::ingest::Gazette::load(**db);
    if (!lx || !names) __builtin_trap();
    return World{std::move(*db), std::move(*lx), std::move(*names)};
  }();
  return w;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto& w = world();
  auto doc = kb::ingest::read_bytes(std::string(reinterpret_cast<const char*>(data), size), "fuzz.txt");
  if (!doc) return 0;
  try {
    SQLite::Transaction tx(*w.db);  // never committed: each input starts from the same database
    auto names = w.gazette;
    kb::ingest::extract(*w.db, *doc, w.lexicon, names);
  } catch (const SQLite::Exception&) {
    // A database error is reported to the user as a value by ingest_paths; not a crash.
  }
  return 0;
}
