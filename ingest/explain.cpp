#include "ingest/explain.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <map>

#include "ingest/extract.hpp"
#include "ingest/language.hpp"
#include "ingest/read.hpp"
#include "store/db.hpp"
#include "store/gazetteer.hpp"
#include "store/sync.hpp"

namespace kb::ingest {

namespace {

std::string_view via_name(Via v) {
  switch (v) {
    case Via::gazetteer: return "gazetteer";
    case Via::title_holder: return "title: the holder on the date";
    case Via::title_recent: return "title: the last holder named";
    case Via::title_country: return "title of a part: the last person of its country named";
    case Via::short_name: return "short form of a name given before in this article";
    case Via::body: return "a body's common noun: the last international body named";
    case Via::pronoun: return "pronoun: the subject of the sentence before, or the last person named";
    case Via::new_person: return "new person: a name after a title or an honorific";
  }
  return "";
}

std::string anchor_name(const DateMention& d) {
  auto day = d.anchor_day ? " " + iso(*d.anchor_day) : std::string(" (no day known)");
  switch (d.anchor) {
    case Anchor::stated: return "as written";
    case Anchor::nearest_year: return "the year nearest" + day;
    case Anchor::reference: return "from the article's time" + day;
    case Anchor::previous: return "from the date last given" + day;
  }
  return "";
}

struct Printer {
  const Document& doc;
  const Gazette& g;
  std::ostream& out;

  std::string text(Span s) const { return doc.clean.substr(s.begin, s.end - s.begin); }
  std::string actor(long long id) const {
    auto it = g.actor_name.find(id);
    return it == g.actor_name.end() ? fmt::format("#{}", id) : it->second;
  }
  std::string actors(const std::vector<long long>& ids) const {
    std::string s;
    for (auto id : ids) s += (s.empty() ? "" : ", ") + actor(id);
    return s.empty() ? "-" : s;
  }
  std::string date(const std::optional<DateRange>& d) const { return d ? d->label() : "-"; }
  std::map<long long, std::string> places;
  std::string place(long long id) const {
    if (!id) return "-";
    auto it = places.find(id);
    return it == places.end() ? fmt::format("place #{}", id) : it->second;
  }
};

}  // namespace

Result<bool> explain_file(const std::string& path, const Options& options, std::ostream& out) {
  auto langs = Languages::load(options.data_dir);
  if (!langs) return langs.error();
  auto doc = read_file(path, &*langs);
  if (!doc) return doc.error();
  auto db = store::open(":memory:", store::Mode::read_write);
  if (!db) return db.error();
  auto gz = store::Gazetteer::load(options.data_dir);
  if (!gz) return gz.error();
  if (auto s = store::sync_gazetteer(**db, *gz); !s) return s.error();
  const Lexicon* lx = langs->find(doc->language);
  auto gazette = Gazette::load(**db);
  if (!gazette) return gazette.error();
  std::vector<TriggerNote> triggers;
  Extraction x;
  try {
    x = extract(**db, *doc, *lx, *gazette, nullptr, &triggers);
  } catch (const std::exception& e) {
    return Error{"could not extract from the article", path, e.what()};
  }
  Printer p{*doc, *gazette, out, {}};
  SQLite::Statement places(**db, "SELECT id, name FROM places");
  while (places.executeStep()) p.places[places.getColumn(0).getInt64()] = places.getColumn(1).getString();
  out << fmt::format("file: {}\nlanguage: {}\ntitle: {}\npublished: {}\n", path, doc->language, doc->title,
                     doc->published ? doc->published->label() : "unknown (dates read against the text's own)");
  std::size_t mi = 0, di = 0, ti = 0, ci = 0;
  for (std::size_t si = 0; si < doc->sentences.size(); ++si) {
    const auto& s = doc->sentences[si];
    out << fmt::format("\n[{}] {}\n", si + 1, p.text(s.span));
    for (; mi < doc->mentions.size() && doc->mentions[mi].span.begin < s.span.end; ++mi) {
      const auto& m = doc->mentions[mi];
      if (m.span.begin < s.span.begin) continue;
      std::string what = m.actor_id ? fmt::format("{} {}", m.actor_kind, p.actor(m.actor_id)) : std::string{};
      if (m.place_id) what += (what.empty() ? "" : "; ") + std::string("place ") + p.place(m.place_id);
      out << fmt::format("    mention  “{}” → {}  ({}{})\n", p.text(m.span), what, via_name(m.via),
                         m.in_title ? ", part of a title" : "");
    }
    for (; di < doc->dates.size() && doc->dates[di].span.begin < s.span.end; ++di) {
      const auto& d = doc->dates[di];
      if (d.span.begin < s.span.begin) continue;
      out << fmt::format("    date     “{}” → {}  ({}{}{})\n", p.text(d.span), d.range.label(), anchor_name(d),
                         d.forward ? ", dates what follows" : "", d.backward ? ", dates what precedes" : "");
    }
    for (; ti < triggers.size() && triggers[ti].sentence == si; ++ti) {
      const auto& t = triggers[ti];
      bool kept = t.decision.starts_with("happened") || t.decision == "planned" || t.decision == "cancelled";
      out << fmt::format("    trigger  “{}” {}: {}{}\n", p.text(t.span), t.type, kept ? t.decision : "no event, " + t.decision,
                         t.cue.empty() ? "" : fmt::format(" (cue “{}”)", p.text(t.cue)));
    }
    // What this sentence told of each event it joined (numbered as in the list below).
    for (std::size_t e = 0; e < x.events.size(); ++e)
      for (const auto& src : x.events[e].sources)
        if (src.sentence == si)
          out << fmt::format("    report   event {}: {} {}  date {}  place {}\n", e + 1, x.events[e].type, src.status,
                             p.date(src.date), p.place(src.place_id));
    for (; ci < x.claims.size() && x.claims[ci].sentence == si; ++ci) {
      const auto& c = x.claims[ci];
      out << fmt::format("    claim    {} ({}, {}): “{}”{}\n", p.actor(c.speaker_id), c.direct ? "direct" : "reported", c.rule,
                         c.text, c.date ? " on " + c.date->label() : "");
    }
  }
  out << "\nevents after merging within the article:\n";
  for (std::size_t e = 0; e < x.events.size(); ++e) {
    const auto& ev = x.events[e];
    std::string sentences = fmt::format("{}", ev.sentence + 1);
    for (auto s : ev.more_sentences)
      if (s != ev.sentence) sentences += fmt::format(", {}", s + 1);
    out << fmt::format("  {:>2}. {} {}  date {}  place {}  participants {}  (sentences {})\n", e + 1, ev.type, ev.status,
                       p.date(ev.date), p.place(ev.place_id), p.actors(ev.participants), sentences);
  }
  if (x.events.empty()) out << "  none\n";
  for (const auto& n : doc->notes) out << "note: " << n << "\n";
  return true;
}

}  // namespace kb::ingest
