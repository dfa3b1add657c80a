#include "ingest/store.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/text.hpp"
#include "ingest/events.hpp"
#include "store/sync.hpp"

namespace kb::ingest {

namespace {

void bind_date(SQLite::Statement& st, int at, const std::optional<DateRange>& d) {
  if (d) {
    st.bind(at, d->start_iso());
    st.bind(at + 1, d->end_iso());
    st.bind(at + 2, std::string(d->precision_name()));
  } else {
    st.bind(at);
    st.bind(at + 1);
    st.bind(at + 2);
  }
}

void bind_id_or_null(SQLite::Statement& st, int at, long long id) {
  if (id) st.bind(at, static_cast<int64_t>(id));
  else st.bind(at);
}

std::optional<DateRange> read_date(SQLite::Statement& st, int at) {
  if (st.getColumn(at).isNull()) return std::nullopt;
  auto p = parse_precision(st.getColumn(at + 2).getString());
  auto s = parse_date_literal(st.getColumn(at).getString());
  auto e = parse_date_literal(st.getColumn(at + 1).getString());
  if (!p || !s || !e) return std::nullopt;
  return DateRange{s->start, e->end, *p};
}

struct Writer {
  SQLite::Database& db;
  const Document& doc;
  const Gazette& g;
  long long doc_id = 0;
  long long known_before = 0;  // the last event id stored before this document
  std::vector<long long> sentence_ids;
  std::set<long long> mine;  // events this document created

  // Prepared once per document, reset before each use: facts are written in loops.
  SQLite::Statement insert_evidence{db, "INSERT INTO evidence(document_id, sentence_id, start_byte, end_byte) VALUES (?, ?, ?, ?)"};
  SQLite::Statement fill_event{db,
      "UPDATE events SET date_start = coalesce(date_start, ?1), date_end = coalesce(date_end, ?2), "
      "date_precision = coalesce(date_precision, ?3), place_id = coalesce(place_id, ?4) WHERE id = ?5"};
  SQLite::Statement refine_date{db,
      "UPDATE events SET date_start = ?1, date_end = ?2, date_precision = ?3 "
      "WHERE id = ?4 AND date_precision IN ('month','year') AND date_start <= ?1 AND date_end >= ?2"};
  // An account of the event taking place supersedes the plans told before it (each
  // source's own status stays in event_evidence).
  SQLite::Statement held{db, "UPDATE events SET status = 'happened' WHERE id = ? AND status = 'planned'"};
  SQLite::Statement insert_event{db, "INSERT INTO events(type, date_start, date_end, date_precision, place_id, status) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"};
  SQLite::Statement insert_participant{db, "INSERT OR IGNORE INTO event_participants(event_id, actor_id) VALUES (?, ?)"};
  SQLite::Statement insert_event_evidence{db,
      "INSERT OR IGNORE INTO event_evidence(event_id, evidence_id, date_start, date_end, date_precision, place_id, status) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)"};
  SQLite::Statement insert_participant_evidence{db,
      "INSERT OR IGNORE INTO participant_evidence(event_id, actor_id, evidence_id) VALUES (?, ?, ?)"};
  SQLite::Statement insert_claim{db, "INSERT INTO claims(speaker_id, date_start, date_end, date_precision, text, direct, event_id) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"};
  SQLite::Statement insert_claim_evidence{db, "INSERT INTO claim_evidence(claim_id, evidence_id) VALUES (?, ?)"};
  SQLite::Statement insert_about{db, "INSERT OR IGNORE INTO claim_about(claim_id, actor_id) VALUES (?, ?)"};
  SQLite::Statement insert_claim_fts{db, "INSERT INTO claim_fts(rowid, text) VALUES (?, ?)"};

  long long evidence(std::size_t sentence, Span sp) {
    auto& st = insert_evidence;
    st.reset();
    st.bind(1, static_cast<int64_t>(doc_id));
    st.bind(2, static_cast<int64_t>(sentence_ids.at(sentence)));
    st.bind(3, static_cast<int64_t>(sp.begin));
    st.bind(4, static_cast<int64_t>(sp.end));
    st.exec();
    return db.getLastInsertRowid();
  }

  void document(const std::string& hash) {
    SQLite::Statement st(db, "INSERT INTO documents(file_name, content_hash, title, published, raw_text, clean_text, language) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, doc.file_name);
    st.bind(2, hash);
    st.bind(3, doc.title);
    if (doc.published) st.bind(4, doc.published->label());
    else st.bind(4);
    st.bind(5, doc.raw);
    st.bind(6, doc.clean);
    st.bind(7, doc.language);  // set by read, or by extract from its lexicon
    st.exec();
    doc_id = db.getLastInsertRowid();
    known_before = db.execAndGet("SELECT coalesce(max(id), 0) FROM events").getInt64();
    SQLite::Statement fts(db, "INSERT INTO document_fts(rowid, title, body) VALUES (?, ?, ?)");
    fts.bind(1, static_cast<int64_t>(doc_id));
    fts.bind(2, text::fold(doc.title));
    fts.bind(3, text::fold(doc.clean));
    fts.exec();
    SQLite::Statement sent(db, "INSERT INTO sentences(document_id, seq, start_byte, end_byte, text) VALUES (?, ?, ?, ?, ?)");
    SQLite::Statement sfts(db, "INSERT INTO sentence_fts(rowid, text) VALUES (?, ?)");
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
      const auto& s = doc.sentences[i];
      auto txt = doc.clean.substr(s.span.begin, s.span.end - s.span.begin);
      sent.reset();
      sent.bind(1, static_cast<int64_t>(doc_id));
      sent.bind(2, static_cast<int64_t>(i));
      sent.bind(3, static_cast<int64_t>(s.span.begin));
      sent.bind(4, static_cast<int64_t>(s.span.end));
      sent.bind(5, txt);
      sent.exec();
      sentence_ids.push_back(db.getLastInsertRowid());
      sfts.reset();
      sfts.bind(1, static_cast<int64_t>(sentence_ids.back()));
      sfts.bind(2, text::fold(txt));
      sfts.exec();
    }
  }

  // A stored event this one is another report of; 0 when none. Only events that
  // same_event() could accept are read, through indexes, not the whole table: across
  // articles a match needs overlapping known dates (a day or a month, so it starts at most
  // 31 days before this one) or places inside one another. Events this document added are
  // not read at all: a file of thousands of events on one day or in one place would
  // otherwise read back all of its own for each new one. (By date "+id" keeps it a filter
  // on the date index; by place the index on place_id ends with the id and is searched by it.)
  long long known_event(const EventFact& e) {
    // Candidates as (id, view without participants), read in the same pass; only those of
    // the same family get their participants read.
    std::map<long long, EventView> candidates;
    const auto family = event_family(e.type);
    auto collect = [&](SQLite::Statement& q) {
      while (q.executeStep()) {
        long long id = q.getColumn(0).getInt64();
        if (mine.count(id) || event_family(q.getColumn(1).getString()) != family) continue;
        candidates.try_emplace(id, EventView{q.getColumn(1).getString(), q.getColumn(2).getString(), read_date(q, 3),
                                             q.getColumn(6).isNull() ? 0 : q.getColumn(6).getInt64(), {}});
      }
    };
    if (e.date && e.date->precision != Precision::year) {
      near_in_time.reset();
      near_in_time.bind(1, e.date->start_iso());
      near_in_time.bind(2, e.date->end_iso());
      near_in_time.bind(3, static_cast<int64_t>(known_before));
      collect(near_in_time);
    }
    if (e.place_id) {
      near_in_space.reset();
      near_in_space.bind(1, static_cast<int64_t>(e.place_id));
      // Two known dates must overlap, and those were found above: by place, only events
      // whose date is unknown (or just a year) are left to consider.
      near_in_space.bind(2, e.date && e.date->precision != Precision::year ? 1 : 0);
      near_in_space.bind(3, static_cast<int64_t>(known_before));
      collect(near_in_space);
    }
    EventView mine_view{e.type, e.status, e.date, e.place_id, e.participants};
    std::sort(mine_view.participants.begin(), mine_view.participants.end());
    for (auto& [id, v] : candidates) {
      parts.reset();
      parts.bind(1, static_cast<int64_t>(id));
      while (parts.executeStep()) v.participants.push_back(parts.getColumn(0).getInt64());
      std::sort(v.participants.begin(), v.participants.end());
      if (same_event(v, mine_view, g, true)) return id;
    }
    return 0;
  }
  static constexpr const char* event_columns = "SELECT id, type, status, date_start, date_end, date_precision, place_id ";
  SQLite::Statement near_in_time{db, std::string(event_columns) +
      "FROM events WHERE date_start BETWEEN date(?1, '-31 days') AND ?2 AND date_end >= ?1 "
      "AND date_precision IN ('day', 'month') AND +id <= ?3"};
  SQLite::Statement near_in_space{db, std::string(event_columns) +
      "FROM events WHERE place_id IN (SELECT descendant_id FROM place_tree WHERE ancestor_id = ?1 "
      "UNION SELECT ancestor_id FROM place_tree WHERE descendant_id = ?1) "
      "AND (?2 = 0 OR date_start IS NULL OR date_precision = 'year') AND id <= ?3"};
  SQLite::Statement parts{db, "SELECT actor_id FROM event_participants WHERE event_id = ?"};

  // This document tells the event as taking place: its status, or an account of it when
  // the article was published after the event's day (a plan it also tells is stale).
  bool taken_place(const EventFact& e) const {
    if (e.status == "happened") return true;
    if (e.status != "planned") return false;  // a cancellation stays one
    auto day = doc.reference_day();
    if (!day || !e.date || !doc.published || doc.published->precision != Precision::day || !(e.date->end < *day)) return false;
    return std::any_of(e.sources.begin(), e.sources.end(), [](const EventFact::Source& s) { return s.status == "happened"; });
  }

  long long event(const EventFact& e, Stored& out) {
    long long id = known_event(e);
    if (id) {
      ++out.events_merged;
      // Fill what the stored event lacked; a more precise date inside its range refines it.
      auto& up = fill_event;
      up.reset();
      bind_date(up, 1, e.date);
      bind_id_or_null(up, 4, e.place_id);
      up.bind(5, static_cast<int64_t>(id));
      up.exec();
      if (taken_place(e)) {
        held.reset();
        held.bind(1, static_cast<int64_t>(id));
        held.exec();
      }
      if (e.date && e.date->precision == Precision::day) {
        auto& refine = refine_date;
        refine.reset();
        bind_date(refine, 1, e.date);
        refine.bind(4, static_cast<int64_t>(id));
        refine.exec();
      }
    } else {
      ++out.events_new;
      auto& ins = insert_event;
      ins.reset();
      ins.bind(1, e.type);
      bind_date(ins, 2, e.date);
      bind_id_or_null(ins, 5, e.place_id);
      ins.bind(6, taken_place(e) ? std::string("happened") : e.status);
      ins.exec();
      id = db.getLastInsertRowid();
    }
    mine.insert(id);
    auto& part = insert_participant;
    for (auto p : e.participants) {
      part.reset();
      part.bind(1, static_cast<int64_t>(id));
      part.bind(2, static_cast<int64_t>(p));
      part.exec();
    }
    auto& ev = insert_event_evidence;
    auto& pev = insert_participant_evidence;
    for (const auto& src : e.sources) {
      long long evid = evidence(src.sentence, doc.sentences[src.sentence].span);
      ev.reset();
      ev.bind(1, static_cast<int64_t>(id));
      ev.bind(2, static_cast<int64_t>(evid));
      bind_date(ev, 3, src.date);
      bind_id_or_null(ev, 6, src.place_id);
      ev.bind(7, src.status);
      ev.exec();
      for (auto p : e.participants) {
        pev.reset();
        pev.bind(1, static_cast<int64_t>(id));
        pev.bind(2, static_cast<int64_t>(p));
        pev.bind(3, static_cast<int64_t>(evid));
        pev.exec();
      }
    }
    return id;
  }

  void claim(const ClaimFact& c, long long event_id) {
    auto& st = insert_claim;
    st.reset();
    st.bind(1, static_cast<int64_t>(c.speaker_id));
    bind_date(st, 2, c.date);
    st.bind(5, c.text);
    st.bind(6, c.direct ? 1 : 0);
    bind_id_or_null(st, 7, event_id);
    st.exec();
    long long id = db.getLastInsertRowid();
    auto evid = evidence(c.sentence, c.span);
    auto& link = insert_claim_evidence;
    link.reset();
    link.bind(1, static_cast<int64_t>(id));
    link.bind(2, static_cast<int64_t>(evid));
    link.exec();
    auto& about = insert_about;
    for (auto a : c.about) {
      about.reset();
      about.bind(1, static_cast<int64_t>(id));
      about.bind(2, static_cast<int64_t>(a));
      about.exec();
    }
    auto& fts = insert_claim_fts;
    fts.reset();
    fts.bind(1, static_cast<int64_t>(id));
    fts.bind(2, text::fold(c.text));
    fts.exec();
  }
};

}  // namespace

bool known_content(SQLite::Database& db, const std::string& hash) {
  SQLite::Statement st(db, "SELECT 1 FROM documents WHERE content_hash = ?");
  st.bind(1, hash);
  return st.executeStep();
}

std::optional<Day> latest_published(SQLite::Database& db) {
  SQLite::Statement st(db, "SELECT max(published) FROM documents");
  if (!st.executeStep() || st.getColumn(0).isNull()) return std::nullopt;
  auto d = parse_date_literal(st.getColumn(0).getString());
  if (!d) return std::nullopt;
  return d->start;
}

namespace {

void insert_person(SQLite::Database& db, const NewPerson& p) {
  const auto& [id, name, title, of_actor] = p;
  SQLite::Statement st(db, "INSERT INTO actors(id, name, kind, origin) VALUES (?, ?, 'person', 'extracted')");
  st.bind(1, static_cast<int64_t>(id));
  st.bind(2, name);
  st.exec();
  store::add_actor_alias(db, id, name);
  if (auto sp = name.rfind(' '); sp != std::string::npos) {  // short forms, as Gazette::add_person
    store::add_actor_alias(db, id, name.substr(sp + 1));
    store::add_actor_alias(db, id, name.substr(0, name.find(' ')));
  }
  if (!title.empty()) {
    SQLite::Statement role(db, "INSERT OR IGNORE INTO actor_roles(actor_id, title, of_actor_id) VALUES (?, ?, ?)");
    role.bind(1, static_cast<int64_t>(id));
    role.bind(2, title);
    bind_id_or_null(role, 3, of_actor);
    role.exec();
  }
}

}  // namespace

long long next_actor_id(SQLite::Database& db) { return db.execAndGet("SELECT coalesce(max(id), 0) + 1 FROM actors").getInt64(); }

void insert_people(SQLite::Database& db, const std::vector<NewPerson>& people) {
  for (const auto& p : people) insert_person(db, p);
}

Stored store_document(SQLite::Database& db, const Document& doc, const std::string& hash, const Extraction& x, const Gazette& g) {
  const auto& [events, claims, people] = x;
  insert_people(db, people);
  Stored out;
  Writer w{db, doc, g, 0, 0, {}, {}};
  w.document(hash);
  std::vector<long long> event_ids;
  for (const auto& e : events) event_ids.push_back(w.event(e, out));
  for (const auto& c : claims) {
    w.claim(c, c.event >= 0 ? event_ids.at(static_cast<std::size_t>(c.event)) : 0);
    ++out.claims;
  }
  return out;
}

}  // namespace kb::ingest
