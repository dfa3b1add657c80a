#include "ingest/merge.hpp"

#include <algorithm>

#include "ingest/events.hpp"

namespace kb::ingest {

namespace {

bool overlap(const DateRange& a, const DateRange& b) { return !(a.end < b.start || b.end < a.start); }

std::size_t shared(const std::vector<long long>& a, const std::vector<long long>& b, const Gazette& g, bool people_only) {
  std::size_t n = 0;
  for (auto x : a) {
    if (people_only) {
      auto k = g.actor_kind.find(x);
      if (k == g.actor_kind.end() || k->second != "person") continue;
    }
    n += std::find(b.begin(), b.end(), x) != b.end();
  }
  return n;
}

bool has_person(const std::vector<long long>& actors, const Gazette& g) {
  for (auto a : actors) {
    auto k = g.actor_kind.find(a);
    if (k != g.actor_kind.end() && k->second == "person") return true;
  }
  return false;
}

EventView view(const EventFact& e) { return {e.type, e.status, e.date, e.place_id, e.participants}; }

bool empty_mention(const EventFact& e) { return !e.date && !e.place_id && e.participants.empty(); }

}  // namespace

bool same_event(const EventView& a, const EventView& b, const Gazette& g, bool across) {
  if (event_family(a.type) != event_family(b.type)) return false;
  if (!across && a.type == b.type && shared(a.participants, b.participants, g, true) >= 2) return true;
  // Across articles a bare year ("năm nay") pins nothing down.
  auto known = [&](const std::optional<DateRange>& d) { return d && !(across && d->precision == Precision::year); };
  bool dated = known(a.date) && known(b.date);
  if (dated && !overlap(*a.date, *b.date)) return false;
  bool placed = a.place_id && b.place_id;
  if (placed && !g.place_inside(a.place_id, b.place_id) && !g.place_inside(b.place_id, a.place_id)) return false;
  if (across && !dated && !placed) return false;
  // Across articles a plan and an occurrence are one event only on the very same day.
  if (across && a.status != b.status &&
      !(dated && a.date->precision == Precision::day && b.date->precision == Precision::day && a.date == b.date))
    return false;
  std::size_t people = shared(a.participants, b.participants, g, true);
  if (a.status != b.status && !placed && !dated && !people) return false;
  if (people) return true;
  bool any = shared(a.participants, b.participants, g, false) > 0;
  if (placed) return any || !has_person(a.participants, g) || !has_person(b.participants, g);
  // Sharing only a country ("Nga và Mỹ") says little: the type must agree too.
  return a.type == b.type && any;
}

void absorb(EventFact& a, const EventFact& b) {
  if (!a.date) a.date = b.date;
  else if (b.date && b.date->precision < a.date->precision && overlap(*a.date, *b.date)) a.date = b.date;
  if (!a.place_id) a.place_id = b.place_id;
  if (b.status_stated && !a.status_stated) a.status = b.status, a.status_stated = true;
  for (auto p : b.participants)
    if (std::find(a.participants.begin(), a.participants.end(), p) == a.participants.end()) a.participants.push_back(p);
  a.more_sentences.push_back(b.sentence);
  for (auto s : b.more_sentences) a.more_sentences.push_back(s);
  a.sources.insert(a.sources.end(), b.sources.begin(), b.sources.end());
}

std::vector<EventFact> merge_in_document(std::vector<EventFact> events, const Gazette& g) {
  std::vector<EventFact> out;
  for (auto& e : events) {
    EventFact* into = nullptr;
    for (auto& o : out)
      if (same_event(view(o), view(e), g, false)) { into = &o; break; }
    // A bare mention ("cuộc gặp sẽ …") is the last event of its family, of its status if any.
    if (!into && empty_mention(e))
      for (int pass = 0; pass < 2 && !into; ++pass)
        for (auto it = out.rbegin(); it != out.rend(); ++it)
          if (event_family(it->type) == event_family(e.type) && (pass == 1 || it->status == e.status)) { into = &*it; break; }
    if (into) absorb(*into, e);
    else if (!empty_mention(e)) out.push_back(std::move(e));
  }
  return out;
}

}  // namespace kb::ingest
