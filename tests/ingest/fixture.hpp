// A fresh database with the shipped gazetteer, and helpers to run the pipeline on a text.
#pragma once
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "ingest/extract.hpp"
#include "ingest/language.hpp"
#include "ingest/read.hpp"
#include "ingest/store.hpp"
#include "store/db.hpp"
#include "store/gazetteer.hpp"
#include "store/sync.hpp"

namespace kb::ingest::testing {

inline const std::string kData = KB_SOURCE_DIR "/data";

inline std::string temp_db_path(const std::string& tag) {
  static int n = 0;
  auto p = std::filesystem::temp_directory_path() / fmt::format("kb-ingest-{}-{}-{}.db", tag, ::getpid(), n++);
  std::filesystem::remove(p);
  return p.string();
}

inline store::Db open_db(const std::string& tag) {
  auto r = store::open(temp_db_path(tag), store::Mode::read_write);
  if (!r) throw std::runtime_error(r.error().message);
  return std::move(*r);
}

struct Fixture {
  store::Db db;
  Lexicon lx;
  // The language's data folder ("vi", "en") the texts are read with.
  explicit Fixture(const std::string& language = "vi") {
    auto opened = store::open(temp_db_path("t"), store::Mode::read_write);
    if (!opened) throw std::runtime_error(opened.error().message);
    db = std::move(*opened);
    auto g = store::Gazetteer::load(kData);
    if (!g || !store::sync_gazetteer(*db, *g)) throw std::runtime_error("gazetteer");
    auto all = Languages::load(kData);
    if (!all) throw std::runtime_error(all.error().where + ": " + all.error().message);
    auto l = all->find(language);
    if (!l) throw std::runtime_error("no language " + language);
    lx = *l;
  }
  // Runs stages 2–8 on `text` published on `published` (YYYY-MM-DD or "").
  Extraction run(const std::string& text, const std::string& published, Document& doc) {
    // The text is the article body, under a headline of its own (headlines give no claims).
    auto header = lx.language == "en" ? published + " · World news\n" : " date " + published + " Tin thế giới\n";
    auto d = read_bytes(published.empty() ? text : header + text, "test.txt");
    if (!d) throw std::runtime_error(d.error().message);
    doc = std::move(*d);
    auto x = extract(*db, doc, lx);
    insert_people(*db, x.people);  // as the store would: later runs and name() see them
    return x;
  }
  std::string name(long long id) {
    SQLite::Statement st(*db, "SELECT name FROM actors WHERE id = ?");
    st.bind(1, static_cast<int64_t>(id));
    return st.executeStep() ? st.getColumn(0).getString() : "";
  }
  std::string place_name(long long id) {
    SQLite::Statement st(*db, "SELECT name FROM places WHERE id = ?");
    st.bind(1, static_cast<int64_t>(id));
    return st.executeStep() ? st.getColumn(0).getString() : "";
  }
  std::vector<std::string> names(const std::vector<long long>& ids) {
    std::vector<std::string> out;
    for (auto id : ids) out.push_back(name(id));
    return out;
  }
};

inline bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace kb::ingest::testing
