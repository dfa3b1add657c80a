// Placeholder until the extraction pipeline lands (issue 4): syncs the gazetteer only.
#include "ingest/ingest.hpp"
#include "store/gazetteer.hpp"
#include "store/sync.hpp"

namespace kb::ingest {

Result<Summary> ingest_paths(SQLite::Database& db, const std::vector<std::string>&, const Options& options,
                             const std::function<void(const FileReport&)>&) {
  auto g = store::Gazetteer::load(options.data_dir);
  if (!g) return g.error();
  auto s = store::sync_gazetteer(db, *g);
  if (!s) return s.error();
  return Error{"article extraction is not built yet", {}, {}};
}

}  // namespace kb::ingest
