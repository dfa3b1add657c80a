// The pipeline driver: for each file, read and clean outside the database, then extract
// and store inside one transaction. Documents are handled one at a time, so memory stays
// the size of one article whatever the corpus.
#include "ingest/ingest.hpp"

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>
#include <malloc.h>

#include <algorithm>
#include <filesystem>
#include <optional>

#include "core/sha256.hpp"
#include "core/text.hpp"
#include "ingest/claims.hpp"
#include "ingest/clean.hpp"
#include "ingest/dates.hpp"
#include "ingest/events.hpp"
#include "ingest/extract.hpp"
#include "ingest/language.hpp"
#include "ingest/read.hpp"
#include "ingest/sentences.hpp"
#include "ingest/store.hpp"
#include "store/gazetteer.hpp"
#include "store/sync.hpp"

namespace kb::ingest {

namespace fs = std::filesystem;

namespace {

// One path to ingest; or a folder's entry that is skipped (a FIFO, a device: `problem`
// says why, as a note), or a folder that cannot be listed (`problem` as an error).
struct Item {
  std::string path;
  std::optional<Error> problem;
  bool skip = false;
};

// A directory stands for its *.txt files, sorted by name. An entry read_file cannot read
// (a symlink loop, a dangling link) is still listed: read_file says why, and the other
// files still go in.
std::vector<Item> expand(const std::vector<std::string>& paths) {
  std::vector<Item> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (!fs::is_directory(p, ec)) {
      out.push_back({p, {}, false});
      continue;
    }
    std::vector<Item> items;
    fs::directory_iterator it(p, ec), end;
    if (ec) {
      out.push_back({p, Error{"cannot list the folder: " + ec.message(), p, {}}, false});
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) break;
      const auto& path = it->path();
      if (path.extension() != ".txt") continue;
      std::error_code st_ec;
      auto st = it->status(st_ec);  // follows symlinks
      bool special = !st_ec && fs::exists(st) && !fs::is_regular_file(st);
      if (special) items.push_back({path.string(), Error{"skipped: not a regular file", path.string(), {}}, true});
      else items.push_back({path.string(), {}, false});
    }
    if (ec) items.push_back({p, Error{"cannot list the folder: " + ec.message(), p, {}}, false});
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.path < b.path; });
    if (items.empty()) items.push_back({p, {}, false});  // reported by read_file: a folder with no articles
    out.insert(out.end(), items.begin(), items.end());
  }
  return out;
}

}  // namespace

Extraction extract(SQLite::Database& db, Document& doc, const Lexicon& lx, Gazette& gazette, int* actors_new,
                   std::vector<TriggerNote>* trace) {
  if (doc.language.empty()) doc.language = lx.language;
  doc.clean = clean_text(doc.text, lx.boilerplate);
  if (doc.clean.empty() && !text::trim(doc.text).empty())
    doc.notes.push_back(fmt::format(
        "no text left once web furniture was taken out (data/{}/boilerplate.tsv): nothing extracted", lx.language));
  doc.sentences = split_sentences(doc.clean, &doc.notes, &lx.abbreviations);
  doc.tokens = tokenize(doc.clean);
  auto ref = doc.published ? doc.reference_day() : latest_published(db);
  Extraction x;
  long long next_id = next_actor_id(db);
  find_mentions(doc, gazette, lx, ref, [&](const std::string& name, const std::string& title, long long of) {
    if (actors_new) ++*actors_new;
    x.people.push_back({next_id++, name, title, of});
    return x.people.back().id;
  });
  std::vector<Span> quotes;
  for (const auto& s : doc.sentences) quotes.insert(quotes.end(), s.quotes.begin(), s.quotes.end());
  doc.dates = find_dates(doc.clean, doc.tokens, lx, doc.reference_day(), ref, quotes);
  x.claims = find_claims(doc, lx);
  DelegationHeads heads;
  x.events = merge_in_document(find_events(doc, lx, gazette, x.claims, trace, &heads), gazette, &doc.notes);
  add_delegation_heads(x.events, heads, gazette);
  drop_unplaceable(x.events, gazette);
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
  auto langs = Languages::load(options.data_dir);
  if (!langs) return langs.error();
  // Loaded once, and again only when another process has written (PRAGMA data_version)
  // or a document failed: reloading per document cost a fifth of ingest time.
  // Other processes may write between our documents (see `fresh`).
  auto version = [&] { return db.execAndGet("PRAGMA data_version").getInt64(); };
  auto seen = version();
  auto gazette = Gazette::load(db);
  if (!gazette) return gazette.error();
  Summary sum;
  for (const auto& item : expand(paths)) {
    FileReport r;
    r.path = item.path;
    auto doc = item.problem ? Result<Document>(*item.problem) : read_file(item.path, &*langs);
    if (item.skip) {
      r.outcome = FileReport::Outcome::skipped;
      r.error = *item.problem;
    } else if (!doc) {
      r.error = doc.error();
    } else {
      try {
        // Everything this document reads of the database is read inside its write lock:
        // another kb ingest may have stored the same file, or the same new person, since.
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        if (auto now = version(); now != seen) {
          seen = now;
          auto fresh = Gazette::load(db);
          if (!fresh) throw SQLite::Exception(fresh.error().message);
          gazette = std::move(fresh);
        }
        auto hash = sha256_hex(doc->raw);
        if (known_content(db, hash)) {
          r.outcome = FileReport::Outcome::unchanged;
        } else {
          r.language = doc->language;
          auto x = extract(db, *doc, *langs->find(doc->language), *gazette, &r.actors_new);
          auto stored = store_document(db, *doc, hash, x, *gazette);
          tx.commit();
          r.outcome = FileReport::Outcome::added;
          r.events_new = stored.events_new;
          r.events_merged = stored.events_merged;
          r.claims = stored.claims;
          r.notes = doc->notes;
        }
      } catch (const std::exception& e) {
        r.outcome = FileReport::Outcome::failed;
        r.actors_new = 0;
        r.error = Error{"could not store the article; the database is unchanged", item.path, e.what()};
        // Its rollback removed the people it added to the gazette: reload.
        if (auto fresh = Gazette::load(db)) gazette = std::move(fresh);
      }
    }
    switch (r.outcome) {
      case FileReport::Outcome::added: ++sum.documents_added, ++sum.added_by_language[r.language]; break;
      case FileReport::Outcome::unchanged: ++sum.documents_unchanged; break;
      case FileReport::Outcome::failed: ++sum.documents_failed; break;
      case FileReport::Outcome::skipped: ++sum.documents_skipped; break;
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
