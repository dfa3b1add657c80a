#include "ingest/claims.hpp"

#include <algorithm>
#include <map>

#include "core/text.hpp"
#include "ingest/clean.hpp"
#include "ingest/sentence_index.hpp"

namespace kb::ingest {

namespace {

// A speaker stands at most this many words before the verb.
constexpr std::size_t max_gap_words = 4;
// The object of a stance verb ("tin đồn trên", "vụ tấn công này") is a noun phrase of a few
// words; a longer complement is a clause, the statement itself.
constexpr std::size_t max_object_words = 4;
// "rằng" opens the statement this many words after the verb at most: between them, to whom,
// where and when it was said ("thông báo trên mạng xã hội X hôm thứ Sáu (1/5) rằng …").
constexpr std::size_t max_that_gap = 16;
constexpr std::size_t max_that_near = 6;  // past words that are no adjunct

struct Finder {
  const Document& doc;
  const Lexicon& lx;
  const std::vector<Token>& toks;
  const SentenceIndex& idx;
  // Of the current sentence (set by for_sentence): mentions that may speak (named actors
  // outside quotes, parentheses and titles), and people outside quotes; both as indexes
  // into doc.mentions, in order.
  std::vector<std::size_t> speakers, people;
  // The speaker of the last claim found and its sentence (npos before the first).
  long long prev_speaker = 0;
  std::size_t prev_sentence = std::string::npos;
  std::size_t current = 0;  // the sentence for_sentence set

  // A bare pronoun ("ông", "bà") standing for the speaker continues the topic: when the
  // sentence before reported a claim, the pronoun is that claim's speaker ("Ông X cho biết A.
  // “B”, ông nói." — X says B even if another person is named in A); otherwise it is the
  // last person named, as the mention stage resolved it.
  long long speaker_id(const Mention& who, std::size_t si) const {
    if (who.pronoun && prev_speaker && prev_sentence + 1 == si) return prev_speaker;
    return who.actor_id;
  }

  void for_sentence(std::size_t si) {
    current = si;
    const auto& s = doc.sentences[si];
    speakers.clear();
    people.clear();
    for (auto k : idx.mentions(si)) {
      const auto& m = doc.mentions[k];
      if (s.in_quote(m.span.begin)) continue;
      if (m.actor_kind == "person") people.push_back(k);
      if ((m.actor_id || m.pronoun) && !m.in_title && !in_parens(m.span.begin, s)) speakers.push_back(k);
    }
  }

  std::string_view between(std::size_t a_end, std::size_t b_begin) const {
    return std::string_view(doc.clean).substr(a_end, b_begin > a_end ? b_begin - a_end : 0);
  }

  bool in_parens(std::size_t at, const Sentence& s) const { return idx.in_parens(s.span.begin, at); }

  // A second verb of saying after `from`, outside quotations, right after a word that joins
  // it to the first ("…, đồng thời cho biết …", "… và nhấn mạnh: …"): where the joining word
  // starts, and the token after the verb.
  struct Joined { std::size_t joiner, after; bool participle = false; };
  // (`and_too`: "and", "but" join too, after a naming frame: "described X as Y but said …")
  std::optional<Joined> joined_verb(std::size_t from, const Sentence& s, std::size_t te, bool and_too = false) const {
    for (auto k = from; k < te; ++k) {
      if (s.in_quote(toks[k].span.begin)) continue;
      // A participle of saying after a comma joins itself ("…, Peskov said, adding that …").
      if (auto v = lx.speech_verbs.longest(toks, k, te); v.words && (*v.values)[0] == "participle" && comma_before(k))
        return Joined{k, k + v.words, true};
      if (k == from) continue;
      std::size_t joiner = 0;
      for (std::size_t w = 1; w <= 2 && w <= k - from && !joiner; ++w)
        if (auto j = lx.attribution.longest(toks, k - w, k);
            j.words == w && (j.has("then") || (and_too && j.has("and"))))
          joiner = k - w;
      if (!joiner) continue;
      if (auto v = lx.speech_verbs.longest(toks, k, te); v.words && (*v.values)[0] != "-" && (*v.values)[0] != "quoting")
        return Joined{joiner, k + v.words};
    }
    return std::nullopt;
  }

  // A line of its own, short and with no end punctuation, is a heading ("Nga phản đối lực
  // lượng gìn giữ hòa bình châu Âu"): like the headline, it names what the text reports.
  bool heading(const Sentence& s) const {
    constexpr std::size_t max_heading_words = 15;
    auto line_edge = [&](std::size_t at, int dir) {
      for (; dir < 0 ? at > 0 : at < doc.clean.size(); at += dir) {
        char c = doc.clean[dir < 0 ? at - 1 : at];
        if (c == '\n') return true;
        if (c != ' ' && c != '\t') return false;
      }
      return true;
    };
    auto text = std::string_view(doc.clean).substr(s.span.begin, s.span.end - s.span.begin);
    if (text::trim(text).empty() || !line_edge(s.span.begin, -1) || !line_edge(s.span.end, 1) || ends_sentence(text)) return false;
    return words_in(s.span) <= max_heading_words;
  }

  // A quotation opens the sentence before the speaker ("“…”, ông X nói").
  bool quote_before(const Mention& who, const Sentence& s) const {
    return !s.quotes.empty() && s.quotes.front().end <= who.span.begin && s.quotes.front().begin <= s.span.begin + 3;
  }

  // The word of the naming frame after token `from`, in the same clause ("gọi X là Y",
  // "described X as Y"): compared with its marks, as "la" is also "lá", "lạ".
  // (The named noun phrase may be long: "described sweeping new U.S. sanctions on the
  // country's two biggest oil producers as …": sixteen words.)
  bool as_follows(std::size_t from, std::size_t te) const {
    constexpr std::size_t max_named_words = 16;
    for (auto k = from; k < te && k < from + max_named_words; ++k) {
      if (k > from && between(toks[k - 1].span.end, toks[k].span.begin).find_first_of(",;:") != std::string_view::npos) return false;
      if (lx.naming_words.contains(toks[k].lower)) return true;
    }
    return false;
  }

  // The first token of the clause holding token k: after the last ",;:" before it, within
  // its sentence.
  std::size_t clause_start(std::size_t k) const {
    std::size_t first = token_at(toks, doc.sentences[current].span.begin);
    for (; k > first; --k)
      if (between(toks[k - 1].span.end, toks[k].span.begin).find_first_of(",;:") != std::string_view::npos) return k;
    return first;
  }

  // Words between a speaker and its verb, not counting a parenthesis ("Moscow Times (tờ
  // báo …) đưa tin"), counted up to one past max_gap_words; npos when a comma or a
  // negation stands between.
  std::size_t gap_words(std::size_t from_tok, std::size_t verb, const Sentence& s) const {
    std::size_t n = 0;
    for (auto k = from_tok; k < verb; ++k) {
      if (in_parens(toks[k].span.begin, s)) continue;
      auto c = lx.cues.longest(toks, k, verb);
      if (c.words && (*c.values)[0].status == "negated") return std::string::npos;
      if (++n > max_gap_words) return n;  // too far already: the gap's text need not be read
    }
    // From the end of the speaker's last word, also when the verb follows it at once ("Về
    // phía Nga, nói với báo giới …": the comma parts them).
    auto gap = between(from_tok > 0 ? toks[from_tok - 1].span.end : toks[verb].span.begin, toks[verb].span.begin);
    std::string outside;
    int depth = 0;
    for (char c : gap) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0 && c != ')') outside += c;
    }
    if (outside.find_first_of(",:;") != std::string::npos) return std::string::npos;
    return n;
  }

  // The verb at `verb` stands in a clause opened by a subordinator ("khi", "sau khi"): the
  // token after that clause's last word, else npos-like `te`.
  std::size_t subordinate_end(std::size_t verb, std::size_t tb, std::size_t te) const {
    std::size_t start = verb;
    while (start > tb && !comma_before(start)) --start;
    auto w = lx.attribution.longest(toks, start, verb);
    if (!w.words || std::find(w.values->begin(), w.values->end(), "subordinate") == w.values->end()) return te;
    for (auto k = verb + 1; k < te; ++k)
      if (comma_before(k)) return k;
    return te;
  }

  // The speaker named right after token `at` (over an honorific or a title): a mention
  // index, or -1.
  int quoted_after(std::size_t at, const Sentence& s) const {
    for (auto k : speakers) {
      const auto& m = doc.mentions[k];
      if (m.first_token < at) continue;
      if (m.first_token > at + 6 || m.span.begin >= s.span.end) return -1;
      return m.actor_kind == "person" ? static_cast<int>(k) : -1;
    }
    return -1;
  }

  bool opens_with_pronoun(std::size_t tb) const {
    for (auto k : people)
      if (doc.mentions[k].first_token == tb) return doc.mentions[k].pronoun;
    return false;
  }

  bool is_person(long long id) const {
    for (auto k : people)
      if (doc.mentions[k].actor_id == id) return true;
    return false;
  }

  // Where the phrase naming the speaker starts: back over its title, the country in it and
  // an honorific ("người phát ngôn Nhà Trắng Karoline Leavitt", "ông Peskov").
  std::size_t start_of_speaker(const Mention& who) const {
    std::size_t k = who.first_token;
    for (int guard = 0; guard < 4 && k > 0 && !comma_before(k); ++guard) {
      std::size_t step = 0;
      for (std::size_t back = std::min<std::size_t>(6, k); back >= 1 && !step; --back)  // the longest: "Thủ tướng", not "tướng"
        if (lx.titles.longest(toks, k - back, k).words == back || lx.honorifics.longest(toks, k - back, k).words == back) step = back;
      // the country or body inside the title (mentions are in order of end_token)
      auto m = std::partition_point(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& x) { return x.end_token < k; });
      for (; !step && m != doc.mentions.end() && m->end_token == k; ++m)
        if (m->in_title) step = k - m->first_token;
      // "Russia's Foreign Ministry spokeswoman": the possessive's "s" after an apostrophe
      if (!step && k > 1 && toks[k - 1].folded == "s" && toks[k - 1].span.begin - toks[k - 2].span.end <= 3 &&
          toks[k - 1].span.begin > toks[k - 2].span.end)
        step = 1;
      if (!step) break;
      k -= step;
    }
    return k;
  }

  // A colon or an opening quotation mark after token k, before its clause ends.
  bool colon_or_quote_on(std::size_t k, const Sentence& s) const {
    for (; k < toks.size() && toks[k].span.end < s.span.end; ++k) {
      auto gap = between(toks[k].span.end, k + 1 < toks.size() ? std::min(toks[k + 1].span.begin, s.span.end) : s.span.end);
      if (gap.find(':') != std::string_view::npos || gap.find("\"") != std::string_view::npos || gap.find("“") != std::string_view::npos)
        return true;
      if (gap.find_first_of(",;") != std::string_view::npos) return false;
    }
    return false;
  }

  // The subject of the sentence up to token k: the first who may speak, named outside
  // quotations ("Dmitry Medvedev, the deputy chairman …, went further, writing that …").
  int subject(std::size_t k, const Sentence& s) const {
    for (auto m : speakers)
      if (doc.mentions[m].span.begin >= s.span.begin && doc.mentions[m].end_token <= k) return static_cast<int>(m);
    return -1;
  }
  // A person's name (or title) ends right before token k, but for punctuation.
  bool person_ends_at(std::size_t k) const {
    return std::any_of(people.begin(), people.end(), [&](std::size_t m) { return doc.mentions[m].end_token == k; });
  }
  // Another verb of saying in [from, te), outside quotations.
  bool speech_verb_after(std::size_t from, std::size_t te) const { return next_speech_verb(from, te, false); }
  // Its token, or 0; in_clause: before the clause ends ("… trả lời phóng viên, đồng thời
  // khẳng định": a second statement, the first still the answer's).
  std::size_t next_speech_verb(std::size_t from, std::size_t te, bool in_clause) const {
    for (auto k = from; k < te && !(in_clause && k > from && comma_before(k)); ++k)
      if (auto v = lx.speech_verbs.longest(toks, k, te); v.words && (*v.values)[0] != "-") return k;
    return 0;
  }
  // A comma or a closing quotation mark right before token k.
  bool inverted_before(std::size_t k) const {
    auto g = between(toks[k - 1].span.end, toks[k].span.begin);
    return g.find(',') != std::string_view::npos || g.find("\xE2\x80\x9D") != std::string_view::npos ||
           (g.find('"') != std::string_view::npos && g.find_first_not_of("\" ,") == std::string_view::npos);
  }
  // A quotation opens within the clause after token k ("called the move “a good signal”").
  bool quote_in_clause(std::size_t k, const Sentence& s) const {
    if (k >= toks.size()) return false;
    auto q = quote_after(toks[k - 1].span.end, s);
    return q && between(toks[k - 1].span.end, q->begin).find_first_of(";:") == std::string_view::npos &&
           words_in({toks[k - 1].span.end, q->begin}) <= 8;
  }
  bool comma_before(std::size_t k) const {
    return k > 0 && between(toks[k - 1].span.end, toks[k].span.begin).find(',') != std::string_view::npos;
  }

  // An aside between a speaker and the verb: ", người nhiều năm chỉ trích …, gọi" or ",
  // trong một cuộc phỏng vấn với Fox News, thì khuyên". Its first token, or npos.
  std::size_t aside_before(std::size_t verb, std::size_t first) const {
    std::size_t v = verb;
    for (int guard = 0; guard < 2 && v > first && !comma_before(v); ++guard) {
      auto a = lx.attribution.longest(toks, v - 1, v);
      if (!a.words || (*a.values)[0] != "adverb") break;
      --v;
    }
    if (!comma_before(v)) return std::string::npos;
    for (auto a = v; a-- > first;)
      if (comma_before(a)) {
        auto w = lx.attribution.longest(toks, a, v);
        bool opens = w.words && std::find(w.values->begin(), w.values->end(), "aside") != w.values->end();
        return opens ? a : std::string::npos;
      }
    return std::string::npos;
  }

  // The speaker of the verb at token `verb`: a mention index, or -1. The nearest speaker
  // ending before the verb, found by binary search (end_token never decreases).
  int speaker(std::size_t verb, const Sentence& s) const {
    auto ends_before = [&](std::size_t k) { return doc.mentions[k].end_token <= verb; };
    // "Sisi, who announced that …": a relative pronoun's antecedent speaks.
    std::size_t v = verb;
    for (int guard = 0; guard < 2 && v > 0; ++guard)
      if (auto a = lx.attribution.longest(toks, v - 1, v); a.words == 1 && (*a.values)[0] == "adverb") --v;
    if (v > 1 && comma_before(v - 1))
      if (auto r = lx.attribution.longest(toks, v - 1, v);
          r.words == 1 && r.has("relative")) {
        auto sp = std::partition_point(speakers.begin(), speakers.end(), [&](std::size_t k) { return doc.mentions[k].end_token < v - 1; });
        if (sp != speakers.end() && doc.mentions[*sp].end_token == v - 1 && doc.mentions[*sp].actor_kind == "person")
          return static_cast<int>(*sp);
      }
    if (auto a = aside_before(verb, token_at(toks, s.span.begin)); a != std::string::npos) {
      auto sp = std::partition_point(speakers.begin(), speakers.end(), [&](std::size_t k) { return doc.mentions[k].end_token <= a; });
      if (sp != speakers.begin() && doc.mentions[*(sp - 1)].end_token == a && doc.mentions[*(sp - 1)].actor_kind == "person")
        return static_cast<int>(*(sp - 1));
    }
    auto sp = std::partition_point(speakers.begin(), speakers.end(), ends_before);
    if (sp == speakers.begin()) return -1;
    std::size_t nearest = *(sp - 1);
    // Apposition: "ông X, Vụ trưởng … Bộ Ngoại giao Nga cho biết" — the person speaks.
    // (Not when the title names its own holder: "Sau cuộc gặp với ông X, Thủ tướng Y cho biết".)
    auto pp = std::partition_point(people.begin(), people.end(), [&](std::size_t k) { return k <= nearest; });
    while (doc.mentions[nearest].actor_kind != "person" && pp != people.begin()) {
      const auto& p = doc.mentions[*--pp];
      if (p.end_token >= verb) continue;
      if (between(p.span.end, toks[p.end_token].span.begin).find(',') != std::string::npos &&
          lx.titles.longest(toks, p.end_token, verb).words)
        return static_cast<int>(*pp);
      break;
    }
    // "X điện đàm với Y và cho biết …": a verb joined by "và" has the clause's subject, the
    // first speaker of the clause, not the nearest name.
    std::size_t joined = verb;  // over adverbs: "và sau đó thông báo"
    for (int guard = 0; guard < 3 && joined > 0; ++guard) {
      auto a = lx.attribution.longest(toks, joined - 1, joined);
      if (!a.words || (*a.values)[0] != "adverb") {
        bool two = joined > 1 && lx.attribution.longest(toks, joined - 2, joined).words == 2 &&
                   (*lx.attribution.longest(toks, joined - 2, joined).values)[0] == "adverb";
        if (!two) break;
        joined -= 2;
        continue;
      }
      --joined;
    }
    if (joined > 0 && lx.attribution.longest(toks, joined - 1, joined).words &&
        (*lx.attribution.longest(toks, joined - 1, joined).values)[0] == "and") {
      std::size_t from = clause_start(joined - 1);
      for (auto k : speakers)
        if (doc.mentions[k].first_token >= from && doc.mentions[k].end_token < verb) return static_cast<int>(k);
      // ", and told him that …" opens a clause of its own: the sentence's subject.
      if (comma_before(joined - 1))
        if (int subj = subject(verb, s); subj >= 0) return subj;
    }
    // "Ông X từng khiến đồng minh lo ngại khi nói …": a verb of saying right after "khi" that
    // follows its main clause has no subject of its own — the main clause's person speaks.
    for (std::size_t w = 1; w <= 2 && w < joined; ++w)
      if (auto a = lx.attribution.longest(toks, joined - w, joined); a.words == w && a.has("subordinate")) {
        std::size_t conj = joined - w, from = clause_start(conj);
        if (conj == from) break;
        for (auto k : speakers)
          if (doc.mentions[k].first_token >= from && doc.mentions[k].end_token <= conj)
            return doc.mentions[k].actor_kind == "person" ? static_cast<int>(k) : -1;
        break;
      }
    const auto& m = doc.mentions[nearest];
    // "người phát ngôn của ông X, [ông] Serhii Nykyforov, thông báo": a person set off by
    // commas right before the verb is its subject.
    if (m.actor_kind == "person" && m.end_token == verb && m.first_token > 0 &&
        text::trim(std::string(between(m.span.end, toks[verb].span.begin))) == ",") {
      std::size_t first = m.first_token;
      for (std::size_t h = 1; h <= 2 && h < first; ++h)
        if (lx.honorifics.longest(toks, first - h, first).words == h) { first -= h; break; }
      if (text::trim(std::string(between(toks[first - 1].span.end, toks[first].span.begin))) == ",") return static_cast<int>(nearest);
    }
    auto gap = gap_words(m.end_token, verb, s);
    return gap <= max_gap_words ? static_cast<int>(nearest) : -1;
  }

  // Content after the verb: skip "rằng", ":" and ",".
  std::size_t content_begin(std::size_t after_verb, const Sentence& s) const {
    std::size_t at = after_verb < toks.size() ? toks[after_verb - 1].span.end : s.span.end;
    if (auto that = that_end(after_verb, s)) at = toks[*that - 1].span.end;
    while (at < s.span.end && (doc.clean[at] == ' ' || doc.clean[at] == ':' || doc.clean[at] == ',')) ++at;
    return at;
  }

  // The token after the "rằng" that opens the statement of the verb ending before
  // after_verb, if one does.
  std::optional<std::size_t> that_end(std::size_t after_verb, const Sentence& s) const {
    // "rằng" right after the verb, or a few words on ("nói với ông Rubio rằng"), in its clause.
    // Farther on only past an adjunct (to whom, where, when: "thông báo trên mạng xã hội X
    // hôm thứ Sáu rằng"), not past words that may hold a verb of their own ("nhất trí rằng").
    bool adjunct = false;
    if (after_verb > 0 && after_verb < toks.size()) {  // the verb's own "với" ("nói với các phóng viên") counts
      auto own = lx.attribution.longest(toks, after_verb - 1, after_verb);
      adjunct = own.words && (*own.values)[0] == "with";
    }
    if (!adjunct && after_verb < toks.size()) {
      auto a = lx.attribution.longest(toks, after_verb, toks.size());
      // (a date read there, not a word a date may start with: "the" of "said the sanctions were …")
      auto at = toks[after_verb].span.begin;
      auto d = std::partition_point(doc.dates.begin(), doc.dates.end(), [&](const DateMention& x) { return x.span.begin < at; });
      adjunct = lx.locatives.longest(toks, after_verb, toks.size()).words || (d != doc.dates.end() && d->span.begin == at) ||
                (a.words && std::any_of(a.values->begin(), a.values->end(), [](const std::string& k) {
                  return k == "with" || k == "intransitive" || k == "adjunct";
                }));
    }
    std::size_t reach = adjunct ? max_that_gap : max_that_near;
    // An adverb set off by commas right after the verb ("warned, however, that …").
    std::size_t aside_end = after_verb;
    if (after_verb < toks.size() && comma_before(after_verb))
      if (auto a = lx.attribution.longest(toks, after_verb, toks.size());
          a.words && (*a.values)[0] == "adverb" && after_verb + a.words < toks.size() && comma_before(after_verb + a.words))
        aside_end = after_verb + a.words;
    for (std::size_t k = after_verb; k < toks.size() && k < after_verb + reach && toks[k].span.begin < s.span.end; ++k) {
      // (also right after the verb: "nói: “Tôi tin rằng …”" quotes its own "rằng")
      if (k > 0 && (k > aside_end || aside_end == after_verb) &&
          between(toks[k - 1].span.end, toks[k].span.begin).find_first_of(",:\"“") != std::string::npos)
        break;
      if (k < aside_end) continue;
      // "cho biết ông đã nói với Putin rằng …": that "rằng" is the other verb's
      if (k > after_verb && lx.speech_verbs.longest(toks, k, toks.size()).words) break;
      auto that = lx.attribution.longest(toks, k, toks.size());
      if (that.words && (*that.values)[0] == "that") return k + that.words;
    }
    return std::nullopt;
  }

  const Span* quote_after(std::size_t at, const Sentence& s) const {
    auto q = std::partition_point(s.quotes.begin(), s.quotes.end(), [&](const Span& x) { return x.begin < at; });
    return q == s.quotes.end() ? nullptr : &*q;
  }

  // Words of `sp` outside the date mentions of sentence si: "hôm 17/10" says only when.
  std::size_t words_after_dates(Span sp, std::size_t si) const {
    std::size_t n = words_in(sp);
    for (const auto& d : idx.dates(si))
      if (d.span.begin >= sp.begin && d.span.end <= sp.end) n -= std::min(n, words_in(d.span));
    return n;
  }

  // Tokens are in text order and disjoint: those inside `sp` are one run of them.
  std::size_t words_in(Span sp) const {
    auto b = token_at(toks, sp.begin);
    auto e = std::partition_point(toks.begin() + static_cast<std::ptrdiff_t>(b), toks.end(),
                                  [&](const Token& t) { return t.span.end <= sp.end; }) - toks.begin();
    return static_cast<std::size_t>(e) - b;
  }

  static Span trimmed(const std::string& text, Span sp) {
    auto drop = [&](std::size_t i) { char c = text[i]; return c == ' ' || c == '.' || c == ',' || c == '-'; };
    while (sp.begin < sp.end && drop(sp.begin)) ++sp.begin;
    while (sp.end > sp.begin && drop(sp.end - 1)) --sp.end;
    // A dash left before the text, as an aside closes: "ông Dmitry Peskov – đã bác bỏ".
    for (bool more = true; more;) {
      more = false;
      for (std::string_view dash : {"–", "—", "-"})
        if (doc_starts(text, sp, dash)) sp.begin += dash.size(), more = true;
      while (sp.begin < sp.end && text[sp.begin] == ' ') ++sp.begin;
    }
    return sp;
  }
  static bool doc_starts(const std::string& text, Span sp, std::string_view w) {
    return sp.end - sp.begin >= w.size() && std::string_view(text).substr(sp.begin, w.size()) == w;
  }

  // (`lead_quote`: a quotation opening the sentence before the speaker may be the statement;
  // not for a second verb of the same speaker)
  // (`inverted`: the verb stands before the speaker, "…, said Peskov", at that token)
  std::optional<ClaimFact> make(const Mention& who, std::size_t verb_end_tok, bool stance, const Sentence& s, std::size_t si,
                                bool lead_quote = true, std::size_t inverted = std::string::npos) const {
    ClaimFact c;
    c.speaker_id = speaker_id(who, si);
    c.sentence = si;
    std::size_t cb = content_begin(verb_end_tok, s);
    c.content = {cb, s.span.end};
    // "“…”, ông X nói …": the quotation that opens the sentence and ends before the speaker.
    for (const auto& qq : s.quotes) {
      if (!lead_quote || qq.end > who.span.begin || qq.begin > s.span.begin + 3) break;
      auto gap = between(qq.end, who.span.begin);
      // Quote, comma, then who: "”, ông Lavrov nói" or "”, người phát ngôn Bộ Ngoại giao X cho biết".
      if (gap.find_first_of(".:;") == std::string::npos && words_in({qq.end, who.span.begin}) <= 10) {
        c.direct = true;
        c.span = qq;
        c.content = qq;
        c.text = text::trim(doc.clean.substr(qq.begin, qq.end - qq.begin));
        c.rule = "“quotation”, speaker verb";
        finish(c, s, qq);
        return c;
      }
    }
    if (verb_end_tok < toks.size() && toks[verb_end_tok].span.begin < s.span.end) {
      auto intr = lx.attribution.longest(toks, verb_end_tok, toks.size());
      bool right_after = between(toks[verb_end_tok - 1].span.end, toks[verb_end_tok].span.begin).find_first_not_of(' ') == std::string::npos;
      // "phát biểu tại hội nghị", "nói với báo giới": no statement follows — unless, before
      // the clause ends, a colon or a quotation brings one ("khẳng định với báo giới: “…”",
      // "phát biểu trước Hạ viện: …"), or a "rằng" ("nói tại cuộc họp báo ở Paris rằng …").
      // A statement before the speaker is still what was said ("A, X said in an interview").
      if (intr.words && (*intr.values)[0] == "intransitive" && right_after &&
          !that_end(verb_end_tok, s) && !colon_or_quote_on(verb_end_tok + intr.words - 1, s)) {
        std::size_t first = inverted != std::string::npos ? inverted : start_of_speaker(who);
        if (first == 0 || !comma_before(first) || toks[first - 1].span.end <= s.span.begin ||
            words_in({s.span.begin, toks[first - 1].span.end}) < 3 || s.in_quote(toks[first - 1].span.begin))
          return std::nullopt;
        Span text = trimmed(doc.clean, {s.span.begin, toks[first - 1].span.end});
        c.span = text;
        c.text = text::trim(doc.clean.substr(text.begin, text.end - text.begin));
        c.rule = "statement, speaker verb (where, when)";
        finish(c, s, text);
        return c;
      }
      // "tuyên bố [đã] hủy …", "announced the cancellation": an announced act is an event,
      // not a statement.
      std::size_t k = verb_end_tok;
      for (int guard = 0; guard < 2 && k < toks.size(); ++guard)
        if (auto a = lx.attribution.longest(toks, k, toks.size());
            a.words && ((*a.values)[0] == "adverb" || a.has("determiner")))
          k += a.words;
      auto act = lx.cues.longest(toks, std::min(k, toks.size()), toks.size());
      if (act.words && (*act.values)[0].status == "cancelled" && right_after) return std::nullopt;
    }
    // "cảnh báo về nguy cơ …", "lên tiếng về cuộc gặp": what it was about, not what was
    // said — unless a quotation follows.
    if (std::size_t at = token_at(toks, cb); at < toks.size() && toks[at].span.begin < s.span.end) {
      auto w = lx.attribution.longest(toks, at, at + 1);
      if (w.words && (*w.values)[0] == "topic" && !quote_after(cb, s)) return std::nullopt;
    }
    // The statement is a quotation right after the verb, or after a colon later on.
    Span text = trimmed(doc.clean, {cb, s.span.end});
    auto q = quote_after(cb, s);
    auto colon = std::string_view(doc.clean).substr(cb, s.span.end - cb).find(':');
    // A quotation that only opens the statement ("“trong hai tuần tới” sẽ rõ …") is part
    // of it: the statement runs on to the end of the sentence.
    bool opens_only = q && q->begin <= cb + 3 && words_in({q->end, s.span.end}) >= 2 &&
                      (colon == std::string::npos || q->begin < cb + colon);
    if (q && !opens_only && (q->begin <= cb + 3 || (colon != std::string::npos && q->begin > cb + colon))) {
      text = *q;
      c.direct = true;
      c.rule = "speaker verb: “quotation”";
    } else if (words_after_dates(text, si) < 2) {
      // Nothing after the verb but when: the quotation before the speaker ("“…”, ông X
      // nói"), or the clause before it ("Cuộc gặp đã bị hủy, Nhà Trắng thông báo hôm 17/10").
      const Span* before = nullptr;
      for (const auto& qq : s.quotes)
        if (qq.end <= who.span.begin) before = &qq;
      if (before) {
        text = *before;
        c.direct = true;
        c.rule = "“quotation” … speaker verb";
      } else {
        std::size_t first = inverted != std::string::npos ? inverted : start_of_speaker(who);
        if (first == 0 || !comma_before(first) || toks[first - 1].span.end <= s.span.begin) return std::nullopt;
        text = trimmed(doc.clean, {s.span.begin, toks[first - 1].span.end});
        if (words_in(text) < 3) return std::nullopt;
        c.rule = "statement, speaker verb";
      }
    } else if (stance && words_in(text) <= max_object_words &&
               !(verb_end_tok < toks.size() && toks[verb_end_tok].span.end <= cb &&
                 lx.attribution.longest(toks, verb_end_tok, verb_end_tok + 1).words)) {
      // A stance taken towards a thing ("đã bác bỏ tin đồn trên", "lên án vụ tấn công"):
      // the verb phrase is what was said. A longer complement is a clause ("chỉ trích các
      // cuộc thảo luận đã kéo dài quá lâu"), and with "rằng" it is a statement like any other.
      // From the speaker on, or from the end of an aside between them ("ông Peskov, trong
      // cuộc phỏng vấn với Fox News, đã bác bỏ …").
      std::size_t from = who.span.end;
      for (auto k = who.end_token; k < verb_end_tok; ++k)
        if (comma_before(k)) from = toks[k].span.begin;
      text = trimmed(doc.clean, {from, s.span.end});
      c.rule = "speaker stance-verb object (the verb phrase)";
    } else {
      c.rule = "speaker verb [rằng] statement";
      for (const auto& qq : s.quotes)
        if (qq.begin >= text.begin && qq.end <= text.end && words_in(qq) >= 4) c.direct = true;
    }
    c.span = text;
    c.text = text::trim(doc.clean.substr(text.begin, text.end - text.begin));
    // Two words reported are no statement: "… liệu bà có rút lại phát biểu hay không".
    constexpr std::size_t min_reported_words = 3;
    if (c.text.empty() || (!c.direct && words_in(text) < min_reported_words)) return std::nullopt;
    finish(c, s, text);
    return c;
  }

  // Date from the frame (outside the statement and the quotations); actors it is about.
  void finish(ClaimFact& c, const Sentence& s, Span text) const {
    while (!c.text.empty() && (c.text.back() == '.' || c.text.back() == ' ')) c.text.pop_back();
    for (const auto& d : idx.dates(c.sentence))
      if (!c.content.contains(d.span.begin) && !s.in_quote(d.span.begin) && !text.contains(d.span.begin))
        c.date = d.range;
    for (auto k : idx.mentions(c.sentence))  // the statement lies in its sentence
      if (const auto& m = doc.mentions[k]; text.contains(m.span.begin) && m.actor_id && m.actor_id != c.speaker_id && !m.in_title)
        c.about.push_back(m.actor_id);
  }

  // "Theo X, …": X said it; or "Theo <source>, ông Y “…”": Y did.
  std::optional<ClaimFact> according_to(const Sentence& s, std::size_t si, std::size_t tb, std::size_t te) const {
    for (auto k = tb; k < te; ++k) {
      auto src = lx.attribution.longest(toks, k, te);
      if (!src.words || (*src.values)[0] != "source") continue;
      if (k != tb && between(toks[k - 1].span.end, toks[k].span.begin).find(',') == std::string::npos) continue;
      auto comma = between(toks[k].span.end, s.span.end).find(',');  // within the sentence only
      if (comma == std::string::npos) return std::nullopt;
      comma += toks[k].span.end;
      const Mention* x = nullptr;
      const Mention* after = nullptr;
      for (auto mk : idx.mentions(si)) {  // both lie in the sentence
        const auto& m = doc.mentions[mk];
        if (!m.actor_id || m.in_title) continue;
        // the head of the phrase, its last name ("according to the US news portal Axios")
        if (m.span.begin > toks[k].span.end && m.span.end <= comma) x = &m;
        if (m.span.begin > comma && m.span.begin < s.span.end && !after) after = &m;
      }
      if (!x) return std::nullopt;
      const Mention* who = x->actor_kind == "person" ? x : nullptr;
      std::size_t from = comma + 1;
      if (!who && after && after->actor_kind == "person") {
        auto q = quote_after(after->span.end, s);
        if (q && q->begin <= after->span.end + 4) who = after, from = after->span.end;
      }
      // "Theo thông báo của Điện Kremlin, …", "Theo Iran, …": a body or a country tells it
      // when no person is quoted after.
      if (!who) who = x;
      if (!speaker_id(*who, si)) return std::nullopt;
      ClaimFact c;
      c.speaker_id = speaker_id(*who, si);
      c.sentence = si;
      c.content = {from, s.span.end};
      c.span = trimmed(doc.clean, c.content);
      c.text = text::trim(doc.clean.substr(c.span.begin, c.span.end - c.span.begin));
      c.rule = who != x ? "theo source, X “quotation”" : x->actor_kind == "person" ? "theo X, statement" : "theo body or country, statement";
      while (!c.text.empty() && c.text.back() == '.') c.text.pop_back();
      for (const auto& qq : s.quotes)
        if (qq.begin >= c.span.begin && words_in(qq) >= 4) c.direct = true;
      return c;
    }
    return std::nullopt;
  }
};

}  // namespace

std::vector<ClaimFact> find_claims(const Document& doc, const Lexicon& lx) {
  SentenceIndex idx(doc);
  Finder f{doc, lx, doc.tokens, idx, {}, {}};
  std::vector<ClaimFact> out;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const auto& s = doc.sentences[si];
    // A headline says what the article reports; the article's sentences say who said it.
    if (!doc.title.empty() && text::trim(doc.clean.substr(s.span.begin, s.span.end - s.span.begin)) == text::trim(doc.title)) continue;
    if (f.heading(s)) continue;
    f.for_sentence(si);
    std::size_t tb = token_at(doc.tokens, s.span.begin), te = token_at(doc.tokens, s.span.end);
    std::optional<ClaimFact> found;
    // "Theo ông Lavrov, …": the person the sentence opens with tells all of it, whatever
    // verbs of saying follow ("… một số điểm mà Moskva chia sẻ").
    if (auto src = lx.attribution.longest(doc.tokens, tb, te); src.words && (*src.values)[0] == "source")
      if (auto c = f.according_to(s, si, tb, tb + 1); c && f.is_person(c->speaker_id)) found = std::move(c);
    // "Khi ông Lavrov nói A, bà Brennan phản bác: “B”": a statement in a clause opened by
    // "khi" ends with that clause, and the main clause may hold another.
    std::optional<ClaimFact> before, also;
    int answering = -1;  // who answers, when a verb of answering gave way to the next verb
    for (std::size_t i = tb; i < te && !found; ++i) {
      if (s.in_quote(doc.tokens[i].span.begin)) continue;
      auto v = lx.speech_verbs.longest(doc.tokens, i, te);
      if (!v.words) continue;
      // The longest phrase wins across the lexicons: "trả lời phỏng vấn" is an interview, not
      // "trả lời" (answer) saying something — unless a statement follows it in its clause
      // ("trả lời phỏng vấn báo X rằng …", "… báo X: “…”"), and the whole phrase is the verb.
      std::size_t vw = v.words;
      if (auto t = lx.triggers.longest(doc.tokens, i, te); t.words > v.words) {
        if (!f.that_end(i + t.words, s) && !f.colon_or_quote_on(i + t.words - 1, s)) { i += t.words - 1; continue; }
        vw = t.words;
      }
      // "khi trả lời báo chí tại Manila cho rằng …": the verb of answering names who asks; the
      // verb of saying after it tells the statement.
      if (auto next = (*v.values)[0] == "answer" ? f.next_speech_verb(i + vw, te, true) : 0;
          next && f.between(doc.tokens[i + vw - 1].span.end, doc.tokens[next].span.begin).find_first_of(":\"") == std::string_view::npos &&
          !f.that_end(i + vw, s)) {
        answering = f.speaker(i, s);
        i += vw - 1;
        continue;
      }
      bool passive = i > tb && lx.attribution.longest(doc.tokens, i - 1, i).words &&
                     (*lx.attribution.longest(doc.tokens, i - 1, i).values)[0] == "passive";
      // A naming verb says something in its frame: "gọi X là Y", "described X as Y", or
      // with a quotation for what X is called ("called the move “a good signal”").
      bool naming_frame = (*v.values)[0] != "naming" || f.as_follows(i + vw, te) || f.quote_in_clause(i + vw, s);
      // "TASS dẫn lời ông Peskov: “…”": the one quoted speaks, named after the verb. When a
      // verb of saying follows him ("dẫn lời ông Peskov cho biết …"), that verb decides.
      std::size_t said = i + vw;
      if ((*v.values)[0] == "quoting") {
        int quoted = f.quoted_after(said, s);
        if (quoted >= 0) {
          auto next = doc.mentions[static_cast<std::size_t>(quoted)].end_token;
          if (next < te && lx.speech_verbs.longest(doc.tokens, next, te).words) { i += vw - 1; continue; }
          found = f.make(doc.mentions[static_cast<std::size_t>(quoted)], next, false, s, si);
          if (found) found->rule = "source dẫn lời X: statement";
        }
        i += vw - 1;
        continue;
      }
      // Quotative inversion: a verb of saying right after a comma or a quotation, with the
      // speaker named after it ("“…”, said Kremlin spokesman Dmitry Peskov").
      // (Only where no speaker stands before the verb, and with a name, not a pronoun: "…,
      // cho biết ông kỳ vọng …" is "said he hopes".)
      if ((*v.values)[0] == "say" && i > tb && f.inverted_before(i) && f.speaker(i, s) < 0) {
        if (int after = f.quoted_after(i + vw, s); after >= 0) {
          const auto& m = doc.mentions[static_cast<std::size_t>(after)];
          // right after the verb, over a title and whom it serves only ("said Timor-Leste's
          // Prime Minister Xanana Gusmão")
          if (!m.pronoun && m.via != Via::pronoun && f.start_of_speaker(m) <= i + vw && f.speaker_id(m, si)) found = f.make(m, m.end_token, false, s, si, true, i);
          if (found) {
            found->rule = "statement, verb speaker";
            break;
          }
        }
      }
      if ((*v.values)[0] != "-" && !passive && naming_frame) {
        int who = (*v.values)[0] == "participle" && f.comma_before(i) ? f.subject(i, s) : f.speaker(i, s);
        if (answering >= 0) who = answering;
        // "Ông X vui vẻ nhận lời, cho biết …": a verb of saying opening a clause of its own
        // after a comma, with no speaker of its own, goes on with the sentence's subject, a
        // person; not a fronted phrase whose speaker follows ("Nói với báo giới, ông X cho
        // biết"), nor an apposition's name before the comma.
        if (who < 0 && f.comma_before(i) && !s.in_quote(doc.tokens[i].span.begin) && !f.person_ends_at(i) &&
            !f.speech_verb_after(i + vw, te))
          if (int subj = f.subject(i, s); subj >= 0 && doc.mentions[static_cast<std::size_t>(subj)].actor_kind == "person") who = subj;
        std::size_t end = before ? te : f.subordinate_end(i, tb, te);
        Sentence clause = s;  // the statement's room: the sentence, or the "khi" clause
        if (end < te) {
          clause.span.end = doc.tokens[end - 1].span.end;
          std::erase_if(clause.quotes, [&](const Span& q) { return q.end > clause.span.end; });
        }
        // ("quan chức này" with no one before it speaks for nobody)
        if (who >= 0 && f.speaker_id(doc.mentions[static_cast<std::size_t>(who)], si)) {
          const auto& speaker = doc.mentions[static_cast<std::size_t>(who)];
          bool stance = (*v.values)[0] == "stance";
          // A second verb joined to the first says a second thing when the first said a
          // quotation before the speaker ("“…”, ông X viết trên mạng xã hội, đồng thời cho
          // biết …") or the second brings one ("ông X nói A và nhấn mạnh: “B”": A ends at
          // "và"). "X nhấn mạnh A, đồng thời bày tỏ B" stays one statement.
          // So does one after a naming frame ("described X as Y, and said …", "… but said …"),
          // and a participle of saying after a comma ("said A, stressing that B").
          bool naming = (*v.values)[0] == "naming";
          auto joined = end < te ? std::nullopt : f.joined_verb(i + vw, s, te, naming);
          if (joined && !naming && !joined->participle && !f.quote_before(speaker, s) && !f.colon_or_quote_on(joined->after - 1, s))
            joined.reset();
          if (joined) {
            Sentence first = s;
            first.span.end = doc.tokens[joined->joiner - 1].span.end;
            std::erase_if(first.quotes, [&](const Span& q) { return q.end > first.span.end; });
            found = f.make(speaker, i + vw, stance, first, si);
            if (found)
              if (auto more = f.make(speaker, joined->after, false, s, si, false);
                  more && more->span.begin > doc.tokens[joined->joiner].span.begin)
                also = std::move(more);
          }
          if (!found) found = f.make(speaker, i + vw, stance, clause, si), also.reset();
        }
        if (found && end < te) {
          before = std::move(found);
          found.reset();
          i = end - 1;
          continue;
        }
      }
      i += vw - 1;
    }
    if (!found && !before) found = f.according_to(s, si, tb, te);
    for (auto* c : {&before, &found, &also})
      if (*c) {
        f.prev_speaker = (*c)->speaker_id;
        f.prev_sentence = si;
        out.push_back(std::move(**c));
      }
    // "Ông từ chối nêu chi tiết." — a sentence that opens with a bare pronoun and says
    // nothing keeps the topic: the next "ông nói" is still the last speaker.
    if (!before && !found && f.prev_sentence + 1 == si && f.opens_with_pronoun(tb)) f.prev_sentence = si;
  }
  // A speaker's later statements in the article keep the date of the earlier ones.
  std::map<long long, std::optional<DateRange>> last;
  for (auto& c : out) {
    if (!c.date) c.date = last[c.speaker_id];
    if (c.date) last[c.speaker_id] = c.date;
  }
  return out;
}

void link_claims(std::vector<ClaimFact>& claims, const std::vector<EventFact>& events) {
  // The press conferences and interviews by sentence, and the first one of each participant
  // on each day: a claim looks up its candidates instead of walking every event.
  std::map<std::size_t, std::vector<std::size_t>> by_sentence;
  std::map<std::pair<long long, std::string>, std::size_t> first_on_day;
  auto day_key = [](long long actor, const DateRange& d) {
    return std::pair{actor, d.start_iso() + "/" + d.end_iso() + "/" + std::string(d.precision_name())};
  };
  for (std::size_t e = 0; e < events.size(); ++e) {
    const auto& ev = events[e];
    if (ev.type != "press_conference" && ev.type != "interview") continue;
    by_sentence[ev.sentence].push_back(e);
    for (auto s : ev.more_sentences) by_sentence[s].push_back(e);
    if (ev.date)
      for (auto p : ev.participants) first_on_day.try_emplace(day_key(p, *ev.date), e);
  }
  std::map<long long, std::optional<DateRange>> last_date;
  std::map<long long, int> last_event;
  for (auto& c : claims) {
    // The press conference or interview the speaker gives in the same sentence, the one
    // just before (“Phát biểu trong cuộc họp báo …, bà Zakharova …”. “Bà Zakharova nêu rõ: …”),
    // or on the same day: the first such event.
    if (c.event < 0) {
      std::size_t first = events.size();
      for (std::size_t s : {c.sentence, c.sentence - 1}) {
        if (s > c.sentence) continue;  // no sentence before the first
        if (auto it = by_sentence.find(s); it != by_sentence.end())
          for (auto e : it->second) {
            const auto& ps = events[e].participants;
            if (e < first && std::find(ps.begin(), ps.end(), c.speaker_id) != ps.end()) first = e;
          }
      }
      if (c.date)
        if (auto it = first_on_day.find(day_key(c.speaker_id, *c.date)); it != first_on_day.end()) first = std::min(first, it->second);
      if (first < events.size()) c.event = static_cast<int>(first);
    }
    // An undated statement continues the speaker's previous one: same occasion, same day.
    if (!c.date && c.event < 0 && last_event.count(c.speaker_id)) c.event = last_event[c.speaker_id];
    if (!c.date && c.event >= 0) c.date = events[static_cast<std::size_t>(c.event)].date;
    if (!c.date) c.date = last_date[c.speaker_id];
    if (c.date) last_date[c.speaker_id] = c.date;
    if (c.event >= 0) last_event[c.speaker_id] = c.event;
    else last_event.erase(c.speaker_id);
  }
}

}  // namespace kb::ingest
