#include "bench/synth.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <random>
#include <vector>

#include "core/date.hpp"
#include "core/text.hpp"

namespace kb::bench {

namespace {
const char* const kGiven[] = {"Sergei", "Marco", "Anna", "Pavel", "John", "Maria", "Ivan", "Elena", "David",
                              "Olga", "Peter", "Laura", "Viktor", "Nadia", "Thomas", "Irina", "James", "Sofia"};
const char* const kFamily[] = {"Ivanov", "Smith", "Petrova", "Novak", "Brown", "Kuznetsov", "Garcia", "Orlov",
                               "Miller", "Sokolova", "Wilson", "Popov", "Moreau", "Volkov", "Taylor", "Lebedev"};
const char* const kTypes[] = {"meeting", "meeting", "talks", "call", "call", "summit", "press_conference",
                              "visit", "interview", "statement"};
const char* const kStatus[] = {"happened", "happened", "happened", "happened", "planned", "cancelled"};
const char* const kWords[] = {"hòa bình", "đàm phán", "an ninh", "lệnh trừng phạt", "thỏa thuận", "xung đột",
                              "hợp tác", "kinh tế", "năng lượng", "ngoại giao", "biên giới", "nhân đạo",
                              "thị thực", "đại sứ quán", "lãnh thổ", "khủng hoảng", "đối thoại", "chủ quyền"};

template <class T, std::size_t N>
const T& pick(std::mt19937_64& rng, const T (&a)[N]) {
  return a[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

std::string sentence(std::mt19937_64& rng) {
  std::string s = "Chúng tôi";
  int n = std::uniform_int_distribution<int>(6, 14)(rng);
  for (int i = 0; i < n; ++i) s += std::string(" ") + pick(rng, kWords);
  return s + ".";
}
}  // namespace

void generate_kb(SQLite::Database& db, const KbSize& size) {
  std::mt19937_64 rng(42);
  const auto n_actors = size.actors ? size.actors : std::max<std::int64_t>(500, size.events / 20);
  const auto n_places = size.places ? size.places : std::max<std::int64_t>(200, size.events / 100);
  SQLite::Transaction tx(db);

  // Places: synthetic regions and cities under the gazetteer's countries.
  std::vector<std::int64_t> countries, places, actors, countries_as_actors;
  {
    SQLite::Statement q(db, "SELECT id FROM places WHERE kind = 'country'");
    while (q.executeStep()) countries.push_back(q.getColumn(0).getInt64());
    SQLite::Statement a(db, "SELECT id FROM actors WHERE kind = 'country'");
    while (a.executeStep()) countries_as_actors.push_back(a.getColumn(0).getInt64());
  }
  if (countries.empty()) {
    db.exec("INSERT INTO places(name, kind, country) VALUES ('Synthland', 'country', 'XS')");
    countries.push_back(db.getLastInsertRowid());
  }
  SQLite::Statement ins_place(db, "INSERT INTO places(name, kind, parent_id, country) "
                                  "VALUES (?, ?, ?, (SELECT country FROM places WHERE id = ?))");
  SQLite::Statement ins_palias(db, "INSERT OR IGNORE INTO place_aliases(place_id, alias, folded) VALUES (?, ?, ?)");
  for (std::int64_t i = 0; i < n_places; ++i) {
    bool region = i % 5 == 0 || places.empty();
    auto parent = region ? countries[static_cast<std::size_t>(i) % countries.size()]
                         : places[static_cast<std::size_t>(rng() % places.size())];
    auto name = fmt::format("{} {}", region ? "Region" : "City", i);
    ins_place.bind(1, name);
    ins_place.bind(2, region ? "region" : "city");
    ins_place.bind(3, static_cast<int64_t>(parent));
    ins_place.bind(4, static_cast<int64_t>(parent));
    ins_place.exec();
    ins_place.reset();
    auto id = db.getLastInsertRowid();
    places.push_back(id);
    ins_palias.bind(1, static_cast<int64_t>(id));
    ins_palias.bind(2, name);
    ins_palias.bind(3, text::fold(name));
    ins_palias.exec();
    ins_palias.reset();
  }
  db.exec("DELETE FROM place_tree");
  db.exec("WITH RECURSIVE t(a, d, depth) AS (SELECT id, id, 0 FROM places UNION ALL "
          "SELECT p.parent_id, t.d, t.depth + 1 FROM t JOIN places p ON p.id = t.a "
          "WHERE p.parent_id IS NOT NULL AND t.depth < 32) "
          "INSERT OR IGNORE INTO place_tree(ancestor_id, descendant_id, depth) SELECT a, d, depth FROM t");

  // Actors: people with two aliases each (full name, surname).
  SQLite::Statement ins_actor(db, "INSERT INTO actors(name, kind, country, origin) VALUES (?, 'person', ?, 'extracted')");
  SQLite::Statement ins_alias(db, "INSERT OR IGNORE INTO actor_aliases(actor_id, alias, folded) VALUES (?, ?, ?)");
  {
    SQLite::Statement q(db, "SELECT id FROM actors");
    while (q.executeStep()) actors.push_back(q.getColumn(0).getInt64());
  }
  for (std::int64_t i = 0; i < n_actors; ++i) {
    auto family = fmt::format("{}{}", pick(rng, kFamily), i);
    auto name = fmt::format("{} {}", pick(rng, kGiven), family);
    ins_actor.bind(1, name);
    ins_actor.bind(2, i % 2 ? "RU" : "US");
    ins_actor.exec();
    ins_actor.reset();
    auto id = db.getLastInsertRowid();
    actors.push_back(id);
    for (const auto& alias : {name, family}) {
      ins_alias.bind(1, static_cast<int64_t>(id));
      ins_alias.bind(2, alias);
      ins_alias.bind(3, text::fold(alias));
      ins_alias.exec();
      ins_alias.reset();
    }
  }

  // Documents: one per 10 events, each with sentences that serve as evidence.
  SQLite::Statement ins_doc(db, "INSERT INTO documents(file_name, content_hash, title, published, raw_text, clean_text) "
                                "VALUES (?, ?, ?, ?, '', '')");
  SQLite::Statement ins_sent(db, "INSERT INTO sentences(document_id, seq, start_byte, end_byte, text) VALUES (?, ?, 0, 0, ?)");
  SQLite::Statement ins_sfts(db, "INSERT INTO sentence_fts(rowid, text) VALUES (?, ?)");
  SQLite::Statement ins_ev(db, "INSERT INTO evidence(document_id, sentence_id, start_byte, end_byte) VALUES (?, ?, 0, 0)");
  SQLite::Statement ins_event(db, "INSERT INTO events(type, date_start, date_end, date_precision, place_id, status) "
                                  "VALUES (?, ?, ?, ?, ?, ?)");
  SQLite::Statement ins_eev(db, "INSERT INTO event_evidence(event_id, evidence_id, date_start, date_end, date_precision, "
                                "place_id, status) SELECT id, ?, date_start, date_end, date_precision, place_id, status "
                                "FROM events WHERE id = ?");
  SQLite::Statement ins_part(db, "INSERT OR IGNORE INTO event_participants(event_id, actor_id) VALUES (?, ?)");
  SQLite::Statement ins_claim(db, "INSERT INTO claims(speaker_id, date_start, date_end, date_precision, text, direct, event_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)");
  SQLite::Statement ins_cfts(db, "INSERT INTO claim_fts(rowid, text) VALUES (?, ?)");
  SQLite::Statement ins_cev(db, "INSERT INTO claim_evidence(claim_id, evidence_id) VALUES (?, ?)");
  SQLite::Statement ins_about(db, "INSERT OR IGNORE INTO claim_about(claim_id, actor_id) VALUES (?, ?)");
  auto step = [](SQLite::Statement& st) {
    st.exec();
    st.reset();
  };
  std::int64_t doc = 0;
  for (std::int64_t e = 0; e < size.events; ++e) {
    int year = 2015 + static_cast<int>(rng() % 11), month = 1 + static_cast<int>(rng() % 12);
    int day = 1 + static_cast<int>(rng() % static_cast<unsigned>(days_in_month(year, month)));
    auto pr = rng() % 10;
    auto date = pr < 8 ? DateRange::of_day(year, month, day) : pr < 9 ? DateRange::of_month(year, month) : DateRange::of_year(year);
    if (e % 10 == 0) {
      ins_doc.bind(1, fmt::format("synthetic_{:08}.txt", e / 10));
      ins_doc.bind(2, fmt::format("{:064x}", e));
      ins_doc.bind(3, fmt::format("Synthetic article {}", e / 10));
      ins_doc.bind(4, date.end_iso());
      step(ins_doc);
      doc = db.getLastInsertRowid();
    }
    auto text = sentence(rng);
    ins_sent.bind(1, static_cast<int64_t>(doc));
    ins_sent.bind(2, static_cast<int64_t>(e % 10));
    ins_sent.bind(3, text);
    step(ins_sent);
    auto sid = db.getLastInsertRowid();
    ins_sfts.bind(1, static_cast<int64_t>(sid));
    ins_sfts.bind(2, text::fold(text));
    step(ins_sfts);
    ins_ev.bind(1, static_cast<int64_t>(doc));
    ins_ev.bind(2, static_cast<int64_t>(sid));
    step(ins_ev);
    auto evid = db.getLastInsertRowid();

    ins_event.bind(1, pick(rng, kTypes));
    ins_event.bind(2, date.start_iso());
    ins_event.bind(3, date.end_iso());
    ins_event.bind(4, std::string(date.precision_name()));
    if (rng() % 10 == 0) ins_event.bind(5);
    else ins_event.bind(5, static_cast<int64_t>(places[rng() % places.size()]));
    ins_event.bind(6, pick(rng, kStatus));
    step(ins_event);
    auto eid = db.getLastInsertRowid();
    ins_eev.bind(1, static_cast<int64_t>(evid));
    ins_eev.bind(2, static_cast<int64_t>(eid));
    step(ins_eev);
    std::vector<std::int64_t> who;
    int n = 2 + static_cast<int>(rng() % 3);
    for (int k = 0; k < n; ++k) {
      // Skewed: a few actors take part in many events, as real diplomats do.
      auto r = std::uniform_real_distribution<double>(0, 1)(rng);
      auto idx = static_cast<std::size_t>(r * r * r * static_cast<double>(actors.size()));
      who.push_back(actors[std::min(idx, actors.size() - 1)]);
      ins_part.bind(1, static_cast<int64_t>(eid));
      ins_part.bind(2, static_cast<int64_t>(who.back()));
      step(ins_part);
    }
    if (!countries_as_actors.empty())
      for (int k = 0; k < 2; ++k) {
        ins_part.bind(1, static_cast<int64_t>(eid));
        ins_part.bind(2, static_cast<int64_t>(countries_as_actors[rng() % countries_as_actors.size()]));
        step(ins_part);
      }
    for (int c = 0; c < 2; ++c) {
      auto ctext = sentence(rng);
      ins_claim.bind(1, static_cast<int64_t>(who[static_cast<std::size_t>(c) % who.size()]));
      ins_claim.bind(2, date.start_iso());
      ins_claim.bind(3, date.end_iso());
      ins_claim.bind(4, std::string(date.precision_name()));
      ins_claim.bind(5, ctext);
      ins_claim.bind(6, static_cast<int>(rng() % 2));
      ins_claim.bind(7, static_cast<int64_t>(eid));
      step(ins_claim);
      auto cid = db.getLastInsertRowid();
      ins_cfts.bind(1, static_cast<int64_t>(cid));
      ins_cfts.bind(2, text::fold(ctext));
      step(ins_cfts);
      ins_cev.bind(1, static_cast<int64_t>(cid));
      ins_cev.bind(2, static_cast<int64_t>(evid));
      step(ins_cev);
      ins_about.bind(1, static_cast<int64_t>(cid));
      ins_about.bind(2, static_cast<int64_t>(who.back()));
      step(ins_about);
    }
  }
  tx.commit();
  db.exec("ANALYZE");
}

std::string synthetic_article(std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  static const char* const kPeople[] = {"Ngoại trưởng Nga Sergei Lavrov", "Ngoại trưởng Mỹ Marco Rubio",
                                        "Tổng thống Nga Vladimir Putin", "Tổng thống Mỹ Donald Trump",
                                        "người phát ngôn Điện Kremlin Dmitry Peskov", "Tổng thống Pháp Emmanuel Macron"};
  static const char* const kPlaces[] = {"Moscow", "Washington", "Istanbul", "Riyadh", "Budapest", "Paris", "Geneva", "Doha"};
  static const char* const kVerbs[] = {"đã gặp", "đã điện đàm với", "sẽ hội đàm với", "đã tiếp"};
  int month = 1 + static_cast<int>(rng() % 12), day = 1 + static_cast<int>(rng() % 28);
  std::string a = fmt::format(" date 2025-{:02}-{:02} Bản tin ngoại giao số {}\n\n", month, day, seed);
  int paragraphs = 4 + static_cast<int>(rng() % 4);
  for (int p = 0; p < paragraphs; ++p) {
    a += fmt::format("Ngày {}/{}, {} {} {} tại {}. ", 1 + rng() % 28, month, pick(rng, kPeople), pick(rng, kVerbs),
                     pick(rng, kPeople), pick(rng, kPlaces));
    a += fmt::format("{} cho biết: “{}”\n\n", pick(rng, kPeople), sentence(rng));
    a += fmt::format("Theo {}, {}\n\n", pick(rng, kPeople), sentence(rng));
  }
  return a;
}

}  // namespace kb::bench
