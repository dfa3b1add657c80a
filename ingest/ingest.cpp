// The pipeline driver: for each file, read and clean outside the database, then extract
// and store inside one transaction. Documents are handled one at a time, so memory stays
// the size of one article whatever the corpus.
#include "ingest/ingest.hpp"

#include <SQLiteCpp/Transaction.h>
#include <malloc.h>

#include <algorithm>
#include <filesystem>

#include "core/sha256.hpp"
#include "ingest/claims.hpp"
#include "ingest/clean.hpp"
#include "ingest/dates.hpp"
#include "ingest/events.hpp"
#include "ingest/extract.hpp"
#include "ingest/read.hpp"
#include "ingest/sentences.hpp"
#include "ingest/store.hpp"
#include "store/gazetteer.hpp"
#include "store/sync.hpp"

namespace kb::ingest {

namespace fs = std::filesystem;

namespace {

// A directory stands for its *.txt files, sorted by name.
std::vector<std::string> expand(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (!fs::is_directory(p, ec)) {
      out.push_back(p);
      continue;
    }
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(p, ec))
      if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    if (files.empty()) files.push_back(p);  // reported by read_file: a folder with no articles
    out.insert(out.end(), files.begin(), files.end());
  }
  return out;
}

}  // namespace

Extraction extract(SQLite::Database& db, Document& doc, const Lexicon& lx, Gazette& gazette, int* actors_new) {
  doc.clean = clean_text(doc.text, lx.boilerplate);
  doc.sentences = split_sentences(doc.clean, &doc.notes);
  doc.tokens = tokenize(doc.clean);
  auto ref = doc.published ? doc.published : latest_published(db);
  find_mentions(doc, gazette, lx, ref, [&](const std::string& name, const std::string& title, long long of) {
    if (actors_new) ++*actors_new;
    return insert_person(db, name, title, of);
  });
  doc.dates = find_dates(doc.clean, doc.tokens, lx, ref);
  Extraction x;
  x.claims = find_claims(doc, lx);
  x.events = merge_in_document(find_events(doc, lx, gazette, x.claims), gazette, &doc.notes);
  link_claims(x.claims, x.events);
  return x;
}

Extraction extract(SQLite::Database& db, Document& doc, const Lexicon& lx, int* actors_new) {
  auto gazette = Gazette::load(db);
  if (!gazette) throw SQLite::Exception(gazette.error().message + ": " + gazette.error().detail);
  return extract(db, doc, lx, *gazette, actors_new);
}

Result<Summary> ingest_paths(SQLite::Database& db, const std::vector<std::string>& paths, const Options& options,
                             const std::function<void(const FileReport&)>& on_file) {
  // Every insert checks the schema's CHECK (... IN (...)) lists through a small temporary
  // b-tree; glibc would hand its memory back to the kernel after each one (brk and TLB
  // flushes took half of ingest time). Keep freed memory for reuse instead.
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  auto g = store::Gazetteer::load(options.data_dir);
  if (!g) return g.error();
  auto s = store::sync_gazetteer(db, *g);
  if (!s) return s.error();
  auto lx = Lexicon::load(options.data_dir + "/vi");
  if (!lx) return lx.error();
  // Loaded once: reloading per document cost a fifth of ingest time. A document that
  // fails may have added people that its rollback removed, so the names are reloaded then.
  auto gazette = Gazette::load(db);
  if (!gazette) return gazette.error();
  Summary sum;
  for (const auto& path : expand(paths)) {
    FileReport r;
    r.path = path;
    auto doc = read_file(path);
    if (!doc) {
      r.error = doc.error();
    } else if (auto hash = sha256_hex(doc->raw); known_content(db, hash)) {
      r.outcome = FileReport::Outcome::unchanged;
    } else {
      try {
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        auto x = extract(db, *doc, *lx, *gazette, &r.actors_new);
        auto stored = store_document(db, *doc, hash, x.events, x.claims, *gazette);
        tx.commit();
        r.outcome = FileReport::Outcome::added;
        r.events_new = stored.events_new;
        r.events_merged = stored.events_merged;
        r.claims = stored.claims;
        r.notes = doc->notes;
      } catch (const std::exception& e) {
        r.outcome = FileReport::Outcome::failed;
        r.actors_new = 0;
        r.error = Error{"could not store the article; the database is unchanged", path, e.what()};
        if (auto fresh = Gazette::load(db)) gazette = std::move(fresh);
      }
    }
    switch (r.outcome) {
      case FileReport::Outcome::added: ++sum.documents_added; break;
      case FileReport::Outcome::unchanged: ++sum.documents_unchanged; break;
      case FileReport::Outcome::failed: ++sum.documents_failed; break;
    }
    sum.events_new += r.events_new;
    sum.events_merged += r.events_merged;
    sum.claims += r.claims;
    sum.actors_new += r.actors_new;
    if (on_file) on_file(r);
  }
  return sum;
}

}  // namespace kb::ingest
