#include "ingest/merge.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <unordered_set>

#include "ingest/events.hpp"

namespace kb::ingest {

namespace {

bool overlap(const DateRange& a, const DateRange& b) { return !(a.end < b.start || b.end < a.start); }

// A state or official visit takes a few days; one told over more days than this is two.
constexpr int max_visit_days = 6;

bool is_person(long long actor, const Gazette& g) {
  auto k = g.actor_kind.find(actor);
  return k != g.actor_kind.end() && k->second == "person";
}
bool is_body(long long actor, const Gazette& g) {
  auto k = g.actor_kind.find(actor);
  return k != g.actor_kind.end() && k->second == "organization";
}

// Participants are a handful, searched in place. Longer lists (a sentence naming hundreds)
// are intersected in order: view() and the store keep them sorted; others are sorted here.
constexpr std::size_t small_list = 16;

std::size_t shared(const std::vector<long long>& a, const std::vector<long long>& b, const Gazette& g, bool people_only) {
  auto counts = [&](long long x) { return !people_only || is_person(x, g); };
  std::size_t n = 0;
  if (a.size() <= small_list && b.size() <= small_list) {
    for (auto x : a) n += std::find(b.begin(), b.end(), x) != b.end() && counts(x);
    return n;
  }
  std::vector<long long> copy_a, copy_b;
  auto in_order = [](const std::vector<long long>& v, std::vector<long long>& copy) -> const std::vector<long long>& {
    if (std::is_sorted(v.begin(), v.end())) return v;
    copy = v;
    std::sort(copy.begin(), copy.end());
    return copy;
  };
  const auto& sa = in_order(a, copy_a);
  const auto& sb = in_order(b, copy_b);
  for (std::size_t i = 0, j = 0; i < sa.size() && j < sb.size();) {
    if (sa[i] < sb[j]) ++i;
    else if (sb[j] < sa[i]) ++j;
    else n += counts(sa[i]), ++i, ++j;
  }
  return n;
}

bool has_person(const std::vector<long long>& actors, const Gazette& g) {
  return std::any_of(actors.begin(), actors.end(), [&](long long a) { return is_person(a, g); });
}

EventView view(const EventFact& e) {
  EventView v{e.type, e.status, e.date, e.place_id, e.participants, e.gathering, e.sidelines, e.sentence};
  std::sort(v.participants.begin(), v.participants.end());  // for shared()
  return v;
}

bool empty_mention(const EventFact& e) { return !e.date && !e.place_id && e.participants.empty(); }

}  // namespace

bool places_apart(long long a, long long b, const Gazette& g) {
  return a && b && !g.place_inside(a, b) && !g.place_inside(b, a);
}

bool gathering_apart(const EventView& a, const EventView& b) {
  return (a.sidelines && b.gathering) || (b.sidelines && a.gathering);
}

// One account names only countries ("Nga và Mỹ đàm phán"), the other their people ("ông
// Lavrov và ông Rubio"): the countries are those people's, at least two of them (or the one).
bool sides_agree(const EventView& nations, const EventView& people, const Gazette& g) {
  if (nations.participants.empty() || has_person(nations.participants, g) || !has_person(people.participants, g)) return false;
  std::size_t agree = 0;
  for (auto c : nations.participants) {
    auto k = g.actor_kind.find(c);
    if (k == g.actor_kind.end() || k->second != "country") return false;
    agree += std::any_of(people.participants.begin(), people.participants.end(), [&](long long p) { return g.country_of(p) == c; });
  }
  return agree >= std::min<std::size_t>(2, nations.participants.size());
}

// Each names a person the other lacks, and neither is a gathering of many: "Trump điện đàm
// với Putin" and "Trump điện đàm với Zelensky" are two calls.
bool other_people(const EventView& a, const EventView& b, const Gazette& g) {
  if (a.type == "summit" || b.type == "summit") return false;
  auto lacks = [&](const EventView& x, const EventView& y) {
    return std::any_of(x.participants.begin(), x.participants.end(), [&](long long p) {
      return is_person(p, g) && std::find(y.participants.begin(), y.participants.end(), p) == y.participants.end();
    });
  };
  return has_person(a.participants, g) && has_person(b.participants, g) && lacks(a, b) && lacks(b, a);
}

// x names an organisation y lacks.
bool body_missing(const EventView& x, const EventView& y, const Gazette& g) {
  return std::any_of(x.participants.begin(), x.participants.end(), [&](long long p) {
    return is_body(p, g) && std::find(y.participants.begin(), y.participants.end(), p) == y.participants.end();
  });
}

// Both name one organisation.
bool shared_body(const EventView& a, const EventView& b, const Gazette& g) {
  return std::any_of(a.participants.begin(), a.participants.end(), [&](long long p) {
    return is_body(p, g) && std::find(b.participants.begin(), b.participants.end(), p) != b.participants.end();
  });
}

// Each names an organisation the other lacks.
bool other_bodies(const EventView& a, const EventView& b, const Gazette& g) {
  return body_missing(a, b, g) && body_missing(b, a, g);
}

bool same_event(const EventView& a, const EventView& b, const Gazette& g, bool across) {
  if (event_family(a.type) != event_family(b.type)) return false;
  if (!across && gathering_apart(a, b)) return false;
  // One pair's call told on two days is one call; but a meeting held and one cancelled on
  // other days are two ("gặp trưa 25/6" and "hôm 16/6 hủy cuộc gặp … bên lề G7").
  bool conflicting = a.status != b.status && a.date && b.date && !overlap(*a.date, *b.date);
  // …but not days a week apart, nor two days of one sentence ("lần lượt diễn ra tại Muscat
  // ngày 12/4, tại Rome ngày 19/4").
  // (nor a day and a month a year before it: "từng gặp nhau tại Kazan vào tháng 10/2024")
  bool days_apart = a.date && b.date &&
                    (days_between(a.date->end, b.date->start) > max_visit_days || days_between(b.date->end, a.date->start) > max_visit_days ||
                     (a.date->precision == Precision::day && b.date->precision == Precision::day && a.sentence == b.sentence &&
                      a.sentence != SIZE_MAX && a.date->start != b.date->start));
  // (nor at places apart: "chuyến thăm Việt Nam lần này" and the one to China a year ago)
  conflicting = conflicting || days_apart || places_apart(a.place_id, b.place_id, g);
  if (!across && a.type == b.type && !conflicting && shared(a.participants, b.participants, g, true) >= 2) return true;
  // In one article, a body's summit told twice is one, whoever each account says attended
  // ("Hội nghị thượng đỉnh G7 … kết thúc hôm 17/6", "… của G7, khai mạc ngày 15/6").
  if (!across && a.type == "summit" && b.type == "summit" && !conflicting && shared_body(a, b, g)) return true;
  if (other_people(a, b, g)) return false;
  // In one article, a plan naming someone the occurrence told (with its people) lacks is a
  // plan of another event ("Sau cuộc gặp, hai bên nhất trí sẽ hội đàm với ông C").
  if (!across && (a.status == "planned") != (b.status == "planned") && (a.status == "happened" || b.status == "happened")) {
    const auto& plan = a.status == "planned" ? a : b;
    const auto& held = a.status == "planned" ? b : a;
    if (has_person(held.participants, g) && std::any_of(plan.participants.begin(), plan.participants.end(), [&](long long p) {
          return is_person(p, g) && std::find(held.participants.begin(), held.participants.end(), p) == held.participants.end();
        }))
      return false;
  }
  // In one article, a summit of a body and a meeting of two or more people that does not
  // name the body are two: the bilateral talks held on the summit's day ("Hội nghị Cấp cao
  // ASEAN khai mạc …", "Thủ tướng lần lượt gặp A, B và C").
  if (!across && (a.type == "summit") != (b.type == "summit")) {
    const auto& summit = a.type == "summit" ? a : b;
    const auto& talk = a.type == "summit" ? b : a;
    auto persons = std::count_if(talk.participants.begin(), talk.participants.end(), [&](long long p) { return is_person(p, g); });
    if (persons >= 2 && body_missing(summit, talk, g)) return false;
  }
  // An interview is given to an outlet: one with CNN and one with Fox News are two.
  if (a.type == "interview" && b.type == "interview" && other_bodies(a, b, g)) return false;
  // In one article, a visit and the meetings during it are told apart by their words; so
  // are an interview and a press conference.
  if (!across && (a.type == "visit") != (b.type == "visit") && !a.participants.empty() && !b.participants.empty()) return false;
  // Across articles a visit is a meeting told by another only at the place both name: the
  // type differs, so the place has to say they are one ("Witkoff's trip to Russia" and his
  // meeting with Dmitriev that day are not, unplaced).
  if (across && (a.type == "visit") != (b.type == "visit") && !(a.place_id && b.place_id)) return false;
  if (!across && (a.type == "interview") != (b.type == "interview") && event_family(a.type) == "speech" && !a.participants.empty() &&
      !b.participants.empty())
    return false;
  // A visit lasts days: the same visitor's visit told on a later day of the same week is
  // the same visit ("đến Hà Nội chiều 10/3 …", "ngày 12/3 sẽ rời Hà Nội, kết thúc chuyến thăm").
  if (!across && a.type == "visit" && b.type == "visit" && a.date && b.date && a.date->precision == Precision::day &&
      b.date->precision == Precision::day && shared(a.participants, b.participants, g, true) &&
      std::abs(days_between(a.date->start, b.date->start)) <= max_visit_days)
    return !places_apart(a.place_id, b.place_id, g);
  // Across articles a bare year ("năm nay") pins nothing down, but for a year apart: read
  // against another article's time it may be off by one, not by two.
  if (across && a.date && b.date && (a.date->precision == Precision::year || b.date->precision == Precision::year) &&
      std::abs(a.date->start.y - b.date->start.y) >= 2)
    return false;
  auto known = [&](const std::optional<DateRange>& d) { return d && !(across && d->precision == Precision::year); };
  bool dated = known(a.date) && known(b.date);
  if (dated && !overlap(*a.date, *b.date)) return false;
  bool placed = a.place_id && b.place_id;
  if (places_apart(a.place_id, b.place_id, g)) return false;
  if (across && !dated && !placed) return false;
  // One article tells of one summit at a time: "hội nghị có sự tham dự của …" after
  // "Hội nghị thượng đỉnh NATO khai mạc …" is that summit, whoever it names.
  if (!across && a.type == "summit" && b.type == "summit" && a.status == b.status) return true;
  // Across articles a plan and an occurrence are one event only on the very same day; a
  // plan and its cancellation are one event.
  auto unreal = [](const std::string& st) { return st == "planned" || st == "cancelled"; };
  if (across && a.status != b.status && !(unreal(a.status) && unreal(b.status)) &&
      !(dated && a.date->precision == Precision::day && b.date->precision == Precision::day && a.date == b.date))
    return false;
  std::size_t people = shared(a.participants, b.participants, g, true);
  if (a.status != b.status && !placed && !dated && !people) return false;
  if (people) return true;
  bool any = shared(a.participants, b.participants, g, false) > 0 || sides_agree(a, b, g) || sides_agree(b, a, g);
  if (placed) return any || !has_person(a.participants, g) || !has_person(b.participants, g);
  // Sharing only a country ("Nga và Mỹ") says little: the type must agree too.
  return a.type == b.type && any;
}

void drop_unplaceable(std::vector<EventFact>& events, const Gazette& g) {
  std::erase_if(events, [&](const EventFact& e) {
    return !e.date && !e.place_id && !has_person(e.participants, g) && e.participants.size() <= 1;
  });
}

bool append_new(std::vector<long long>& to, const std::vector<long long>& from, std::size_t limit) {
  bool crowd = to.size() > small_list || from.size() > small_list;
  std::unordered_set<long long> seen;
  if (crowd) seen.insert(to.begin(), to.end());
  for (auto p : from) {
    bool known = crowd ? !seen.insert(p).second : std::find(to.begin(), to.end(), p) != to.end();
    if (known) continue;
    if (to.size() == limit) return true;
    to.push_back(p);
  }
  return false;
}

bool absorb(EventFact& a, const EventFact& b) {
  if (!a.date) a.date = b.date;
  else if (b.date && b.date->precision < a.date->precision && overlap(*a.date, *b.date)) a.date = b.date;
  if (!a.place_id) a.place_id = b.place_id;
  if (b.status_stated && !a.status_stated) a.status = b.status, a.status_stated = true;
  a.gathering = a.gathering || b.gathering;
  a.sidelines = a.sidelines || b.sidelines;
  bool full = append_new(a.participants, b.participants, max_participants);
  a.more_sentences.push_back(b.sentence);
  for (auto s : b.more_sentences) a.more_sentences.push_back(s);
  a.sources.insert(a.sources.end(), b.sources.begin(), b.sources.end());
  return full;
}

std::vector<EventFact> merge_in_document(std::vector<EventFact> events, const Gazette& g,
                                         std::vector<std::string>* notes) {
  std::vector<EventFact> out;
  std::vector<EventView> views;  // of `out`, kept up to date: not copied per comparison
  bool windowed = false;
  std::size_t crowded = 0;       // events that named more than max_participants
  for (auto& e : events) {
    if (e.participants.size() > max_participants) {
      e.participants.resize(max_participants);
      ++crowded;
    }
    auto mine = view(e);
    std::size_t from = out.size() > merge_window ? out.size() - merge_window : 0;
    windowed = windowed || from > 0;
    std::size_t into = out.size();
    // A session ("phiên họp", "phiên bế mạc") is part of the gathering told last whose date
    // it fits; without one it is a meeting of its own.
    if (e.type == "session") {
      for (auto k = out.size(); k-- > from && into == out.size();)
        if (const auto& o = out[k]; (o.type == "meeting" || o.type == "talks" || o.type == "summit") &&
                                    (!o.date || !e.date || overlap(*o.date, *e.date)))
          into = k;
      if (into == out.size()) e.type = mine.type = "meeting";
    }
    // An event of its own type first: "hội nghị" after a summit and a meeting at it is the summit.
    for (int pass = 0; pass < 2 && into == out.size(); ++pass)
      for (auto k = from; k < out.size() && into == out.size(); ++k)
        if ((pass == 1 || views[k].type == mine.type) && same_event(views[k], mine, g, false)) into = k;
    // A bare mention ("cuộc gặp sẽ …") is the last event of its type, else of its family; of
    // its status if any ("thượng đỉnh" is the summit told, not the talks told since).
    if (into == out.size() && empty_mention(e))
      for (int pass = 0; pass < 4 && into == out.size(); ++pass)
        for (auto k = out.size(); k-- > from;)
          if ((pass < 2 ? out[k].type == e.type : event_family(out[k].type) == event_family(e.type)) &&
              (pass % 2 == 1 || out[k].status == e.status)) {
            into = k;
            break;
          }
    // A mention naming nobody ("Cuộc điện đàm diễn ra tối 12/2") is the definite one: the
    // last event of its kind its date and place fit.
    if (into == out.size() && e.participants.empty())
      for (auto k = out.size(); k-- > from;) {
        const auto& o = out[k];
        // The same word, or the same family at the same place ("cuộc gặp ở Anchorage" after
        // "hội nghị thượng đỉnh Anchorage").
        bool same_place = e.place_id && o.place_id && (g.place_inside(e.place_id, o.place_id) || g.place_inside(o.place_id, e.place_id));
        if (o.type != e.type && !(same_place && event_family(o.type) == event_family(e.type))) continue;
        if (e.date && o.date && !overlap(*e.date, *o.date)) break;
        // A plan told after the cancellation is the cancelled event's ("cuộc gặp ban đầu dự
        // kiến diễn ra tại Doha"): it may place and date it.
        bool its_plan = o.status == "cancelled" && e.status == "planned" && !o.place_id;
        // A place names an occasion: one the earlier mention did not place is another.
        if (e.place_id && !same_place && !its_plan) break;
        if (e.status_stated && e.status != o.status && !its_plan) break;
        into = k;
        break;
      }
    if (into < out.size()) {
      crowded += absorb(out[into], e);
      views[into] = view(out[into]);
    } else if (!empty_mention(e)) {
      out.push_back(std::move(e));
      views.push_back(std::move(mine));
    }
  }
  // A dated report naming no one ("Cuộc điện đàm diễn ra tối 12/2", before the sentence
  // that says who spoke) is the one event of its type on that date, when there is one.
  std::vector<char> folded(out.size(), 0);
  for (std::size_t k = 0; k < out.size(); ++k) {
    const auto& e = out[k];
    if (!e.participants.empty() || !e.date) continue;
    std::size_t fits = out.size(), n = 0;
    for (std::size_t j = k > merge_window ? k - merge_window : 0; j < std::min(out.size(), k + merge_window); ++j)
      if (out[j].type == e.type && !out[j].participants.empty() && out[j].date && overlap(*out[j].date, *e.date))
        fits = j, ++n;
    if (n != 1) continue;
    crowded += absorb(out[fits], e);
    folded[k] = 1;
  }
  std::size_t kept = 0;  // in order, without what was folded
  for (std::size_t k = 0; k < out.size(); ++k)
    if (!folded[k]) {
      if (kept != k) out[kept] = std::move(out[k]);
      ++kept;
    }
  out.resize(kept);
  // A gathering told by its day or place alone ("sau hai cuộc gặp cũng tại Istanbul hôm 16/5
  // và 2/6", "hội nghị thượng đỉnh lần trước ở Brussels") is one of the series the article
  // tells: its parties are the sides of the last gathering of that family told before — the
  // countries its people stand for, and the bodies as they are. A visit is of a series of
  // visits only: talks are no journey.
  for (std::size_t k = 0; k < out.size(); ++k) {
    auto& e = out[k];
    if (!e.participants.empty() || !(e.date || e.place_id)) continue;
    // The last told: of those named before it, the one told in the latest sentence.
    auto last_told = [&](const EventFact& x) {
      std::size_t at = x.sentence < e.sentence ? x.sentence : 0;
      for (auto s : x.more_sentences)
        if (s < e.sentence) at = std::max(at, s);
      return at;
    };
    std::size_t j = k;  // (on a tie, the one found later)
    for (std::size_t x = 0; x < k; ++x)
      if (akin(out[x].type, e.type) && !out[x].participants.empty() &&
          (j == k || last_told(out[x]) >= last_told(out[j])))
        j = x;
    if (j < k) {
      // (A visit told so is the same traveller's: "lần thứ hai ông X sang Y, sau chuyến thăm hôm 4/6".)
      bool again = e.type == "visit" && out[j].type == "visit";
      std::vector<long long> sides;
      auto add = [&](long long c) {
        if (c && std::find(sides.begin(), sides.end(), c) == sides.end()) sides.push_back(c);
      };
      for (auto p : out[j].participants) add(!again && is_person(p, g) ? g.country_of(p) : p);
      if (sides.size() >= 2) {
        // (its people too: "cuộc gặp thứ hai giữa hai ngoại trưởng, sau cuộc đàm phán ở Riyadh")
        for (auto p : out[j].participants) add(p);
        e.participants = std::move(sides);
        if (notes) notes->push_back(fmt::format("a {} naming no one: the sides of the {} told before", e.type, out[j].type));
      }
    }
  }
  if (notes && windowed)
    notes->push_back(fmt::format("{} distinct events: each report was compared with the {} events before it only",
                                 out.size(), merge_window));
  if (notes && crowded)
    notes->push_back(fmt::format("{} event report{} had participants left out: an event keeps at most {}", crowded,
                                 crowded == 1 ? "" : "s", max_participants));
  return out;
}

}  // namespace kb::ingest
