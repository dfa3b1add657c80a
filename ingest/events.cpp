#include "ingest/events.hpp"

#include <algorithm>

namespace kb::ingest {

std::string event_family(const std::string& type) {
  if (type == "meeting" || type == "summit" || type == "talks" || type == "visit") return "meet";
  if (type == "call") return "call";
  if (type == "press_conference" || type == "interview" || type == "statement") return "speech";
  return "other";
}

namespace {

int specificity(const std::string& type) {
  return type == "summit" ? 3 : type == "talks" ? 2 : type == "visit" ? 2 : 1;
}

struct Finder {
  const Document& doc;
  const Lexicon& lx;
  const Gazette& g;
  const std::vector<ClaimFact>& claims;
  const std::vector<Token>& toks;
  std::vector<std::size_t> triggers;   // trigger tokens of the current sentence

  // Another trigger stands between token a and token b: what is beyond it is its own.
  bool trigger_between(std::size_t a, std::size_t b) const {
    if (a > b) std::swap(a, b);
    for (auto t : triggers)
      if (t > a && t < b) return true;
    return false;
  }

  bool punct_between(std::size_t a, std::size_t b, const char* chars) const {
    if (a == 0 || b == 0 || a >= toks.size()) return false;
    auto from = toks[a - 1].span.end, to = toks[std::min(b, toks.size() - 1)].span.begin;
    return to > from && doc.clean.substr(from, to - from).find_first_of(chars) != std::string::npos;
  }

  // Token range of the clause holding token i, within [lo, hi).
  std::pair<std::size_t, std::size_t> clause(std::size_t i, std::size_t lo, std::size_t hi) const {
    std::size_t b = i, e = i + 1;
    while (b > lo && !punct_between(b, b, ",:;")) --b;
    while (e < hi && !punct_between(e, e, ",:;")) ++e;
    return {b, e};
  }

  std::string cue(std::size_t i, std::size_t w, std::size_t lo, std::size_t hi) const {
    // The word(s) right before, skipping classifiers ("các cuộc gặp").
    std::size_t p = i;
    for (int guard = 0; guard < 3 && p > lo; ++guard) {
      bool hit = false;
      for (std::size_t back = 1; back <= 2 && back <= p - lo; ++back) {
        auto c = lx.cues.longest(toks, p - back, p);
        if (c.words != back) continue;
        const auto& v = (*c.values)[0];
        if (v.where != "prev") continue;
        if (v.status == "classifier") { p -= back; hit = true; break; }
        return v.status;
      }
      if (!hit) break;
    }
    auto [cb, ce] = clause(i, lo, hi);
    std::string status;
    // Negation reaches over the whole clause ("chưa thống nhất được phương án tổ chức cuộc
    // gặp"); plans and cancellations only over the last few words.
    for (auto k = cb; k < i; ++k) {
      auto c = lx.cues.longest(toks, k, i);
      if (!c.words) continue;
      bool near = k + 6 >= i;
      for (const auto& v : *c.values) {
        if (v.where != "before") continue;
        if (v.status == "cancelled" && near) return "cancelled";
        if (v.status == "negated" || v.status == "generic") status = v.status;
        else if (v.status == "none") continue;
        else if (status.empty() && near) status = v.status;
      }
    }
    for (auto k = i + w; k < ce && k < i + w + 5; ++k) {
      auto c = lx.cues.longest(toks, k, ce);
      if (!c.words) continue;
      for (const auto& v : *c.values) {
        if (v.where != "after") continue;
        if (v.status == "anaphora" && k == i + w) return "anaphora";
        if (v.status == "negated") return "negated";
        if (v.status == "planned" && status.empty()) status = "planned";
      }
    }
    return status.empty() ? "happened" : status;
  }

  // Where the facts of a trigger at byte `at` come from: the quotation holding it, the
  // statement of a claim holding it, or the sentence outside both.
  Span region(std::size_t at, const Sentence& s, std::size_t si) const {
    for (const auto& q : s.quotes)
      if (q.contains(at)) return q;
    for (const auto& c : claims)
      if (c.sentence == si && c.content.contains(at)) return c.content;
    return s.span;
  }
  bool usable(std::size_t at, Span r, const Sentence& s, std::size_t si) const {
    if (!r.contains(at)) return false;
    if (r.begin == s.span.begin && r.end == s.span.end) {  // the frame: not quotes, not statements
      if (s.in_quote(at)) return false;
      for (const auto& c : claims)
        if (c.sentence == si && c.content.contains(at)) return false;
    }
    return true;
  }

  bool after_locative(const Mention& m, std::size_t lo) const {
    for (std::size_t back = 1; back <= 3 && m.first_token >= lo + back; ++back)
      if (lx.locatives.longest(toks, m.first_token - back, m.first_token).words == back) return true;
    return false;
  }

  long long place(std::size_t trig, std::size_t trig_end, Span r, const Sentence& s, std::size_t si, std::size_t lo) const {
    auto [cb, ce] = clause(trig, lo, toks.size());
    // The place after the trigger in its clause, or in a later clause that opens with a
    // locative (", tại Điện Kremlin").
    for (const auto& m : doc.mentions) {
      if (!m.place_id || m.in_title || !usable(m.span.begin, r, s, si) || m.first_token < trig) continue;
      if (trigger_between(trig, m.first_token)) break;
      if (m.first_token == trig_end) return m.place_id;
      if (!after_locative(m, trig)) continue;
      if (m.first_token < ce || clause(m.first_token, lo, toks.size()).first + 1 >= m.first_token) return m.place_id;
    }
    for (const auto& m : doc.mentions)
      if (m.place_id && !m.in_title && m.first_token >= cb && m.first_token < trig && usable(m.span.begin, r, s, si) &&
          after_locative(m, cb))
        return m.place_id;
    return 0;
  }

  std::optional<DateRange> date(std::size_t trig, Span r, const Sentence& s, std::size_t si, std::size_t lo, std::size_t hi) const {
    auto [cb, ce] = clause(trig, lo, hi);
    const DateMention* best = nullptr;
    // In the clause: the date nearest the trigger, one after it preferred ("gặp nhau tại
    // Manila vào tháng 9"); a bare year only when nothing finer is given.
    auto distance = [&](const DateMention& d) {
      auto at = toks[trig].span.begin;
      return d.span.begin > at ? d.span.begin - at : 2 * (at - d.span.end);
    };
    auto better = [&](const DateMention& d) {
      if (!best) return true;
      bool year = d.range.precision == Precision::year, best_year = best->range.precision == Precision::year;
      if (year != best_year) return !year;
      return distance(d) < distance(*best);
    };
    std::size_t at = toks[trig].span.begin;
    for (const auto& d : doc.dates)
      if (usable(d.span.begin, r, s, si) && d.span.begin >= toks[cb].span.begin && d.span.begin < toks[ce - 1].span.end &&
          !(d.forward && d.span.begin > at) && !(d.backward && d.span.begin < at) &&
          !trigger_between(trig, token_at(toks, d.span.begin)) && better(d))
        best = &d;
    if (best) return best->range;
    for (const auto& d : doc.dates)  // a date fronted before the clause ("Ngày 24-9, …")
      if (usable(d.span.begin, r, s, si) && d.span.begin < at && !d.backward) best = &d;
    if (best) return best->range;
    for (const auto& d : doc.dates)  // or given after it ("…, Mỹ ngày 27/9/2025")
      if (usable(d.span.begin, r, s, si) && d.span.begin > at && !d.forward) return d.range;
    return std::nullopt;
  }

  // "của" right before the name, or before the title that introduces it.
  bool possessed(const Mention& m, std::size_t from) const {
    std::size_t k = m.first_token;
    for (int guard = 0; guard < 3 && k > from; ++guard) {
      auto w = lx.attribution.longest(toks, k - 1, k);
      if (w.words && (*w.values)[0] == "possessive") return true;
      // step back over a title and the country it names ("Tổng thống Mỹ")
      std::size_t back = 0;
      for (std::size_t n = 1; n <= 6 && n <= k - from && !back; ++n)
        if (lx.titles.longest(toks, k - n, k).words == n) back = n;
      for (const auto& t : doc.mentions)
        if (t.in_title && t.end_token == k) back = k - t.first_token;
      if (!back) return false;
      k -= back;
    }
    return false;
  }

  bool in_parens(std::size_t at, const Sentence& s) const {
    int depth = 0;
    for (auto i = s.span.begin; i < at; ++i) depth += doc.clean[i] == '(' ? 1 : doc.clean[i] == ')' ? -1 : 0;
    return depth > 0;
  }

  // People (and bodies) of the trigger's clause; else of its sentence, when the trigger is
  // in the frame; countries only when no one is named.
  std::vector<long long> participants(std::size_t trig, Span r, const Sentence& s, std::size_t si, std::size_t lo,
                                      std::size_t hi, long long place_id) const {
    auto [cb, ce] = clause(trig, lo, hi);
    bool frame = r.begin == s.span.begin && r.end == s.span.end;
    std::vector<long long> people, countries;
    auto collect = [&](std::size_t from, std::size_t to) {
      for (const auto& m : doc.mentions) {
        if (!m.actor_id || m.in_title || m.first_token < from || m.first_token >= to) continue;
        if (!frame && m.first_token > trig) continue;  // in a quotation: the clause up to the trigger
        if (!usable(m.span.begin, r, s, si) || in_parens(m.span.begin, s)) continue;
        if (after_locative(m, lo) || (m.place_id && m.place_id == place_id)) continue;  // "tại Điện Kremlin": the venue
        if (possessed(m, from)) continue;  // "đặc phái viên của Tổng thống Mỹ Donald Trump": Trump is not there
        auto& into = m.actor_kind == "country" ? countries : people;
        if (std::find(into.begin(), into.end(), m.actor_id) == into.end()) into.push_back(m.actor_id);
      }
    };
    collect(cb, ce);
    // Clauses that open with "cùng" add their people: "…, cùng ông Jared Kushner, tại …".
    for (auto k = ce; k < hi; k = clause(k, lo, hi).second) {
      auto w = lx.attribution.longest(toks, k, hi);
      if (!w.words || (*w.values)[0] != "comitative") break;
      collect(k, clause(k, lo, hi).second);
    }
    if (people.empty() && frame) collect(lo, hi);
    // "Chúng tôi" in a speaker's quotation: the speaker's side.
    if (!frame)
      for (auto k = cb; k < ce; ++k)
        if (auto w = lx.attribution.longest(toks, k, ce); w.words && (*w.values)[0] == "we")
          for (const auto& c : claims)
            if (c.sentence == si && c.span.contains(toks[k].span.begin))
              if (auto side = g.country_of(c.speaker_id); side && std::find(countries.begin(), countries.end(), side) == countries.end())
                countries.push_back(side);
    if (people.empty()) return countries;
    for (auto c : countries)
      if (!frame) people.push_back(c);
    return people;
  }
};

}  // namespace

std::vector<EventFact> find_events(const Document& doc, const Lexicon& lx, const Gazette& g,
                                   const std::vector<ClaimFact>& claims) {
  Finder f{doc, lx, g, claims, doc.tokens, {}};
  std::vector<EventFact> out;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const auto& s = doc.sentences[si];
    std::size_t tb = token_at(doc.tokens, s.span.begin), te = token_at(doc.tokens, s.span.end);
    std::vector<EventFact> here;
    std::vector<Span> regions;
    f.triggers.clear();
    for (std::size_t i = tb; i < te; ++i)
      if (auto t = lx.triggers.longest(doc.tokens, i, te); t.words) {
        if ((*t.values)[0] != "-") f.triggers.push_back(i);
        i += t.words - 1;
      }
    for (std::size_t i = tb; i < te; ++i) {
      auto t = lx.triggers.longest(doc.tokens, i, te);
      if (!t.words) continue;
      std::size_t w = t.words;
      const auto& type = (*t.values)[0];
      bool in_name = false;
      for (const auto& m : doc.mentions) in_name = in_name || (m.first_token <= i && i < m.end_token);
      if (type == "-" || in_name) { i += w - 1; continue; }
      auto st = f.cue(i, w, tb, te);
      if (st == "negated" || st == "generic" || st == "anaphora") { i += w - 1; continue; }
      Span r = f.region(doc.tokens[i].span.begin, s, si);
      std::size_t lo = token_at(doc.tokens, r.begin), hi = token_at(doc.tokens, r.end);
      EventFact e;
      e.type = type;
      e.status = st;
      e.status_stated = st != "happened";
      e.sentence = si;
      e.place_id = f.place(i, i + w, r, s, si, lo);
      e.date = f.date(i, r, s, si, lo, std::max(hi, i + w));
      e.participants = f.participants(i, r, s, si, lo, std::max(hi, i + w), e.place_id);
      // One event per family in a sentence, unless the places differ or one is quoted.
      bool joined = false;
      for (std::size_t k = 0; k < here.size(); ++k) {
        auto& h = here[k];
        if (event_family(h.type) != event_family(e.type) || regions[k].begin != r.begin) continue;
        if (h.place_id && e.place_id && h.place_id != e.place_id) continue;
        if (specificity(e.type) > specificity(h.type)) h.type = e.type;
        if (!h.place_id) h.place_id = e.place_id;
        if (!h.date) h.date = e.date;
        if (e.status_stated && !h.status_stated) h.status = e.status, h.status_stated = true;
        for (auto p : e.participants)
          if (std::find(h.participants.begin(), h.participants.end(), p) == h.participants.end()) h.participants.push_back(p);
        joined = true;
        break;
      }
      if (!joined) {
        here.push_back(std::move(e));
        regions.push_back(r);
      }
      i += w - 1;
    }
    for (auto& e : here) {
      // Who speaks at a press conference or an interview in this sentence takes part in it
      // ("…”, ông Lavrov nói hôm 9/11, trong cuộc phỏng vấn của RIA Novosti").
      if (event_family(e.type) == "speech")
        for (const auto& c : claims)
          if (c.sentence == si && std::find(e.participants.begin(), e.participants.end(), c.speaker_id) == e.participants.end())
            e.participants.push_back(c.speaker_id);
      // Undated: the date of a claim its participant makes in the same sentence.
      if (!e.date)
        for (const auto& c : claims)
          if (c.sentence == si && c.date && std::find(e.participants.begin(), e.participants.end(), c.speaker_id) != e.participants.end())
            e.date = c.date;
      e.sources.push_back({si, e.date, e.place_id, e.status});
      out.push_back(std::move(e));
    }
  }
  return out;
}

}  // namespace kb::ingest
