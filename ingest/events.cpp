#include "ingest/events.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <span>
#include <unordered_map>

#include "ingest/dates.hpp"
#include "ingest/merge.hpp"
#include "ingest/sentence_index.hpp"

namespace kb::ingest {

std::string event_family(const std::string& type) {
  if (type == "meeting" || type == "summit" || type == "talks" || type == "visit" || type == "session") return "meet";
  if (type == "call") return "call";
  if (type == "press_conference" || type == "interview" || type == "statement") return "speech";
  return "other";
}

bool akin(const std::string& a, const std::string& b) {
  return event_family(a) == event_family(b) && (a == "visit") == (b == "visit");
}

namespace {

// A clause of a list of names is short: a title or two and names ("Tư lệnh Lục quân
// Pakistan, Đại tướng Asim Munir").
constexpr std::size_t max_list_item_words = 24;
// What an event is spoken about through is a short noun phrase ("về ý nghĩa của chuyến thăm").
constexpr std::size_t max_topic_words = 6;
// An event noun's possessor comes within a few words of it ("chuyến thăm cấp Nhà nước Trung
// Quốc của …").
constexpr std::size_t max_possessor_gap = 8;

// A cue phrase matched has a value of this status (a phrase may have several).
bool has_status(const PhraseTable<Cue>::Match& c, std::string_view status) {
  return c.words && std::any_of(c.values->begin(), c.values->end(), [&](const Cue& v) { return v.status == status; });
}

int specificity(const std::string& type) {
  return type == "summit" ? 3 : type == "talks" ? 2 : type == "visit" ? 2 : type == "session" ? 0 : 1;
}

struct Finder {
  const Document& doc;
  const Lexicon& lx;
  const Gazette& g;
  const std::vector<ClaimFact>& claims;   // in sentence order (a sentence may hold two)
  const std::vector<Token>& toks;
  const SentenceIndex& idx;
  std::vector<std::size_t> triggers;   // trigger tokens of the current sentence, in order
  mutable std::pair<std::size_t, std::size_t> cue_at{0, 0};  // tokens of the cue cue() last followed (--explain)

  // Found once per document, per token, so that a sentence full of triggers is not walked
  // once per trigger (see index()).
  std::vector<char> in_name;                   // inside a name ("Phòng Bầu dục")
  std::vector<char> place_starts, person_ends; // a place name starts here; a person's name ends right before
  std::vector<char> person_starts;             // a person's name (or title mention) starts here
  std::vector<std::size_t> prev_break, next_break;  // nearest token at or before / after it that opens a clause
  std::vector<char> subordinator;              // the clause opening here tells another time ("sau khi …")
  std::vector<char> coordinated;               // "và" here opens a second predicate ("… và hội đàm với C")
  std::vector<const std::string*> negation;    // the last negated/generic "before" cue value of the phrase here
  std::vector<std::size_t> last_negation;      // the last token before it with one (npos: none)
  std::vector<std::pair<std::size_t, std::size_t>> last_opinion;  // the last opinion cue before it (npos: none)
  std::vector<std::size_t> title_back;         // words of the title mention ending right before it
  std::vector<std::size_t> title_end;          // words (1-6, most) of a title phrase ending right before it
  // Referent phrases ("hai nhà lãnh đạo"): the parties each stands for (id, is a country),
  // and the last token before k that starts one (npos: none).
  std::unordered_map<std::size_t, std::vector<std::pair<long long, bool>>> referred;
  std::vector<std::size_t> last_referent;

  void index() {
    std::size_t n = toks.size();
    std::vector<int> names(n + 1, 0);
    for (const auto& m : doc.mentions) {
      ++names[m.first_token];
      --names[m.end_token];
    }
    place_starts.assign(n + 1, 0);
    person_ends.assign(n + 1, 0);
    person_starts.assign(n + 1, 0);
    for (const auto& m : doc.mentions) {
      if (m.place_id && !m.in_title) place_starts[m.first_token] = 1;
      if (m.actor_kind == "person" && m.actor_id) person_starts[m.first_token] = person_ends[m.end_token] = 1;
    }
    in_name.assign(n, 0);
    int open = 0;  // names open at token i
    for (std::size_t i = 0; i < n; ++i) in_name[i] = (open += names[i]) > 0;
    // A clause opens after ",:;", and where one of another time does ("Cuộc điện đàm diễn ra
    // một ngày sau khi ông Witkoff tới Moskva": Witkoff is that clause's, not the call's).
    subordinator.assign(n + 1, 0);
    coordinated.assign(n + 1, 0);
    auto kind_at = [&](std::size_t a, const char* kind) { return lx.attribution.longest(toks, a, n).has(kind); };
    auto opens = [&](std::size_t a) {
      if (a == 0 || a >= n) return false;
      if (kind_at(a, "sequence")) return (subordinator[a] = 1) == 1;
      // "A sẽ hội kiến B tại X và hội đàm với C tại Y": "và" before a second event verb
      // opens a predicate of its own, with the first one's subject and its own object.
      if (kind_at(a, "and") && predicate_at(a + 1)) return (coordinated[a] = 1) == 1;
      // "Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith": a comma between two titles lists
      // the offices of one person.
      if (lx.titles.longest(toks, a, n).words)
        for (std::size_t back = 1; back <= lx.titles.max_words() && back <= a; ++back)
          if (lx.titles.longest(toks, a - back, a).words == back) return false;
      return gap_before(a).find_first_of(",:;") != std::string_view::npos;
    };
    prev_break.assign(n, 0);
    for (std::size_t a = 1; a < n; ++a) prev_break[a] = opens(a) ? a : prev_break[a - 1];
    next_break.assign(n + 1, n);
    for (std::size_t a = n; a-- > 1;) next_break[a] = opens(a) ? a : next_break[a + 1];
    negation.assign(n, nullptr);
    last_negation.assign(n + 1, std::string::npos);
    last_opinion.assign(n + 1, {std::string::npos, 0});
    // A word inside a longer cue is that cue's ("lời mời" is no "mời").
    for (std::size_t k = 0, inside = 0; k < n; ++k) {
      last_opinion[k + 1] = last_opinion[k];
      if (auto c = lx.cues.longest(toks, k, n); c.words && k >= inside) {
        inside = k + c.words;
        for (const auto& v : *c.values) {
          if (v.where == "before" && (v.status == "negated" || v.status == "generic")) negation[k] = &v.status;
          if (v.status == "opinion") last_opinion[k + 1] = {k, k + c.words};
        }
      }
      last_negation[k + 1] = negation[k] ? k : last_negation[k];
    }
    title_back.assign(n + 1, 0);
    for (const auto& m : doc.mentions)
      if (m.in_title) title_back[m.end_token] = m.end_token - m.first_token;
    title_end.assign(n + 1, 0);
    for (std::size_t k = 1; k <= n; ++k)
      for (std::size_t w = 1; w <= 6 && w <= k; ++w)  // the longest: "đặc phái viên", not "phái viên"
        if (lx.titles.longest(toks, k - w, k).words == w) title_end[k] = w;
    resolve_referents();
  }

  // The title class a person is introduced with here ("Tổng thống Pháp Emmanuel Macron"),
  // else the one the gazette gives them.
  std::string person_class(const Mention& m, const std::unordered_map<long long, std::string>& known) const {
    std::size_t k = m.first_token;
    if (title_back[k]) k -= title_back[k];  // over the country of the title
    if (std::size_t w = title_end[k]) {
      auto t = lx.titles.longest(toks, k - w, k);
      if (t.words == w) return g.class_of((*t.values)[0].title);
    }
    auto it = known.find(m.actor_id);
    return it == known.end() ? std::string{} : it->second;
  }

  // One walk over the document: the last few parties named before each referent phrase.
  void resolve_referents() {
    std::size_t n = toks.size();
    last_referent.assign(n + 1, std::string::npos);
    std::unordered_map<long long, std::string> known;
    for (const auto& r : g.roles) known.try_emplace(r.actor_id, g.class_of(r.title_class));
    std::vector<std::size_t> order(doc.mentions.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return doc.mentions[a].first_token < doc.mentions[b].first_token; });
    struct Party { long long id; bool country; std::string cls; };
    std::vector<Party> recent;  // most recent last, at most kRecent: a constant per token
    constexpr std::size_t kRecent = 12;
    std::size_t mi = 0;
    std::size_t last_pair = std::string::npos;  // the last referent resolved
    auto sentence_of = [&](std::size_t k) {
      return static_cast<std::size_t>(std::partition_point(doc.sentences.begin(), doc.sentences.end(), [&](const Sentence& s) {
                                        return s.span.end <= toks[k].span.begin;
                                      }) - doc.sentences.begin());
    };
    for (std::size_t k = 0; k < n; ++k) {
      for (; mi < order.size() && doc.mentions[order[mi]].first_token < k; ++mi) {
        const auto& m = doc.mentions[order[mi]];
        if (!m.actor_id || m.in_title || after_locative(m, 0)) continue;
        bool country = m.actor_kind == "country";
        if (!country && m.actor_kind != "person") continue;
        std::erase_if(recent, [&](const Party& p) { return p.id == m.actor_id; });
        recent.push_back({m.actor_id, country, country ? std::string{} : person_class(m, known)});
        if (recent.size() > kRecent) recent.erase(recent.begin());
      }
      last_referent[k + 1] = last_referent[k];
      auto ref = lx.referents.longest(toks, k, n);
      std::vector<std::string> of_title;  // "hai Tổng Bí thư": two holders of that title's class
      std::size_t len = ref.words;
      if (!ref.words)
        if (auto w = lx.pair_words.longest(toks, k, n); w.words)
          if (auto t = lx.titles.longest(toks, k + w.words, n); t.words && !(*t.values)[0].former) {
            of_title.push_back(g.class_of((*t.values)[0].title));
            len = w.words + t.words;
          }
      if (!ref.words && of_title.empty()) continue;
      const auto& classes = ref.words ? (*ref.values)[0] : of_title;
      bool any = classes.size() == 1 && (classes[0] == "party" || classes[0] == "pair");
      bool nations = classes.size() == 1 && classes[0] == "country";
      // "The two presidents spoke … They last met in Alaska": a plural pronoun goes on with
      // the pair told last, when the sentence before told one.
      if (classes.size() == 1 && classes[0] == "pair" && last_pair != std::string::npos && sentence_of(last_pair) + 1 >= sentence_of(k)) {
        referred[k] = referred.at(last_pair);
        last_referent[k + 1] = k;
        last_pair = k;
        continue;
      }
      auto pick = [&](auto want) {
        std::vector<std::pair<long long, bool>> out;
        for (auto p = recent.rbegin(); p != recent.rend() && out.size() < 2; ++p)
          if (want(*p)) out.emplace_back(p->id, p->country);
        return out;
      };
      // "hai nhà lãnh đạo Nga và Mỹ": the holders of those countries' offices on the day,
      // whoever the article named before.
      if (!any && !nations) {
        auto named = countries_after(k + len);
        if (named.size() == 2) {
          std::vector<std::pair<long long, bool>> holders;
          for (auto c : named)
            for (const auto& cls : classes)
              if (auto h = g.holder(cls, c, doc.reference_day())) { holders.emplace_back(h, false); break; }
          if (holders.size() == 2) {
            referred[k] = std::move(holders);
            last_referent[k + 1] = last_pair = k;
            continue;
          }
        }
      }
      // "hai bên": the two sides, people where the article has named two lately, else countries.
      auto two = pick([&](const Party& p) {
        if (nations) return p.country;
        if (any) return !p.country;
        return !p.country && std::find(classes.begin(), classes.end(), p.cls) != classes.end();
      });
      if (two.size() < 2 && any) two = pick([](const Party&) { return true; });
      if (two.size() < 2 && !any && !nations) two = pick([](const Party& p) { return !p.country; });
      if (two.size() == 2) {
        referred[k] = std::move(two);
        last_referent[k + 1] = last_pair = k;
      }
    }
  }

  // Two countries right after token k, joined by "và" or a dash ("Nga và Mỹ", "Nga - Mỹ").
  std::vector<long long> countries_after(std::size_t k) const {
    std::vector<long long> out;
    // mentions are in text order (end_token never decreases): start at the first ending after k
    auto from = std::partition_point(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& m) { return m.end_token <= k; });
    for (auto it = from; it != doc.mentions.end() && out.size() < 2; ++it) {
      const auto& m = *it;
      if (m.first_token < k) continue;
      if (m.actor_kind != "country" || m.first_token > k + 1) break;
      out.push_back(m.actor_id);
      k = m.end_token;
      if (auto a = lx.attribution.longest(toks, k, k + 1); a.words && (*a.values)[0] == "and") ++k;  // "và"; a dash is no token
    }
    return out;
  }

  // A verb of going is a visit only with where to, right after it ("hạ cánh xuống Kuala
  // Lumpur", "tới thủ đô Kiev"); a bare one ("tới", "đến", "sang", which also mean "next",
  // "until", "over") only right after the person who goes ("ông Witkoff đã tới Moskva").
  // "được Tổng thống Putin tiếp": the passive with its agent, a person (over the title or
  // honorific before the name), right before the verb of receiving.
  bool received_by(std::size_t i) const {
    if (i == 0 || !person_ends[i]) return false;
    auto m = std::partition_point(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& x) { return x.end_token < i; });
    for (; m != doc.mentions.end() && m->end_token == i; ++m)
      if (m->actor_kind == "person") return kind_ending(before_titles(m->first_token), 0, "passive") != std::string::npos;
    return false;
  }

  // Where a person's name begins with what stands before it: its title (with the country of
  // the title, a few titles stacked) and an honorific ("do Trợ lý Tổng thống X", "được ông X").
  std::size_t before_titles(std::size_t first) const {
    std::size_t before = first;
    if (title_back[before]) before -= title_back[before];
    for (int stacked = 0; stacked < 3 && title_end[before]; ++stacked) before -= title_end[before];
    for (std::size_t h = 1; h <= 2 && h <= before; ++h)
      if (lx.honorifics.longest(toks, before - h, before).words == h) return before - h;
    return before;
  }

  std::string effective_type(const std::string& type, std::size_t i, std::size_t w, std::size_t te) const {
    if (type == "conference") return "meeting";
    // "tiếp" receives someone only when they follow ("tiếp Đại sứ Nhật Bản", "tiếp ông X",
    // "tiếp đoàn"); else it is "on, further" ("viết tiếp", "liên tiếp").
    if (type == "receive") {
      std::size_t k = i + w;
      if (received_by(i)) return "meeting";
      if (k >= te) return "-";
      // over an article and the country or body of a title ("hosted the Ukrainian President …")
      if (auto d = lx.attribution.longest(toks, k, k + 1);
          d.has("determiner") && k + 1 < te)
        ++k;
      auto body = std::partition_point(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& m) { return m.end_token <= k; });
      if (body != doc.mentions.end() && body->first_token == k && body->actor_kind != "person" && body->end_token < te &&
          lx.titles.longest(toks, body->end_token, te).words)
        k = body->end_token;
      bool someone = person_starts[k] || lx.titles.longest(toks, k, te).words || lx.honorifics.longest(toks, k, te).words;
      if (auto a = lx.attribution.longest(toks, k, te); a.words && (*a.values)[0] == "delegation") someone = true;
      // "tiếp hai ngoại trưởng", "received the two envoys": people told before
      if (lx.referents.longest(toks, k, te).words || lx.pair_words.longest(toks, k, te).words) someone = true;
      return someone ? "meeting" : "-";
    }
    if (type == "round") return series_round(i, w, te) ? "round" : "-";
    if (type != "travel" && type != "go") return type;
    std::size_t k = over_place_nouns(i + w, te);
    if (k >= te || !place_starts[k] || in_name[i]) return "-";
    if (type == "go") {
      // over adverbs of one word or more ("đã", "bất ngờ") back to the person who goes
      auto before = [&](std::size_t p, const char* kind) -> std::size_t {
        for (std::size_t n = std::min<std::size_t>(p, 3); n > 0; --n)
          if (auto a = lx.attribution.longest(toks, p - n, p); a.words == n && a.has(kind)) return n;
        return 0;
      };
      std::size_t p = i;
      bool then = false;
      for (int guard = 0; guard < 2 && p > 0 && !person_ends[p]; ++guard) {
        then = then || before(p, "then");
        auto n = std::max(before(p, "adverb"), before(p, "then"));
        if (!n) break;
        p -= n;
      }
      // "A tới New Delhi hôm 8/5, rồi tới Islamabad": after "rồi", "sau đó", the traveller of
      // the visit told before it in the sentence goes on
      if (!person_ends[p] && then && visit_before(p, te)) return "visit";
      // "ông Starmer, người vừa tới Canada": the relative pronoun of a person
      if (!person_ends[p] && p > 1 && person_ends[p - 1] && prev_break[p - 1] == p - 1)
        if (auto r = lx.attribution.longest(toks, p - 1, p); r.words == 1 && r.has("relative")) return "visit";
      if (!person_ends[p]) return "-";
    }
    return "visit";
  }

  // A visit told by a trigger between the start of the sentence and token k.
  bool visit_before(std::size_t k, std::size_t te) const {
    auto s = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), toks[k].span.begin,
                              [](std::size_t at, const Sentence& x) { return at < x.span.begin; });
    if (s == doc.sentences.begin()) return false;
    for (std::size_t j = token_at(toks, std::prev(s)->span.begin); j < k; ++j)
      if (auto t = lx.triggers.longest(toks, j, k); t.words) {
        if (effective_type((*t.values)[0], j, t.words, te) == "visit") return true;
        j += t.words - 1;
      }
    return false;
  }

  // Words of a phrase at k of one of `kinds` ("qualifier", "series", "ordinal" of
  // attribution.tsv), with the number after an ordinal ("lần thứ sáu"); 0 when none.
  std::size_t qualifier_words(std::size_t k, std::size_t to, std::initializer_list<const char*> kinds) const {
    auto a = lx.attribution.longest(toks, k, to);
    for (const char* kind : kinds)
      if (a.has(kind)) return a.words + (a.has("ordinal") ? 1 : 0);
    return 0;
  }

  // "Vòng thứ năm diễn ra tại Rome", "The fifth round was held in Rome": a round placed in
  // its series by a word of order (after it, or among the few words before it), with no
  // "của / of" after it ("vòng hai của cuộc bầu cử", "a new round of sanctions").
  bool series_round(std::size_t i, std::size_t w, std::size_t te) const {
    constexpr std::size_t reach = 4;
    std::size_t k = i + w;
    std::size_t order = qualifier_words(k, te, {"series", "ordinal"});
    bool placed = order > 0;
    k += order;
    for (std::size_t b = i; !placed && b > prev_break[i] && b + reach > i; --b)
      placed = lx.attribution.longest(toks, b - 1, i).has("series");
    if (!placed) return false;
    auto after = lx.attribution.longest(toks, k, te);
    return !(after.words && (*after.values)[0] == "possessive") && !lx.triggers.longest(toks, k, te).words;
  }

  // From token k over a few nouns of place ("thủ đô", "Cộng hòa"): where a place name
  // after them would start.
  std::size_t over_place_nouns(std::size_t k, std::size_t te) const {
    for (int guard = 0; guard < 3 && k < te && !place_starts[k]; ++guard) {
      std::size_t noun = 0;
      for (std::size_t n = 1; n <= 3 && k + n <= te; ++n)
        if (lx.place_nouns.longest(toks, k, k + n).words == n) noun = n;
      if (!noun) break;
      k += noun;
    }
    return k;
  }

  // A meeting or talks told by their own word in this sentence, besides the trigger at i:
  // a conference beside it is their occasion ("tranh thủ hội nghị để gặp người đồng cấp").
  bool meets_at(std::size_t i, std::size_t te) const {
    for (auto j : triggers) {
      if (j == i) continue;
      auto t = lx.triggers.longest(toks, j, te);
      if (!t.words) continue;
      if (auto type = effective_type((*t.values)[0], j, t.words, te); type == "meeting" || type == "talks")
        if ((*t.values)[0] != "conference") return true;
    }
    return false;
  }

  // A summit or conference named as the occasion of another act ("bên lề Hội nghị An ninh
  // Munich", "phát biểu tại hội nghị thượng đỉnh B9"): the words right before it.
  bool framed(std::size_t trig, std::size_t lo) const {
    // Back over articles, classifiers and the name the gathering is known by ("on the
    // sidelines of the ASEAN summit", "bên lề hội nghị").
    std::size_t p = trig;
    for (int guard = 0; guard < 6 && p > lo; ++guard) {
      if (in_name[p - 1]) { --p; continue; }
      std::size_t step = 0;
      for (std::size_t back = 1; back <= 2 && back <= p - lo && !step; ++back)
        if (cue_is(p - back, p, "classifier")) step = back;
      if (!step) break;
      p -= step;
    }
    for (auto end : {trig, p})
      for (std::size_t back = 1; back <= 4 && back <= end - lo; ++back)
        if (cue_is(end - back, end, "frame")) {
          cue_at = {end - back, end};
          return true;
        }
    return false;
  }

  // The cue phrase filling exactly [from, to) has a value of this status.
  bool cue_is(std::size_t from, std::size_t to, std::string_view status) const {
    auto c = lx.cues.longest(toks, from, to);
    return c.words == to - from && has_status(c, status);
  }

  // "kết thúc đàm phán hôm 26/10", "hội nghị khép lại chiều qua": a word of ending a few
  // words before or after the event word, in its clause. The day it gives is the last.
  bool ending(std::size_t trig, std::size_t w, std::size_t tb, std::size_t te) const {
    constexpr std::size_t before = 4, after = 6;
    std::size_t from = std::max({prev_break[trig], tb, trig > before ? trig - before : 0});
    // An event noun that is the subject gets its close from its predicate, however long
    // the noun phrase ("Hội nghị thượng đỉnh NATO tại La Hay (Hà Lan) khép lại chiều qua").
    std::size_t to = std::min({next_break[trig + w], nominal(trig) ? te : trig + w + after, te});
    for (std::size_t k = from; k < to; ++k) {
      if (k >= trig && k < trig + w) continue;
      auto c = lx.cues.longest(toks, k, te);
      if (has_status(c, "ending")) return true;
    }
    return false;
  }

  // Words in [from, to) that are no classifier ("cuộc", "the", "round of").
  std::size_t content_words(std::size_t from, std::size_t to) const {
    std::size_t n = 0;
    for (auto k = from; k < to;) {
      auto c = lx.cues.longest(toks, k, to);
      if (has_status(c, "classifier")) {
        k += c.words;
        continue;
      }
      ++n, ++k;
    }
    return n;
  }

  // "một cuộc họp báo": an event introduced as new, of no occasion the article has told.
  bool indefinite(std::size_t trig, std::size_t lo) const {
    std::size_t p = trig;
    if (nominal(trig) && p > lo && !lx.cues.longest(toks, p, p + 1).words) --p;  // over "cuộc"
    return p > lo && cue_is(p - 1, p, "indefinite");
  }

  // "Ba vòng đàm phán … lần lượt diễn ra tại Muscat ngày 12/4, tại Rome ngày 19/4 và …":
  // "lần lượt" (in turn) after the event word spreads it over the days listed after it, each
  // at the place named with it (0 when none). Fewer than two days: no such list.
  // With `counted` ("hai cuộc gặp", "twice"), the days listed anywhere after the event word.
  using Occasions = std::vector<std::pair<DateRange, long long>>;  // (day, place or 0)
  Occasions occasions_after(std::size_t from, std::size_t te, std::size_t si, bool counted = false) const {
    Occasions out;
    std::size_t k = from;
    for (; k < te && !counted; ++k)
      if (auto a = lx.attribution.longest(toks, k, te); a.words && (*a.values)[0] == "distributive") break;
    if (k >= te) return out;
    std::size_t after = counted ? toks[from - 1].span.end : toks[k].span.end;
    for (const auto& d : idx.dates(si)) {
      if (d.span.begin < after || d.bound || d.range.precision != Precision::day) continue;
      long long place = 0;
      for (auto mk : idx.mentions(si))
        if (const auto& m = doc.mentions[mk]; m.place_id && !m.in_title && m.span.begin >= after && m.span.end <= d.span.begin)
          place = m.place_id;
      out.emplace_back(d.range, place);
      after = d.span.end;
    }
    if (out.size() < 2) out.clear();
    return out;
  }

  // "thăm Malaysia từ ngày 15-17/4 và Campuchia từ ngày 17-18/4": a visit to places joined by
  // "và" (commas only in a list "và" closes), each with its own date right after it (a
  // lead-in word or two before it: "từ ngày", "on"), is a visit to each. A list of places
  // sharing one date or none is one tour ("công du A, B và C vào giữa tháng 5"). Fewer than
  // two dated stops, or a place inside the next ("Busan, Hàn Quốc"): none.
  struct Destination {
    long long place = 0;
    const DateMention* date = nullptr;
  };
  std::vector<Destination> destinations(std::size_t trig_end, long long first, std::size_t te, std::size_t si) const {
    std::vector<Destination> out;
    if (!first) return out;
    auto place_at = [&](std::size_t k) -> const Mention* {
      for (auto mk : idx.mentions(si))
        if (const auto& m = doc.mentions[mk]; m.first_token == k && m.place_id && !m.in_title) return &m;
      return nullptr;
    };
    auto date_at = [&](std::size_t k) -> const DateMention* {
      for (const auto& d : idx.dates(si))
        if (auto at = token_at(toks, d.span.begin); at >= k && at <= k + 2 && !d.bound) {
          for (std::size_t t = k; t < at; ++t)
            if (place_starts[t] || person_starts[t]) return nullptr;
          return &d;
        }
      return nullptr;
    };
    std::size_t k = over_place_nouns(trig_end, te), joined = 0;  // how many "và" closes
    for (bool by_and = false;;) {
      const Mention* m = k < te ? place_at(k) : nullptr;
      if (!m || (out.empty() && m->place_id != first)) break;
      if (!out.empty() && (g.place_inside(m->place_id, out.back().place) || g.place_inside(out.back().place, m->place_id))) break;
      k = m->end_token;
      const DateMention* d = k < te ? date_at(k) : nullptr;
      if (d) k = token_at(toks, d->span.end);
      out.push_back({m->place_id, d});
      if (by_and) joined = out.size();
      if (k >= te) break;
      auto a = lx.attribution.longest(toks, k, te);
      by_and = a.words && a.has("and");
      if (by_and) k += a.words;
      else if (prev_break[k] != k) break;
      k = over_place_nouns(k, te);
    }
    out.resize(joined);
    if (std::count_if(out.begin(), out.end(), [](const Destination& d) { return d.date; }) < 2) out.clear();
    return out;
  }

  // "báo chí viết về cuộc điện đàm giữa A và B": the event spoken about right after a verb of
  // saying and "về" (about), over a classifier; also a few words after it that end in a link
  // ("câu hỏi về ý nghĩa của chuyến công du", "trao đổi về công tác chuẩn bị cho chuyến
  // thăm"), and after a word of asking or discussing. The clause's date is the saying's, not its.
  bool spoken_about(std::size_t trig, std::size_t lo) const {
    std::size_t p = trig;
    if (p > lo && cue_is(p - 1, p, "classifier")) --p;
    auto ending = [&](std::size_t e, const char* kind) { return kind_ending(e, lo, kind); };
    auto said_or_asked = [&](std::size_t e) {
      for (std::size_t back = 1; back <= lx.speech_verbs.max_words() && back <= e - lo; ++back)
        if (auto v = lx.speech_verbs.longest(toks, e - back, e); v.words == back && (*v.values)[0] != "-") return true;
      return ending(e, "asking") != std::string::npos;
    };
    if (p <= lo) return false;
    if (ending(p, "asking") != std::string::npos) return true;  // "to discuss the visit"
    if (auto t = ending(p, "topic"); t != std::string::npos) return said_or_asked(t);
    if (ending(p, "topic_link") == std::string::npos) return false;
    for (auto k = p - 1; k > lo && p - k <= max_topic_words && prev_break[k] != k; --k) {
      if (ending(k, "asking") != std::string::npos) return true;
      if (auto t = ending(k, "topic"); t != std::string::npos) return said_or_asked(t);
    }
    return false;
  }

  // A count of occasions right before the event word, over a classifier ("hai cuộc gặp",
  // "hai lần gặp", "two meetings").
  bool counted(std::size_t trig, std::size_t lo) const {
    std::size_t p = trig;
    if (p > lo && cue_is(p - 1, p, "classifier")) --p;
    return kind_ending(p, lo, "count") != std::string::npos;
  }

  // Words of attribution `kind` (of attribution.tsv) that end right before token e, from lo
  // on: their first token, or npos.
  std::size_t kind_ending(std::size_t e, std::size_t lo, const char* kind) const {
    for (std::size_t back = 1; back <= lx.attribution.max_words() && back <= e - lo; ++back)
      if (auto a = lx.attribution.longest(toks, e - back, e); a.words == back && a.has(kind)) return e - back;
    return std::string::npos;
  }

  // "cuộc gặp song phương", "bilateral talks": a meeting of two told apart from the gathering
  // of more around it, a word of kind `bilateral` right before or after the event word.
  bool bilateral(std::size_t trig, std::size_t te) const {
    auto w = lx.triggers.longest(toks, trig, te).words;
    if (trig + w < te && lx.attribution.longest(toks, trig + w, te).has("bilateral")) return true;
    return kind_ending(trig, 0, "bilateral") != std::string::npos;
  }

  // "lần lượt" (in turn) right before the event word: one event with each party named after it.
  bool distributive(std::size_t trig) const {
    std::size_t end = trig;
    if (nominal(trig) && trig > 0 && !lx.cues.longest(toks, trig, trig + 1).words) --end;  // over "cuộc" before the word
    return kind_ending(end, 0, "distributive") != std::string::npos;
  }

  // The day of the event an event named as a time refers to, among those found before it:
  // the latest of its family with a day, its place (when named) and one of its names (when
  // any).
  std::optional<Day> told_before(const EventFact& named, const std::vector<EventFact>& before) const {
    if (!named.place_id && named.participants.empty()) return std::nullopt;  // "sau cuộc gặp": too vague to pick one
    // Among the last merge_window events only, as merging: an article of thousands of
    // such phrases stays linear.
    std::size_t from = before.size() > merge_window ? before.size() - merge_window : 0;
    for (int pass = 0; pass < 2; ++pass)  // the same word first ("cuộc hội đàm" is the talks), then the family
    for (auto k = before.size(); k-- > from;) {
      const auto& e = before[k];
      if ((pass == 0 ? e.type != named.type : event_family(e.type) != event_family(named.type)) || !e.date ||
          e.date->precision != Precision::day)
        continue;
      if (named.place_id && !(e.place_id && (g.place_inside(e.place_id, named.place_id) || g.place_inside(named.place_id, e.place_id))))
        continue;
      bool shares = named.participants.empty();
      for (auto p : named.participants) shares = shares || std::find(e.participants.begin(), e.participants.end(), p) != e.participants.end();
      if (!shares) continue;
      return e.date->start;
    }
    return std::nullopt;
  }

  // The event an event word alone in an adverbial of time refers to ("Sau hội đàm, …"): the
  // one told last that happened on a day and that the word names, its own type or (for a
  // word of the family's general kind: "cuộc gặp") a more specific one ("cuộc gặp" after
  // "hội đàm"); else the last of its family ("after the talks" after "hosted"). Not one
  // named only as the time of another ("ba ngày sau hội nghị X"): the sentence's own act is
  // what comes to mind next. same_type: its own type only. Among the last merge_window only.
  const EventFact* told_last(const std::string& type, const std::vector<EventFact>& before, const std::vector<char>& as_time,
                             bool same_type = false) const {
    std::size_t from = before.size() > merge_window ? before.size() - merge_window : 0;
    for (int pass = 0; pass < (same_type ? 1 : 2); ++pass)
      for (auto k = before.size(); k-- > from;) {
        const auto& e = before[k];
        bool family = akin(e.type, type);
        bool named = same_type ? e.type == type : family && (pass == 1 || e.type == type || specificity(e.type) > specificity(type));
        if (!as_time[k] && named && e.status == "happened" && e.date && e.date->precision == Precision::day) return &e;
      }
    return nullptr;
  }

  // "[phái đoàn] Nga … do [Trợ lý Tổng thống] Vladimir Medinsky dẫn đầu / làm trưởng đoàn":
  // the country's delegation head in this article, per country. One walk over the mentions.
  DelegationHeads delegation_heads() const {
    DelegationHeads out;
    long long country = 0;
    std::size_t country_at = 0;
    auto is = [&](std::size_t at, std::size_t end, const char* kind) {
      auto a = lx.attribution.longest(toks, at, end);
      return a.words && (*a.values)[0] == kind ? a.words : std::size_t{0};
    };
    for (std::size_t k = 0; k < doc.mentions.size(); ++k) {
      const auto& m = doc.mentions[k];
      // "Bộ trưởng Quốc phòng Rustem Umerov đứng đầu phái đoàn Ukraine": the person, then
      // "đứng đầu", a delegation word and its country, in one clause.
      if (m.actor_kind == "person" && m.actor_id && k + 1 < doc.mentions.size())
        if (auto lead = is(m.end_token, toks.size(), "leads"))
          if (auto del = is(m.end_token + lead, toks.size(), "delegation"))
            if (const auto& c = doc.mentions[k + 1];
                (c.actor_kind == "country" || c.actor_kind == "organization") && c.first_token == m.end_token + lead + del && prev_break[c.first_token] <= m.first_token)
              out[c.actor_id] = m.actor_id;
      // (a body sends a delegation too: "phái đoàn Hamas do ông Khalil al-Hayya dẫn đầu")
      if ((m.actor_kind == "country" || m.actor_kind == "organization") && !m.in_title) country = m.actor_id, country_at = m.end_token;
      if (m.actor_kind != "person" || !m.actor_id || !country || m.first_token < country_at) continue;
      // "do" before the person (over its titles: "Trợ lý Tổng thống"), "dẫn đầu" after, all
      // in the clause of the country
      std::size_t before = before_titles(m.first_token);  // "do ông X"
      if (prev_break[m.first_token] > country_at) continue;
      auto leads = lx.attribution.longest(toks, m.end_token, toks.size());
      if (!leads.words || (*leads.values)[0] != "leads") continue;
      // "do" right before, or a few words before over a title too long to list ("do Thư ký
      // Hội đồng An ninh và Quốc phòng Quốc gia Rustem Umerov dẫn đầu")
      constexpr std::size_t title_reach = 12;
      for (std::size_t b = before; b > country_at && b + title_reach > m.first_token; --b)
        if (is(b - 1, b, "by")) {
          out[country] = m.actor_id;
          break;
        }
    }
    return out;
  }

  // The claims of sentence si.
  std::span<const ClaimFact> claims_of(std::size_t si) const {
    auto b = std::partition_point(claims.begin(), claims.end(), [&](const ClaimFact& c) { return c.sentence < si; });
    auto e = std::partition_point(b, claims.end(), [&](const ClaimFact& c) { return c.sentence <= si; });
    return {b, e};
  }

  // Another trigger stands between token a and token b: what is beyond it is its own.
  bool trigger_between(std::size_t a, std::size_t b) const {
    if (a > b) std::swap(a, b);
    auto t = std::upper_bound(triggers.begin(), triggers.end(), a);
    return t != triggers.end() && *t < b;
  }

  // Token range of the clause holding token i, within [lo, hi): from the last ",:;" at or
  // before i to the next one after it.
  std::pair<std::size_t, std::size_t> clause(std::size_t i, std::size_t lo, std::size_t hi) const {
    std::size_t b = i <= lo ? i : std::max(prev_break[i], lo);
    std::size_t e = i + 1 >= hi ? i + 1 : std::min(next_break[i + 1], hi);
    return {b, e};
  }

  // "Giới phân tích cho rằng …": what observers think is no occurrence and no plan; but an
  // event it names as a time, or one told before, is a fact it presupposes ("… sau cuộc gặp
  // ở Busan hôm 30/10").
  std::string cue(std::size_t i, std::size_t w, std::size_t lo, std::size_t hi) const {
    auto fate = cue_words(i, w, lo, hi);
    if (fate == "relation" || fate == "anaphora" || fate == "negated" || fate == "generic") return fate;
    if (auto op = last_opinion[i]; op.first != std::string::npos && op.first >= lo && op.second <= i) {
      cue_at = op;
      return "negated";
    }
    return fate;
  }

  std::string cue_words(std::size_t i, std::size_t w, std::size_t lo, std::size_t hi) const {
    cue_at = {0, 0};
    // The word(s) right before, skipping classifiers ("các cuộc gặp").
    std::size_t p = i;
    for (int guard = 0; guard < 3 && p > lo; ++guard) {
      bool hit = false;
      for (std::size_t back = 1; back <= 2 && back <= p - lo; ++back) {
        auto c = lx.cues.longest(toks, p - back, p);
        if (c.words != back) continue;
        const auto& v = (*c.values)[0];
        if (v.where != "prev" || v.status == "indefinite" || v.status == "occasion") continue;
        if (v.status == "classifier") { p -= back; hit = true; break; }
        // "bên lề cuộc đàm phán": talks that are the occasion of another act are the talks
        // told, named as a time (a gathering framed so is no event at all: framed()).
        if (v.status == "frame") {
          auto t = lx.triggers.longest(toks, i, hi);
          if (!t.words || ((*t.values)[0] != "meeting" && (*t.values)[0] != "talks")) continue;
          cue_at = {p - back, p};
          return "relation";
        }
        cue_at = {p - back, p};
        return v.status;
      }
      if (!hit) break;
    }
    auto [cb, ce] = clause(i, lo, hi);
    std::string status;
    // Negation reaches over the whole clause ("chưa thống nhất được phương án tổ chức cuộc
    // gặp"); plans and cancellations only over the last few words. Far back, where those
    // do not reach and no cue phrase runs up to the trigger, only the last negation
    // counts: it is looked up, not searched for.
    std::size_t reach = std::max<std::size_t>(6, lx.cues.max_words());
    std::size_t near_from = std::max(cb, i > reach ? i - reach : 0);
    // …counted without the classifiers and articles between ("called off the sixth round of talks")
    for (std::size_t k = i, words = 0, guard = 0; k > cb && guard < 2 * reach; ++guard) {
      std::size_t step = cue_is(k - 1, k, "classifier") ? 1 : k >= 2 + cb && cue_is(k - 2, k, "classifier") ? 2 : 0;
      if (!step && ++words > reach) break;
      k -= step ? step : 1;
      near_from = std::min(near_from, k);
    }
    if (auto k = last_negation[near_from]; k != std::string::npos && k >= cb) status = *negation[k], cue_at = {k, k + 1};
    for (auto k = near_from; k < i; ++k) {
      auto c = lx.cues.longest(toks, k, i);
      if (!c.words) continue;
      // Six words, not counting classifiers and articles: a verb reaches its object's event
      // word over them ("called off the sixth round of nuclear talks").
      bool near = k + c.words + 6 >= i || content_words(k + c.words, i) <= 6;
      for (const auto& v : *c.values) {
        if (v.where != "before") continue;
        if (v.status == "cancelled" && near) { cue_at = {k, k + c.words}; return "cancelled"; }
        if (v.status == "negated" || v.status == "generic") status = v.status, cue_at = {k, k + c.words};
        else if (v.status == "planned" && status.empty() && near) status = v.status, cue_at = {k, k + c.words};
        // (the others are no fate: "none" undoes a shorter cue, "ending" dates, see ending())
      }
      k += c.words - 1;
    }
    // A condition reaches over the rest of the clause ("sẽ điện đàm một lần nữa với nhau
    // nếu cần thiết"); the other cues only over the next few words.
    for (auto k = i + w; k < ce; ++k) {
      auto c = lx.cues.longest(toks, k, ce);
      if (!c.words) continue;
      bool near = k < i + w + 5;
      for (const auto& v : *c.values) {
        if (v.where != "after") continue;
        if (v.status == "anaphora" && k == i + w) { cue_at = {k, k + c.words}; return "anaphora"; }
        // "cuộc gặp dự kiến diễn ra tại Rome vào thứ Bảy sẽ được dời lịch": over the clause,
        // up to the next event word, whose fate it is ("thông báo tại cuộc họp báo rằng cuộc
        // gặp … đã bị hủy")
        if ((v.status == "cancelled" || v.status == "negated") && trigger_between(i, k)) continue;
        if (v.status == "cancelled") { cue_at = {k, k + c.words}; return "cancelled"; }
        if (v.status == "negated") { cue_at = {k, k + c.words}; return "negated"; }
        // "chuyến thăm tới Ukraine": "to", not "next", before a place
        bool to_place = k + c.words < place_starts.size() && place_starts[k + c.words];
        // (a plan predicate of several words reaches over the subject's whole clause)
        bool predicate = c.words >= 3 && nominal(i);
        if (v.status == "planned" && status.empty() && (near || predicate) && !to_place) status = "planned", cue_at = {k, k + c.words};
      }
    }
    // An event noun that is the subject gets its fate from its predicate, past an aside
    // ("vòng tham vấn tiếp theo …, dự kiến diễn ra tại Moskva, đã bị hủy"): up to the next
    // event word, over at most two more clauses.
    // (An aside that opens with a plan predicate plans it: "hội nghị …, dự kiến diễn ra ở X".)
    if (nominal(i) && status != "negated" && status != "generic")
      for (std::size_t c0 = ce, n = 0; c0 < hi && n < 2 && !trigger_between(i, c0); c0 = clause(c0, lo, hi).second, ++n)
        for (auto k = c0, c1 = clause(c0, lo, hi).second; k < c1; ++k) {
          auto c = lx.cues.longest(toks, k, c1);
          if (!c.words) continue;
          for (const auto& v : *c.values) {
            if (v.where != "after") continue;
            if (v.status == "cancelled" && !trigger_between(i, k)) {
              cue_at = {k, k + c.words};
              return "cancelled";
            }
            if (v.status == "planned" && status.empty() && n == 0 && k == c0 && c.words >= 2) status = "planned", cue_at = {k, k + c.words};
          }
        }
    // "sẽ hội kiến B và hội đàm với C", "mời A thăm Brazil và tham dự COP30": a second
    // predicate shares the first one's plan, invitation or negation; after a comma
    // ("dự kiến gặp B, sau đó điện đàm với C") its plan, not a negation of the first.
    if (status.empty() && cb > lo && (coordinated[cb] || (!subordinator[cb] && !nominal(i) && opens_clause_with_predicate(cb, i)))) {
      bool first_is_event = false;
      for (auto t = triggers.rbegin(); t != triggers.rend(); ++t)
        if (*t >= lo && *t < cb && !nominal(*t)) {
          first_is_event = true;
          auto fate = cue_words(*t, lx.triggers.longest(toks, *t, hi).words, lo, hi);
          if (fate == "relation" || fate == "anaphora") break;
          if (coordinated[cb] || (fate != "negated" && fate != "generic")) return fate;
          break;
        }
      // The first predicate no event ("sẽ dự lễ mít tinh … và hội kiến C"): the plan or
      // negation of its clause, however far back.
      if (!first_is_event && coordinated[cb])
        for (auto k = std::max(prev_break[cb - 1], lo); k < cb; ++k)
          if (auto c = lx.cues.longest(toks, k, cb); c.words) {
            for (const auto& v : *c.values)
              if (v.where == "before" && (v.status == "planned" || v.status == "negated" || v.status == "cancelled")) {
                cue_at = {k, k + c.words};
                return v.status;
              }
            k += c.words - 1;
          }
    }
    return status.empty() ? "happened" : status;
  }

  // Where the facts of a trigger at byte `at` come from: the quotation holding it, the
  // statement of a claim holding it, or the sentence outside both.
  Span region(std::size_t at, const Sentence& s, std::size_t si) const {
    if (const auto* q = s.quote_at(at)) return *q;
    for (const auto& c : claims_of(si))
      if (c.content.contains(at)) {
        // Between the verb and the statement ("nói trong cuộc phỏng vấn với đài NBC … rằng
        // …"): the saying's occasion, which the statement's names are not part of.
        if (c.span.begin > at && c.span.begin > c.content.begin) return {c.content.begin, c.span.begin};
        return c.content;
      }
    return s.span;
  }
  bool usable(std::size_t at, Span r, const Sentence& s, std::size_t si) const {
    if (!r.contains(at)) return false;
    if (r.begin == s.span.begin && r.end == s.span.end) {  // the frame: not quotes, not statements
      if (s.in_quote(at)) return false;
      for (const auto& c : claims_of(si))
        if (c.content.contains(at)) return false;
    }
    return true;
  }

  // "tại Kremlin", "ở thủ đô Kuala Lumpur", "tại thành phố cảng Busan": a locative, then
  // perhaps a few nouns of place, right before the name.
  bool after_locative(const Mention& m, std::size_t lo) const {
    std::size_t end = m.first_token;
    for (int guard = 0; guard < 3 && end > lo; ++guard) {
      if (gap_before(end).find_first_of(",:;") != std::string_view::npos) return false;  // "Trong chuyến thăm, Tổng Bí thư …"
      for (std::size_t back = 1; back <= 3 && end >= lo + back; ++back)
        if (lx.locatives.longest(toks, end - back, end).words == back) return true;
      std::size_t noun = 0;
      for (std::size_t back = 1; back <= 3 && end >= lo + back; ++back)
        if (lx.place_nouns.longest(toks, end - back, end).words == back) noun = back;
      if (!noun) return false;
      end -= noun;
    }
    return false;
  }

  // A later clause that opens with the place: ", tại Điện Kremlin"; or with the event's
  // predicate of taking place first (", dự kiến diễn ra ở Vientiane", ", to be held in Doha").
  bool opens_with_locative(std::size_t c, const Mention& m) const {
    for (std::size_t k = c; k < m.first_token;) {
      if (auto l = lx.locatives.longest(toks, k, m.first_token);
          l.words && over_place_nouns(k + l.words, m.first_token) == m.first_token)
        return true;
      auto a = lx.attribution.longest(toks, k, m.first_token);
      if (!a.words || !(a.has("occurs") || a.has("adverb"))) return false;
      k += a.words;
    }
    return false;
  }

  long long place(std::size_t trig, std::size_t trig_end, const std::string& type, Span r, const Sentence& s, std::size_t si,
                  std::size_t lo) const {
    auto [cb, ce] = clause(trig, lo, toks.size());
    // The place after the trigger in its clause, or in a later clause that opens with a
    // locative (", tại Điện Kremlin"). Only the sentence's mentions can be usable.
    for (auto mk : idx.mentions(si)) {
      const auto& m = doc.mentions[mk];
      if (!m.place_id || m.in_title || !usable(m.span.begin, r, s, si) || m.first_token < trig) continue;
      if (trigger_between(trig, m.first_token)) break;
      // Right after the event word: where one goes ("thăm Trung Quốc"), where one meets
      // ("thượng đỉnh Anchorage"); but a country after a meeting is a party ("cuộc gặp Mỹ - Iran").
      // (over words of what kind of visit: "chuyến thăm cấp Nhà nước Ấn Độ")
      if ((m.first_token == trig_end ||
           (type == "visit" && m.first_token == over_place_nouns(trig_end + qualifier_words(trig_end, ce, {"qualifier"}), ce))) &&
          (type == "visit" || m.actor_kind != "country"))
        return m.place_id;
      if (!after_locative(m, trig)) continue;
      if (m.first_token < ce || opens_with_locative(clause(m.first_token, lo, toks.size()).first, m)) return m.place_id;
    }
    for (auto mk : idx.mentions(si))
      if (const auto& m = doc.mentions[mk]; m.place_id && !m.in_title && m.first_token >= cb && m.first_token < trig && usable(m.span.begin, r, s, si) &&
          after_locative(m, cb))
        return m.place_id;
    return 0;
  }

  const DateMention* date(std::size_t trig, Span r, const Sentence& s, std::size_t si, std::size_t lo, std::size_t hi) const {
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
    auto dates = idx.dates(si);  // only the sentence's dates can be usable; not a deadline or a start
    for (const auto& d : dates)
      if (!d.bound && usable(d.span.begin, r, s, si) && d.span.begin >= toks[cb].span.begin && d.span.begin < toks[ce - 1].span.end &&
          !(d.forward && d.span.begin > at) && !(d.backward && d.span.begin < at) &&
          !trigger_between(trig, token_at(toks, d.span.begin)) && better(d))
        best = &d;
    // A bare year in the clause gives way to a finer date fronted before it ("on Friday,
    // April 11, on his third trip to Russia this year").
    if (best && best->range.precision != Precision::year) return best;
    const DateMention* year = best;
    best = nullptr;
    // (a stated day keeps it over the relation that describes it next: "Hôm 4/4, hai ngày
    // sau khi X, A gọi B" — that relation dates X)
    for (const auto& d : dates)  // a date fronted before the clause ("Ngày 24-9, …")
      if (!d.bound && usable(d.span.begin, r, s, si) && d.span.begin < at && !d.backward &&
          (!year || d.range.precision != Precision::year) &&
          !(d.forward && best && !best->forward && best->anchor != Anchor::previous && best->range.precision == Precision::day &&
            std::string_view(doc.clean).substr(d.span.end, toks[trig].span.begin - std::min(d.span.end, toks[trig].span.begin)).find(',') !=
                std::string_view::npos))
        best = &d;
    if (best || year) return best ? best : year;
    for (const auto& d : dates)  // or given after it ("…, Mỹ ngày 27/9/2025"), not in a subordinate clause
      if (!d.bound && usable(d.span.begin, r, s, si) && d.span.begin > at && !d.forward) {
        auto k = token_at(toks, d.span.begin);
        // a subordinate clause with an event of its own dates that one ("… sau khi ông A
        // điện đàm với ông B hôm 20/4"); without one, the main event ("gặp ông B khi tới
        // Moskva hôm 11/2")
        // Moskva hôm 11/2") — unless the clause tells when a period began ("since Trump
        // began his second term in January", "kể từ khi"): that date is no occasion's.
        bool crossed = false, since = false;
        for (auto c = ce; c < k && c < hi; c = clause(c, lo, hi).second)
          if (subordinator[c]) crossed = true, since = since || lx.dates(DateKind::limit).longest(toks, c, k).words;
        if (since) break;
        if (!crossed || !trigger_between(trig, k)) return time_named_between(trig, k, lo, hi) ? nullptr : &d;
        break;
      }
    return nullptr;
  }

  // An event named as a time between tokens a and b ("…, sau vòng đàm phán ở Riyadh hồi
  // tháng 2"): a date after it is that event's.
  bool time_named_between(std::size_t a, std::size_t b, std::size_t lo, std::size_t hi) const {
    auto kept = cue_at;
    bool found = false;
    for (auto t = std::upper_bound(triggers.begin(), triggers.end(), a); t != triggers.end() && *t < b && !found; ++t)
      if (auto w = lx.triggers.longest(toks, *t, hi).words) found = cue_words(*t, w, lo, hi) == "relation";
    cue_at = kept;
    return found;
  }

  // The date of an event named as a time: a relation right before it that dates what
  // follows ("ba ngày sau [hội nghị thượng đỉnh]").
  // Or one its own phrase gives after it, in its clause ("sau cuộc gặp … tại Miami hồi cuối
  // tháng 10").
  std::optional<DateRange> relation_date(std::size_t trig, std::size_t phrase_end, std::size_t si) const {
    std::size_t at = toks[trig].span.begin;
    std::size_t clause_end = toks[std::min(phrase_end, toks.size()) - 1].span.end;
    for (const auto& d : idx.dates(si)) {
      if (d.forward && d.span.end <= at && d.span.end + 16 >= at) return d.range;
      if (d.span.begin > at && d.span.begin < clause_end && !d.forward && !trigger_between(trig, token_at(toks, d.span.begin)))
        return d.range;
    }
    return std::nullopt;
  }

  // The place of an event's own phrase: a name after a locative within it.
  long long phrase_place(std::size_t from, std::size_t end, std::size_t si) const {
    for (auto mk : idx.mentions(si))
      if (const auto& m = doc.mentions[mk]; m.place_id && !m.in_title && m.first_token >= from && m.first_token < end &&
                                            after_locative(m, from))
        return m.place_id;
    return 0;
  }

  // "của" right before the name, or before the title that introduces it: its token, or npos.
  std::size_t possessive_at(const Mention& m, std::size_t from) const {
    std::size_t k = m.first_token;
    for (int guard = 0; guard < 3 && k > from; ++guard) {
      auto w = lx.attribution.longest(toks, k - 1, k);
      if (w.words && (*w.values)[0] == "possessive") return k - 1;
      // step back over a title and the country it names ("Tổng thống Mỹ")
      std::size_t back = title_end[k] <= k - from ? title_end[k] : 0;
      if (title_back[k]) back = title_back[k];
      if (!back) return std::string::npos;
      k -= back;
    }
    return std::string::npos;
  }

  bool in_parens(std::size_t at, const Sentence& s) const { return idx.in_parens(s.span.begin, at); }
  // A body's name alone in parentheses spells out what the words before it describe
  // ("Nhóm 7 nền kinh tế phát triển (G7)"): that body is named, no aside.
  bool acronym(const Mention& m) const {
    return m.actor_kind == "organization" && m.span.begin > 0 && m.span.end < doc.clean.size() &&
           doc.clean[m.span.begin - 1] == '(' && doc.clean[m.span.end] == ')';
  }

  // Tokens [from, to) after an event noun only qualify it, so that a "của" after them names
  // its agent: names of places, words that tell which or what kind of occasion
  // ("tiếp theo", "chính thức", "lần thứ sáu"), a preposition of where to ("tới Việt Nam").
  bool qualifies(std::size_t from, std::size_t to) const {
    for (std::size_t k = from; k < to;) {
      if (in_name[k]) { ++k; continue; }
      if (auto n = qualifier_words(k, to, {"qualifier", "ordinal"})) { k += n; continue; }
      if (auto l = lx.locatives.longest(toks, k, to); l.words && k + l.words < to && in_name[k + l.words]) { k += l.words; continue; }
      return false;
    }
    return true;
  }

  // An event noun followed by its possessor ("chuyến thăm Hàn Quốc của …"), within its clause.
  bool possessed(std::size_t trig, std::size_t trig_end, std::size_t ce) const {
    if (!nominal(trig)) return false;
    for (auto p = trig_end; p < ce && p <= trig_end + max_possessor_gap; ++p)
      if (lx.attribution.longest(toks, p, p + 1).has("possessive")) return prev_break[p] <= trig && qualifies(trig_end, p);
    return false;
  }

  // The noun phrase of an event word, after it: who it names ("cuộc gặp giữa Putin và
  // Trump", "cuộc điện đàm với ông Rubio", "thượng đỉnh Putin - Trump"), and where it ends —
  // the clause break after the last of its names, so that its place and date come before
  // that end ("… tại Miami hồi cuối tháng 10").
  struct Phrase {
    std::vector<long long> who;
    std::size_t end = 0;
  };
  Phrase own_phrase(std::size_t from, const Sentence& s, std::size_t si) const {
    Phrase out{{}, from};
    auto done = [&](std::size_t last) {
      out.end = last < toks.size() ? next_break[last + 1 < next_break.size() ? last + 1 : last] : toks.size();
      return out;
    };
    if (from >= toks.size() || prev_break[from] == from) return done(from);  // the phrase ends at a comma
    const Span* quote = s.quote_at(toks[from - 1].span.begin);
    std::vector<long long> listed;  // names after a comma, kept once "và" closes the list
    std::size_t k = from, last = from;
    bool in_list = false, closes = false;
    for (auto mk : idx.mentions(si)) {
      const auto& m = doc.mentions[mk];
      if (m.first_token < from) continue;
      if (s.quote_at(m.span.begin) != quote) break;
      // Between the names: only linking words, honorifics and titles; a comma opens a list
      // ("giữa ông A, ông B và ông C") that counts only when "và" closes it.
      for (auto t = k; t <= m.first_token; ++t) {
        if (t > from && prev_break[t] == t) in_list = true;
        if (t == m.first_token) break;
        auto w = lx.attribution.longest(toks, t, m.first_token);
        auto kind = w.words ? (*w.values)[0] : std::string{};
        // (and its possessor, its agent, after words that qualify it: "chuyến thăm cấp Nhà
        // nước Trung Quốc của Tổng Bí thư Tô Lâm")
        bool link = kind == "with" || kind == "and" || kind == "comitative" || kind == "delegation" || kind == "possessive";
        closes = closes || kind == "and";
        std::size_t n = link ? w.words : qualifier_words(t, m.first_token, {"qualifier", "series", "ordinal"});
        if (!n) n = lx.honorifics.longest(toks, t, m.first_token).words;
        if (!n) n = lx.titles.longest(toks, t, m.first_token).words;
        if (!n) return done(last);
        t += n - 1;
      }
      if (m.actor_id && !m.in_title && !in_parens(m.span.begin, s) && !after_locative(m, from)) {
        if (in_list && !closes) {
          append_new(listed, {m.actor_id});
        } else {
          append_new(out.who, listed);
          append_new(out.who, {m.actor_id});
          listed.clear(), in_list = false, closes = false;
          last = m.end_token - 1;
        }
      }
      k = m.end_token;
    }
    return done(last);
  }
  std::vector<long long> own_participants(std::size_t from, const Sentence& s, std::size_t si) const {
    return own_phrase(from, s, si).who;
  }

  // People (and bodies) of the trigger's clause; else of its sentence, when the trigger is
  // in the frame; countries only when no one is named.
  // A name after another event noun of the clause is that event's ("Chuyến đi diễn ra một ngày
  // sau cuộc gặp giữa phái đoàn Nga và Mỹ"; "A tiếp B trước cuộc hội đàm với C").
  bool named_after(std::size_t trig, std::size_t k) const {
    for (auto t = std::upper_bound(triggers.begin(), triggers.end(), trig); t != triggers.end() && *t < k; ++t)
      if (nominal(*t) && prev_break[*t] == prev_break[k]) return true;
    return false;
  }

  std::vector<long long> participants(std::size_t trig, std::size_t trig_end, const std::string& type, Span r, const Sentence& s,
                                      std::size_t si, std::size_t lo, std::size_t hi, long long place_id) const {
    auto [cb, ce] = clause(trig, lo, hi);
    bool frame = r.begin == s.span.begin && r.end == s.span.end;
    std::vector<long long> people, countries;
    std::set<long long> seen_people, seen_countries;  // a sentence may name hundreds
    auto add = [&](long long id, bool country) {
      if ((country ? seen_countries : seen_people).insert(id).second) (country ? countries : people).push_back(id);
    };
    bool interview = type == "interview";
    // In a quotation, the clause up to the trigger, and after it only who "với / giữa"
    // introduces ("Tôi vừa có cuộc điện đàm dài với Tổng thống Putin").
    std::size_t with = ce;
    for (auto k = trig + 1; k < ce && k < trig + 8; ++k)
      if (auto w = lx.attribution.longest(toks, k, ce); w.words && (*w.values)[0] == "with") { with = k; break; }
    auto collect = [&](std::size_t from, std::size_t to) {
      for (auto mk : idx.mentions(si)) {
        const auto& m = doc.mentions[mk];
        if (!m.actor_id || m.in_title || m.first_token < from || m.first_token >= to) continue;
        if (!frame && m.first_token > trig && m.first_token < with) continue;
        if (m.first_token > trig_end && named_after(trig, m.first_token)) continue;
        if (!usable(m.span.begin, r, s, si) || (in_parens(m.span.begin, s) && !acronym(m))) continue;
        if (after_locative(m, lo) || (m.place_id && m.place_id == place_id)) continue;  // "tại Điện Kremlin": the venue
        // "đặc phái viên của Tổng thống Mỹ Donald Trump": Trump is not there; but an official
        // left unnamed stands for the country ("Tổng giám đốc tác chiến của Ấn Độ đã điện đàm …")
        // An interview's outlet is its own ("phỏng vấn chương trình Meet the Press của đài NBC").
        // The event noun's own possessor is its agent: "chuyến thăm Phnom Penh của Ngoại
        // trưởng X" is X's visit (with only a place's name between; not "theo lời mời của Y").
        if (auto p = possessive_at(m, from);
            p != std::string::npos && !(m.actor_kind == "country" && p == m.first_token - 1 && !person_ends[p] && official_before(p)) &&
            !(interview && m.actor_kind == "organization" && p >= trig_end && p <= trig_end + 5 && prev_break[p] <= trig) &&
            !(nominal(trig) && p >= trig_end && p <= trig_end + max_possessor_gap && prev_break[p] <= trig &&
              std::none_of(person_starts.begin() + trig_end, person_starts.begin() + p, [](char c) { return c; }) &&
              qualifies(trig_end, p)))
          continue;
        if (auto w = lx.attribution.longest(toks, std::max(prev_break[m.first_token], from), to);
            w.words && (*w.values)[0] == "source")
          continue;  // "Theo Berlin, …": who tells it, not who takes part
        add(m.actor_id, m.actor_kind == "country");
      }
    };
    // An event noun in what someone says has no subject in the frame: the speaker's is not
    // its ("Bà Hằng cho biết hai bên đang chuẩn bị để chuyến thăm thành công").
    bool said_noun = false;
    if (frame && nominal(trig))
      for (const auto& c : claims_of(si))
        if (c.content.contains(toks[trig].span.begin) && !s.in_quote(toks[trig].span.begin))
          while (cb < trig && toks[cb].span.begin < c.content.begin) ++cb, said_noun = true;
    collect(cb, ce);
    // "A, B và C đã gặp nhau", "điện đàm với A, B, C và D": clauses that are only names
    // continue the list of the trigger's clause, before it or after its "với".
    if (frame && !subjectless(cb, trig, si) && name_item_starts(cb, si))
      for (auto k = cb; k > lo;) {
        auto [b, e] = clause(k - 1, lo, hi);
        if (e != k || !list_item(b, e, si)) break;
        collect(b, e);
        k = b;
      }
    if (with < ce && name_ends(ce, si))
      for (auto k = ce; k < hi;) {
        auto [b, e] = clause(k, lo, hi);
        if (!list_item(b, e, si)) break;
        collect(b, e);
        k = e;
      }
    // A clause that opens with its predicate ("…, cùng ông X, đã đàm phán với …") has its
    // subject in the clauses before it: the sentence's names up to there.
    // After another event verb, the subject is that verb's, not its object: "A hội kiến B,
    // [và] hội đàm với C" has A and C.
    // "A hội đàm với B, người đang thăm Việt Nam", "…, who is visiting": a relative clause's
    // subject is the person right before its comma.
    long long antecedent = 0;
    // "B, đang thăm Việt Nam": a reduced relative clause, its verb phrase opening with one.
    if (frame && !nominal(trig) && cb > lo)
      if (auto w = lx.attribution.longest(toks, cb, trig);
          (w.words && w.has("relative") && subjectless(cb + w.words, trig, si)) ||
          (cb == trig && lx.attribution.longest(toks, trig, trig + 1).has("relative")))
        for (auto mk : idx.mentions(si))
          if (const auto& m = doc.mentions[mk]; m.end_token == cb && m.actor_kind == "person" && m.actor_id) antecedent = m.actor_id;
    if (antecedent) {
      add(antecedent, false);
    } else if (long long main = frame && !nominal(trig) ? fronted_subject(cb, trig, ce, hi, si) : 0) {
      add(main, false);
    } else if (frame && !nominal(trig) && cb > lo && subjectless(cb, trig, si)) {
      std::size_t subject_end = cb;
      for (auto t : triggers)
        if (t >= lo && t < cb && !nominal(t)) subject_end = t;
      collect(lo, subject_end);
    }
    // In a quotation, also the object right after the trigger ("Tôi vừa gặp Thủ tướng X").
    // (Not where it goes: "sẽ thăm Trung Quốc" names the place of a visit.)
    if (!frame)
      for (auto id : own_participants(trig_end, s, si)) {
        bool country = g.actor_kind.count(id) && g.actor_kind.at(id) == "country";
        if (country && place_id && g.country_of(id) == id && place_starts[trig_end]) continue;
        add(id, country);
      }
    // Clauses that open with "cùng" add their people: "…, cùng ông Jared Kushner, tại …".
    for (auto k = ce; k < hi; k = clause(k, lo, hi).second) {
      auto w = lx.attribution.longest(toks, k, hi);
      if (!w.words || (*w.values)[0] != "comitative") break;
      collect(k, clause(k, lo, hi).second);
    }
    // "Cuộc điện đàm giữa hai nhà lãnh đạo": the pair named before.
    if (auto k = last_referent[ce]; k != std::string::npos && k >= cb && (frame || k < trig))
      for (auto [id, country] : referred.at(k)) add(id, country);
    // "Tại cuộc họp báo chung sau đó, hai nhà lãnh đạo …": a fronted event's subject is the
    // main clause's, a pair named before.
    if (people.empty() && frame && cb == lo && fronted(cb, trig))
      if (auto k = last_referent[ce < hi ? clause(ce, lo, hi).second : hi]; k != std::string::npos && k >= ce)
        for (auto [id, country] : referred.at(k)) add(id, country);
    // Else the sentence's people, but not a subordinate clause's after the trigger; nor the
    // speaker's for an event noun in what they say ("Bà Hằng cho biết hai bên đang chuẩn bị
    // để chuyến thăm thành công": the visit told before, not hers).
    // After a colon comes what it announces, of its own ("Họp báo thường kỳ: Tổng Bí thư sắp
    // thăm Indonesia").
    // Nor for an event noun with its own possessor, even one the text leaves unnamed
    // ("tiếp xúc Nga - Mỹ, chuyến thăm Hàn Quốc của Tổng Bí thư": not Russia's visit).
    if (people.empty() && frame && !said_noun && !possessed(trig, trig_end, ce))
      for (std::size_t k = lo; k < hi; k = clause(k, lo, hi).second) {
        if (k > trig && colon_before(k)) break;
        if (k <= trig || !subordinator[k]) collect(k, clause(k, lo, hi).second);
      }
    // "Chúng tôi" in a speaker's quotation: the speaker's side; "tôi": the speaker.
    if (!frame)
      for (auto k = cb; k < ce; ++k)
        if (auto w = lx.attribution.longest(toks, k, ce); w.words && ((*w.values)[0] == "we" || (*w.values)[0] == "I")) {
          auto at = k;
          k += w.words - 1;  // "chúng tôi" is no "tôi"
          if (at > trig && at < with) continue;  // the subject, or who "với" introduces
          for (const auto& c : claims_of(si))
            if (c.span.contains(toks[at].span.begin)) {
              if ((*w.values)[0] == "I") {
                if (c.speaker_id && seen_people.insert(c.speaker_id).second) people.insert(people.begin(), c.speaker_id);
              } else if (auto side = g.country_of(c.speaker_id)) {
                add(side, true);
              }
            }
        }
    // A reported statement leaves out its subject when it is the speaker's ("Ông Trump tiết
    // lộ [ông] sẽ thăm Trung Quốc"): no one named before the event word in it, the speaker.
    // Only a verb takes a subject: "cuộc gặp", "chuyến thăm" are nouns.
    if (!frame && !s.in_quote(toks[trig].span.begin) && !nominal(trig))
      for (const auto& c : claims_of(si))
        if (c.content.contains(toks[trig].span.begin) && c.speaker_id && opens_predicate(c.content, trig) &&
            seen_people.insert(c.speaker_id).second)
          people.insert(people.begin(), c.speaker_id);
    if (people.empty()) return countries;
    for (auto c : countries)
      if (!frame) people.push_back(c);
    return people;
  }

  // A title begins among the few words before token p, in its clause ("Tổng giám đốc tác
  // chiến quân sự [của]", "các cố vấn an ninh quốc gia [của]"): they name an official.
  bool official_before(std::size_t p) const {
    constexpr std::size_t kHeadWords = 8;  // "Tổng chỉ huy tác chiến quân sự (DGMO) [của]"
    for (std::size_t back = 1; back <= kHeadWords && back <= p && prev_break[p] <= p - back; ++back)
      if (lx.titles.longest(toks, p - back, p).words) return true;
    return false;
  }

  // The clause opens with a preposition of place or time before the event word ("Tại cuộc
  // họp báo …", "Trong cuộc điện đàm …"): an adverbial fronted before the main clause.
  bool fronted(std::size_t cb, std::size_t trig) const {
    if (cb >= trig) return false;
    if (lx.locatives.longest(toks, cb, trig).words || occasion_word(cb, trig)) return true;
    auto a = lx.attribution.longest(toks, cb, trig);
    return a.words && std::find(a.values->begin(), a.values->end(), "intransitive") != a.values->end();
  }

  // "Sau hội đàm", "Giữa cuộc họp": the words from cb open an adverbial around an event
  // told before, on whose day the clause's acts are.
  bool occasion_word(std::size_t cb, std::size_t trig) const {
    return has_status(lx.cues.longest(toks, cb, trig), "occasion");
  }

  // The people the sentence names (not a title's country or body): who attended.
  std::vector<long long> people_in(std::size_t si) const {
    std::vector<long long> out;
    for (auto mk : idx.mentions(si))
      if (const auto& m = doc.mentions[mk]; m.actor_id && m.actor_kind == "person" && !m.in_title &&
                                            std::find(out.begin(), out.end(), m.actor_id) == out.end())
        out.push_back(m.actor_id);
    return out;
  }

  // Token i stands in a clause of another time ("… sau khi A gặp B"), in the sentence from tb.
  bool in_sequence(std::size_t i, std::size_t tb) const { return prev_break[i] >= tb && subordinator[prev_break[i]]; }

  // "Tại cuộc gặp, …", "Trong cuộc hội đàm, …": the event word alone in a fronted adverbial
  // is the one already told; the main clause's dates are what is said there, not its own.
  bool bare_fronted(std::size_t trig, std::size_t w, std::size_t tb, std::size_t te) const {
    std::size_t cb = std::max(prev_break[trig], tb);
    if (trig - cb > 2 || !fronted(cb, trig)) return false;
    return trig + w < te && prev_break[trig + w] == trig + w;
  }

  // A clause of a list of names: it opens with a name or a title, ends with a name, and
  // holds no event word and no verb of saying ("Thủ tướng Pakistan Shehbaz Sharif").
  bool name_item_starts(std::size_t b, std::size_t si) const {
    if (lx.titles.longest(toks, b, toks.size()).words || lx.honorifics.longest(toks, b, toks.size()).words) return true;
    for (auto mk : idx.mentions(si))
      if (const auto& m = doc.mentions[mk]; m.actor_id && m.first_token == b) return true;
    return false;
  }
  bool name_ends(std::size_t e, std::size_t si) const {
    for (auto mk : idx.mentions(si))
      if (const auto& m = doc.mentions[mk]; m.actor_id && m.end_token == e) return true;
    return false;
  }
  bool list_item(std::size_t b, std::size_t e, std::size_t si) const {
    if (e <= b || e - b > max_list_item_words || !name_item_starts(b, si) || !name_ends(e, si)) return false;
    for (auto k = b; k < e; ++k)
      if (lx.triggers.longest(toks, k, e).words || lx.speech_verbs.longest(toks, k, e).words) return false;
    return true;
  }

  // The text between token k and the one before it ("" at the first token or past the last).
  std::string_view gap_before(std::size_t k) const {
    if (k == 0 || k >= toks.size() || toks[k].span.begin <= toks[k - 1].span.end) return {};
    return std::string_view(doc.clean).substr(toks[k - 1].span.end, toks[k].span.begin - toks[k - 1].span.end);
  }
  bool colon_before(std::size_t k) const { return gap_before(k).find(':') != std::string_view::npos; }

  // "Khi tiếp X tại Điện Kremlin, ông Putin cho biết …": a clause opened by "khi" with no
  // subject of its own has the main clause's, the person it opens with.
  long long fronted_subject(std::size_t cb, std::size_t trig, std::size_t ce, std::size_t hi, std::size_t si) const {
    constexpr std::size_t before_name = 3;  // an honorific or a title before the name
    auto w = lx.attribution.longest(toks, cb, trig);
    if (!w.words || !w.has("subordinate") || ce >= hi || !subjectless(cb, trig, si)) return 0;
    for (auto mk : idx.mentions(si))
      if (const auto& m = doc.mentions[mk]; m.first_token >= ce && m.actor_id && !m.in_title)
        return m.first_token <= ce + before_name && m.actor_kind == "person" ? m.actor_id : 0;
    return 0;
  }
  // No one named in [cb, trig): the clause starts with its predicate.
  bool subjectless(std::size_t cb, std::size_t trig, std::size_t si) const {
    for (auto mk : idx.mentions(si)) {
      const auto& m = doc.mentions[mk];
      if (m.first_token >= cb && m.first_token < trig && m.actor_id && !m.in_title) return false;
    }
    return true;
  }

  // The clause from cb opens with the event verb at i: a conjunction, words of aspect or
  // sequence ("sau đó", "then"), and no name before it.
  bool opens_clause_with_predicate(std::size_t cb, std::size_t i) const {
    for (std::size_t k = cb; k < i;) {
      std::size_t n = 0;
      if (auto c = lx.cues.longest(toks, k, i); c.words) n = c.words;
      else if (auto a = lx.attribution.longest(toks, k, i); a.words) n = a.words;
      if (!n) return false;
      k += n;
    }
    return true;
  }

  // An event verb opens at token k, after words of aspect or plan ("đã", "sẽ", "cũng"),
  // and not as a noun ("cuộc gặp").
  bool predicate_at(std::size_t k) const {
    for (int guard = 0; guard < 3 && k < toks.size(); ++guard) {
      if (auto t = lx.triggers.longest(toks, k, toks.size()); t.words) return !nominal(k);
      std::size_t n = 0;
      if (auto c = lx.cues.longest(toks, k, k + 1); c.words) n = c.words;
      else if (auto a = lx.attribution.longest(toks, k, k + 1); a.words && (*a.values)[0] == "adverb") n = a.words;
      if (!n) return false;
      k += n;
    }
    return false;
  }

  // The event word is a noun: it is, or follows, a classifier ("cuộc gặp", "chuyến thăm",
  // "các cuộc điện đàm").
  bool nominal(std::size_t trig) const {
    if (cue_is(trig, trig + 1, "classifier") || (trig > 0 && cue_is(trig - 1, trig, "classifier"))) return true;
    // …over the names it is of ("the Rubio-Lavrov meeting")
    std::size_t p = trig;
    for (int guard = 0; guard < 4 && p > 0 && in_name[p - 1]; ++guard) --p;
    if (p < trig && p > 0 && cue_is(p - 1, p, "classifier")) return true;
    // A gathering is named by a noun ("hội nghị thượng đỉnh", "phiên họp"), never a verb.
    auto t = lx.triggers.longest(toks, trig, toks.size());
    return t.words && ((*t.values)[0] == "summit" || (*t.values)[0] == "conference" || (*t.values)[0] == "session");
  }

  // The statement opens with the event word as its predicate: words of time, aspect or
  // plan before it ("[ông] sẽ thăm Trung Quốc", "đã điện đàm với …"), and no subject.
  bool opens_predicate(Span content, std::size_t trig) const {
    auto first = token_at(toks, content.begin);
    if (first >= trig) return false;  // a bare "hội nghị thượng đỉnh …" is the subject, a noun
    for (auto k = first; k < trig;) {
      std::size_t n = 0;
      if (auto c = lx.cues.longest(toks, k, trig); c.words) n = c.words;
      else if (auto a = lx.attribution.longest(toks, k, trig); a.words && (*a.values)[0] == "adverb") n = a.words;
      if (!n) return false;
      k += n;
    }
    return true;
  }
};

}  // namespace

std::vector<EventFact> find_events(const Document& doc, const Lexicon& lx, const Gazette& g,
                                   const std::vector<ClaimFact>& claims, std::vector<TriggerNote>* trace,
                                   DelegationHeads* heads) {
  SentenceIndex idx(doc);
  Finder f{doc, lx, g, claims, doc.tokens, idx, {}, {0, 0}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
  f.index();
  std::vector<EventFact> out;
  std::vector<char> out_as_time;       // per event of `out`: named as a time
  std::optional<DateRange> narrative;  // the last day the current paragraph stated
  std::optional<DateRange> story;      // the last day the article stated
  bool summit_told = false;            // a summit that happened is among `out`
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const auto& s = doc.sentences[si];
    if (si > 0 && doc.clean.substr(doc.sentences[si - 1].span.end, s.span.begin - doc.sentences[si - 1].span.end).find('\n') !=
                      std::string::npos)
      narrative.reset();
    std::size_t tb = token_at(doc.tokens, s.span.begin), te = token_at(doc.tokens, s.span.end);
    std::vector<EventFact> here;
    std::vector<Span> regions;
    std::vector<char> named_as_time;  // per event of `here`: an event named as a time
    std::vector<char> apart;          // per event of `here`: never joined to the others
    std::vector<const DateMention*> dated;  // per event of `here`: the date mention it took
    std::vector<char> indefinite;           // per event of `here`: "một cuộc họp báo", of no known occasion
    std::vector<char> definite;             // per event of `here`: "Tại cuộc gặp, …", the one told before
    std::vector<std::size_t> trigs;         // per event of `here`: its trigger token
    std::vector<char> occasion;             // per event of `here`: "Sau hội đàm, …", the clause is on its day
    bool definite_now = false, occasion_now = false;
    auto keep = [&](EventFact e, Span r, bool as_time, bool kept_apart, const DateMention* d, std::size_t trig) {
      definite.push_back(definite_now);
      occasion.push_back(occasion_now);
      trigs.push_back(trig);
      here.push_back(std::move(e));
      regions.push_back(r);
      named_as_time.push_back(as_time);
      apart.push_back(kept_apart);
      dated.push_back(d);
      indefinite.push_back(f.indefinite(trig, tb));
    };
    bool framed_here = false;  // a gathering in this sentence is the occasion of its acts
    // "On the sidelines, he also spoke with …": the sentence opens on the sidelines of the
    // gathering told last, which its acts are not, on its day.
    const EventFact* sidelines_of = nullptr;
    if (auto c = lx.cues.longest(doc.tokens, tb, te); has_status(c, "frame") && !lx.triggers.longest(doc.tokens, tb + c.words, te).words) {
      framed_here = true;
      std::size_t from = out.size() > merge_window ? out.size() - merge_window : 0;  // as merging
      for (auto k = out.size(); k-- > from && !sidelines_of;)
        if (out[k].gathering && out[k].status == "happened" && out[k].date) sidelines_of = &out[k];
    }
    std::size_t skip_through = std::string::npos;  // a trigger "Tham dự …" named as told before
    // "bên lề Hội nghị cấp cao APEC", "at the summit": a gathering named as the occasion of
    // another act is its place, no event; the dates after it are still that act's.
    auto occasion_only = [&](std::size_t i, const std::string& word, const std::string& type) {
      return ((word == "conference" || type == "summit" || type == "session") && f.framed(i, tb)) ||
             (word == "conference" && f.meets_at(i, te));
    };
    f.triggers.clear();
    for (std::size_t i = tb; i < te; ++i)
      if (auto t = lx.triggers.longest(doc.tokens, i, te); t.words) {
        auto type = f.effective_type((*t.values)[0], i, t.words, te);
        if (type != "-" && !occasion_only(i, (*t.values)[0], type)) f.triggers.push_back(i);
        i += t.words - 1;
      }
    for (std::size_t i = tb; i < te; ++i) {
      auto t = lx.triggers.longest(doc.tokens, i, te);
      if (!t.words) continue;
      std::size_t w = t.words;
      auto type = f.effective_type((*t.values)[0], i, w, te);
      // "hội nghị" alone after the article told a summit: that summit.
      if ((*t.values)[0] == "conference" && summit_told) type = "summit";
      auto note = [&](std::string decision) {
        if (!trace) return;
        Span cue{};
        if (f.cue_at.second > f.cue_at.first) cue = {doc.tokens[f.cue_at.first].span.begin, doc.tokens[f.cue_at.second - 1].span.end};
        trace->push_back({si, {doc.tokens[i].span.begin, doc.tokens[i + w - 1].span.end}, type, std::move(decision), cue});
      };
      if (type == "-") { i += w - 1; continue; }
      // A round is one of the talks told before: without its series, none.
      const EventFact* series = nullptr;
      if (type == "round") {
        for (auto k = here.size(); k-- > 0 && !series;)
          if (here[k].type == "talks") series = &here[k];
        for (auto k = out.size(); k-- > 0 && !series;)
          if (out[k].type == "talks") series = &out[k];
        if (!series) { note("a round of no talks told"); i += w - 1; continue; }
        type = "talks";
      }
      // "Tham dự có Thủ tướng X, Tổng thống Y …": who attended the gathering just told, in a
      // sentence with no event word of its own; "Tham dự cuộc gặp hôm 18/8 có …", opening the
      // sentence, names that gathering as told before.
      if (type == "attend") {
        bool named = f.triggers.size() > 1 && i == tb;
        // (a bare "tham gia" inside a sentence is anyone's taking part in anything)
        bool attendance = i == tb || w >= 3;
        if ((f.triggers.size() == 1 && attendance) || named) {
          std::string family = "meet";
          if (named)
            if (auto t2 = lx.triggers.longest(doc.tokens, f.triggers[1], te); t2.words)
              family = event_family(f.effective_type((*t2.values)[0], f.triggers[1], t2.words, te));
          auto last = std::find_if(out.rbegin(), out.rend(), [&](const EventFact& o) { return event_family(o.type) == family; });
          if (last != out.rend()) {
            append_new(last->participants, f.people_in(si), max_participants);
            note("who attended the " + last->type + " told before");
            if (named) skip_through = f.triggers[1];
          }
        }
        i += w - 1;
        continue;
      }
      if (i <= skip_through && skip_through != std::string::npos) { i += w - 1; continue; }
      if (f.in_name[i]) { f.cue_at = {0, 0}; note("part of a name"); i += w - 1; continue; }
      if (occasion_only(i, (*t.values)[0], type)) {
        note("the occasion of another act");
        framed_here = true;
        i += w - 1;
        continue;
      }
      auto st = f.cue(i, w, tb, te);
      // "đã hai lần gặp ông X, vào tối 7/7 và hôm 8/7": a count of times with their days is
      // those occasions, no habit.
      auto counted_days = f.counted(i, tb) ? f.occasions_after(i + w, te, si, true) : Finder::Occasions{};
      bool counted = !counted_days.empty();
      if (counted && st == "generic") st = "happened";
      note(st == "relation" ? "happened (named as a time: its own names only)" : st);
      if (st == "negated" || st == "generic" || st == "anaphora") { i += w - 1; continue; }
      Span r = f.region(doc.tokens[i].span.begin, s, si);
      std::size_t lo = token_at(doc.tokens, r.begin), hi = token_at(doc.tokens, r.end);
      // "sau hội nghị thượng đỉnh Anchorage": an event named as a time; the clause around
      // it is about something else, so it takes only what its own noun phrase names.
      bool as_time = st == "relation";
      if (as_time) st = "happened";
      EventFact e;
      e.type = type;
      e.status = st;
      e.status_stated = st != "happened";
      e.gathering = (*t.values)[0] == "conference" || type == "summit";
      e.sentence = si;
      Finder::Phrase phrase;
      if (as_time) phrase = f.own_phrase(i + w, s, si);
      e.place_id = as_time ? f.phrase_place(i + w, phrase.end, si) : f.place(i, i + w, type, r, s, si, lo);
      // Named as a time, it keeps only a relation that dates it ("ba ngày sau hội nghị X"):
      // the sentence's other dates are the main event's.
      definite_now = event_family(type) != "speech" && f.bare_fronted(i, w, tb, te);
      // (named as a time, only after a word of its time: "Trước cuộc gặp, …" may be days before)
      occasion_now = definite_now && (!as_time || f.occasion_word(std::max(f.prev_break[i], tb), i));
      bool topic = !as_time && f.spoken_about(i, tb);
      if (topic) phrase = f.own_phrase(i + w, s, si);
      const DateMention* dated_by = as_time || topic || definite_now ? nullptr : f.date(i, r, s, si, lo, std::max(hi, i + w));
      e.date = as_time || topic ? f.relation_date(i, phrase.end, si) : dated_by ? std::optional(dated_by->range) : std::nullopt;
      // A multi-day event is known by its first day: the day it ended tells only the month.
      if (e.date && e.date->precision == Precision::day && dated_by && f.ending(i, w, tb, te))
        e.date = DateRange::of_month(e.date->start.y, e.date->start.m);
      e.participants = as_time || topic ? phrase.who : f.participants(i, i + w, type, r, s, si, lo, std::max(hi, i + w), e.place_id);
      // A round has its series' parties; a planned one only those and its own phrase's (who
      // agrees to hold it is no party to it: "tôi cùng ông X đã nhất trí tổ chức vòng thứ 3").
      if (series && e.status == "planned") {
        e.participants = series->participants;
        append_new(e.participants, f.own_participants(i + w, s, si), max_participants);
      }
      if (series && e.participants.empty()) e.participants = series->participants;
      // "A lần lượt gặp B, C và D": one meeting with each of them.
      if (!as_time && f.distributive(i)) {
        auto each = f.own_phrase(i + w, s, si).who;
        if (each.size() >= 2) {
          std::vector<long long> subject;
          for (auto p : e.participants)
            if (std::find(each.begin(), each.end(), p) == each.end()) subject.push_back(p);
          for (auto one : each) {
            EventFact x = e;
            x.participants = subject;
            x.participants.push_back(one);
            keep(std::move(x), r, false, true, dated_by, i);
          }
          i += w - 1;
          continue;
        }
      }
      if (!as_time || counted)
        if (auto each = counted ? counted_days : f.occasions_after(i + w, te, si); !each.empty()) {
          for (const auto& [day, place] : each) {
            EventFact x = e;
            x.date = day;
            if (place) x.place_id = place;
            keep(std::move(x), r, false, true, nullptr, i);
          }
          i += w - 1;
          continue;
        }
      if (e.type == "visit" && !as_time)
        if (auto each = f.destinations(i + w, e.place_id, te, si); !each.empty()) {
          for (const auto& [place, day] : each) {
            EventFact x = e;
            x.place_id = place;
            x.date = day ? std::optional(day->range) : std::nullopt;  // (not another stop's)
            if (x.date && x.date->precision == Precision::day && day && f.ending(i, w, tb, te))
              x.date = DateRange::of_month(x.date->start.y, x.date->start.m);
            keep(std::move(x), r, false, true, day ? day : dated_by, i);
          }
          i += w - 1;
          continue;
        }
      // One event per family in a sentence, unless the places differ or one is quoted.
      bool joined = false;
      for (std::size_t k = 0; k < here.size(); ++k) {
        auto& h = here[k];
        if (event_family(h.type) != event_family(e.type) || regions[k].begin != r.begin || apart[k] || as_time || topic || series) continue;
        if ((h.type == "visit") != (e.type == "visit")) continue;  // a visit and a meeting during it, as when merging
        // Places differ unless one is inside the other ("thăm Ả Rập Xê Út, điểm dừng chân đầu
        // tiên trong chuyến công du Trung Đông").
        if (places_apart(h.place_id, e.place_id, g)) continue;
        // "Trước khi gặp ông A, ông B hội đàm với ông C": each with its own counterpart.
        if (other_people({h.type, h.status, h.date, 0, h.participants}, {e.type, e.status, e.date, 0, e.participants}, g)) continue;
        if (gathering_apart({h.type, h.status, h.date, 0, {}, h.gathering}, {e.type, e.status, e.date, 0, {}, e.gathering})) continue;
        // "Cuộc gặp diễn ra hai ngày sau khi hai phái đoàn hội đàm …": a clause of another time
        // tells another event.
        if (f.in_sequence(trigs[k], tb) != f.in_sequence(i, tb)) continue;
        // "Quan chức hai nước gặp nhau, thượng đỉnh ba bên bị gác lại": what happened is not
        // what was called off.
        if ((h.status == "happened" && e.status == "cancelled") || (h.status == "cancelled" && e.status == "happened")) continue;
        // "ông vừa có cuộc gặp ngắn với B và hai bên nhất trí sẽ gặp nhau trong tuần tới",
        // "chỉ huy hai nước sẽ gặp nhau ngày 29/7, trong khi ủy ban biên giới nhóm họp ngày
        // 4/8": on other days, two events.
        if (h.date && e.date && (h.date->end < e.date->start || e.date->end < h.date->start)) continue;
        if (specificity(e.type) > specificity(h.type)) h.type = e.type;
        if (!h.place_id || (e.place_id && g.place_inside(e.place_id, h.place_id))) h.place_id = e.place_id;  // the most specific
        if (!h.date) h.date = e.date;
        if (e.status_stated && !h.status_stated) h.status = e.status, h.status_stated = true;
        append_new(h.participants, e.participants);
        joined = true;
        break;
      }
      if (!joined) keep(std::move(e), r, as_time || topic, as_time || topic || series, dated_by, i);  // a round is its own
      i += w - 1;
    }
    // "Hai ngày sau cuộc gặp tại Điện Kremlin, A điện đàm với B": two days after that
    // meeting's own day, when the article told it before, not after the date last given.
    for (std::size_t k = 0; k < here.size(); ++k) {
      if (!named_as_time[k]) continue;
      auto told = f.told_before(here[k], out);
      if (!told) continue;
      for (std::size_t j = 0; j < here.size(); ++j)
        if (!named_as_time[j] && dated[j] && dated[j]->relation) here[j].date = related(*told, *dated[j]->relation);
    }
    // "Giữa cuộc họp, ông A điện đàm với ông B": the meeting is the one told last, and the
    // call, undated in its own words, is on its day. The event word alone is that event
    // again: its day, and its people (those of the clause, when they took part in it).
    for (std::size_t k = 0; k < here.size(); ++k) {
      if (!occasion[k]) continue;
      const EventFact* told = f.told_last(here[k].type, out, out_as_time);
      // (one not told as held on a day — a plan — lends no date; the clause's people are
      // still its acts', not the occasion's: "Trong chuyến thăm, Tổng Bí thư sẽ hội đàm với …")
      if (!told) {
        here[k].participants.clear();
        continue;
      }
      bool others = false;
      for (std::size_t j = 0; j < here.size(); ++j)
        // (the acts of the clause, not those told in what is said there)
        if (j != k && !named_as_time[j] && !definite[j] && regions[j].begin == regions[k].begin) {
          others = true;
          if (!here[j].date && here[j].status == "happened") here[j].date = told->date;  // (a plan made there is for later)
        }
      here[k].date = told->date;
      std::vector<long long> shared;
      for (auto p : here[k].participants)
        if (std::find(told->participants.begin(), told->participants.end(), p) != told->participants.end()) shared.push_back(p);
      if (others || here[k].participants.empty()) here[k].participants = shared.empty() ? told->participants : shared;
    }
    for (auto& e : here) {
      e.sidelines = (framed_here || f.bilateral(trigs[&e - here.data()], te)) && !e.gathering;
      if (e.sidelines && !e.date && sidelines_of && e.status == "happened") e.date = sidelines_of->date;
      // A summit of a body is held under its head: "Hội nghị thượng đỉnh NATO" has Mark Rutte.
      if (e.type == "summit") {
        std::vector<long long> heads;
        for (auto p : e.participants)
          if (auto k = g.actor_kind.find(p); k != g.actor_kind.end() && k->second == "organization")
            for (const char* office : {"secretary-general", "president", "chairman"})
              if (auto h = g.holder(office, p, e.date ? std::optional(e.date->start) : doc.reference_day())) {
                heads.push_back(h);
                break;
              }
        append_new(e.participants, heads, max_participants);
      }
      // Who speaks at a press conference or an interview in this sentence takes part in it
      // ("…”, ông Lavrov nói hôm 9/11, trong cuộc phỏng vấn của RIA Novosti").
      if (event_family(e.type) == "speech")
        for (const auto& c : f.claims_of(si))
          if (std::find(e.participants.begin(), e.participants.end(), c.speaker_id) == e.participants.end())
            e.participants.push_back(c.speaker_id);
      // Undated: the date of a claim its participant makes in the same sentence.
      if (!e.date && !definite[&e - here.data()] && !named_as_time[&e - here.data()])
        for (const auto& c : f.claims_of(si))
          if (c.date && std::find(e.participants.begin(), e.participants.end(), c.speaker_id) != e.participants.end())
            e.date = c.date;
      // Else the paragraph's own time: the last day it stated before ("Hôm qua, A gặp B.
      // Tại cuộc họp báo sau đó, …").
      if (!e.date && !e.status_stated && narrative && !e.participants.empty() && !named_as_time[&e - here.data()] &&
          !definite[&e - here.data()])
        e.date = narrative;
      // A press conference or interview the article does not date is the occasion of what
      // is said in it: the one of its kind just told ("Phát biểu tại buổi họp báo chung,
      // …"), else one told in the article's time, the last day it stated. (Meetings are as
      // often background of another time, and stay undated.)
      if (!e.date && !e.status_stated && !e.participants.empty() && !named_as_time[&e - here.data()] &&
          !indefinite[&e - here.data()] && event_family(e.type) == "speech") {
        // (the one just told: in this sentence or the two before)
        if (const auto* told = f.told_last(e.type, out, out_as_time, true); told && told->sentence + 2 >= si) e.date = told->date;
        else e.date = story;
      }
      e.sources.push_back({si, e.date, e.place_id, e.status});
      summit_told = summit_told || (e.type == "summit" && e.status == "happened");
      out_as_time.push_back(named_as_time[&e - here.data()]);
      out.push_back(std::move(e));
    }
    for (const auto& d : idx.dates(si))
      if (d.range.precision == Precision::day && !d.forward && !d.backward && !s.in_quote(d.span.begin)) narrative = story = d.range;
  }
  if (heads) *heads = f.delegation_heads();
  return out;
}

void add_delegation_heads(std::vector<EventFact>& events, const DelegationHeads& heads, const Gazette& g) {
  if (heads.empty()) return;
  for (auto& e : events) {
    // Only where no one of the country is named: "Nga và Ukraine đàm phán" is the delegations'.
    if (event_family(e.type) != "meet") continue;
    std::vector<long long> more;
    for (auto p : e.participants)
      if (auto h = heads.find(p); h != heads.end() &&
          std::none_of(e.participants.begin(), e.participants.end(), [&](long long q) { return q != p && g.country_of(q) == p; }))
        more.push_back(h->second);
    append_new(e.participants, more, max_participants);
  }
}

}  // namespace kb::ingest
