#include "ingest/claims.hpp"

#include <algorithm>
#include <map>

#include "core/text.hpp"

namespace kb::ingest {

namespace {

struct Finder {
  const Document& doc;
  const Lexicon& lx;
  const std::vector<Token>& toks;

  std::string_view between(std::size_t a_end, std::size_t b_begin) const {
    return std::string_view(doc.clean).substr(a_end, b_begin > a_end ? b_begin - a_end : 0);
  }

  bool in_parens(std::size_t at, const Sentence& s) const {
    int depth = 0;
    for (auto i = s.span.begin; i < at; ++i) depth += doc.clean[i] == '(' ? 1 : doc.clean[i] == ')' ? -1 : 0;
    return depth > 0;
  }

  // Words between a speaker and its verb, not counting a parenthesis ("Moscow Times (tờ
  // báo …) đưa tin"); npos when a comma or a negation stands between.
  std::size_t gap_words(std::size_t from_tok, std::size_t verb, const Sentence& s) const {
    std::size_t n = 0;
    for (auto k = from_tok; k < verb; ++k) {
      if (in_parens(toks[k].span.begin, s)) continue;
      auto c = lx.cues.longest(toks, k, verb);
      if (c.words && (*c.values)[0].status == "negated") return std::string::npos;
      ++n;
    }
    auto gap = between(from_tok < verb && from_tok > 0 ? toks[from_tok - 1].span.end : toks[verb].span.begin, toks[verb].span.begin);
    std::string outside;
    int depth = 0;
    for (char c : gap) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0 && c != ')') outside += c;
    }
    if (outside.find_first_of(",:;") != std::string::npos) return std::string::npos;
    return n;
  }

  // The speaker of the verb at token `verb`: a mention index, or -1.
  int speaker(std::size_t verb, const Sentence& s) const {
    int nearest = -1;
    for (int k = 0; k < static_cast<int>(doc.mentions.size()); ++k) {
      const auto& m = doc.mentions[static_cast<std::size_t>(k)];
      if (m.span.begin < s.span.begin || m.end_token > verb || !m.actor_id || m.in_title) continue;
      if (s.in_quote(m.span.begin) || in_parens(m.span.begin, s)) continue;
      nearest = k;
    }
    if (nearest < 0) return -1;
    // Apposition: "ông X, Vụ trưởng … Bộ Ngoại giao Nga cho biết" — the person speaks.
    for (int k = nearest; k >= 0; --k) {
      const auto& p = doc.mentions[static_cast<std::size_t>(k)];
      if (p.span.begin < s.span.begin) break;
      if (p.actor_kind != "person" || s.in_quote(p.span.begin) || p.end_token >= verb) continue;
      if (between(p.span.end, toks[p.end_token].span.begin).find(',') != std::string::npos &&
          lx.titles.longest(toks, p.end_token, verb).words)
        return k;
      break;
    }
    const auto& m = doc.mentions[static_cast<std::size_t>(nearest)];
    auto gap = gap_words(m.end_token, verb, s);
    return gap <= 4 ? nearest : -1;
  }

  // Content after the verb: skip "rằng", ":" and ",".
  std::size_t content_begin(std::size_t after_verb, const Sentence& s) const {
    std::size_t at = after_verb < toks.size() ? toks[after_verb - 1].span.end : s.span.end;
    // "rằng" right after the verb, or a few words on ("nói với ông Rubio rằng").
    for (std::size_t k = after_verb; k < toks.size() && k < after_verb + 6 && toks[k].span.begin < s.span.end; ++k) {
      if (k > after_verb && between(toks[k - 1].span.end, toks[k].span.begin).find_first_of(",:\"“") != std::string::npos) break;
      auto that = lx.attribution.longest(toks, k, toks.size());
      if (that.words && (*that.values)[0] == "that") {
        at = toks[k + that.words - 1].span.end;
        break;
      }
    }
    while (at < s.span.end && (doc.clean[at] == ' ' || doc.clean[at] == ':' || doc.clean[at] == ',')) ++at;
    return at;
  }

  const Span* quote_after(std::size_t at, const Sentence& s) const {
    for (const auto& q : s.quotes)
      if (q.begin >= at) return &q;
    return nullptr;
  }

  std::size_t words_in(Span sp) const {
    std::size_t n = 0;
    for (const auto& t : toks) n += t.span.begin >= sp.begin && t.span.end <= sp.end;
    return n;
  }

  static Span trimmed(const std::string& text, Span sp) {
    auto drop = [&](std::size_t i) { char c = text[i]; return c == ' ' || c == '.' || c == ',' || c == '-'; };
    while (sp.begin < sp.end && drop(sp.begin)) ++sp.begin;
    while (sp.end > sp.begin && drop(sp.end - 1)) --sp.end;
    // "–" (en dash) left before the text: "ông Dmitry Peskov – đã bác bỏ"
    if (doc_starts(text, sp, "–")) sp.begin += 3;
    while (sp.begin < sp.end && text[sp.begin] == ' ') ++sp.begin;
    return sp;
  }
  static bool doc_starts(const std::string& text, Span sp, std::string_view w) {
    return sp.end - sp.begin >= w.size() && std::string_view(text).substr(sp.begin, w.size()) == w;
  }

  std::optional<ClaimFact> make(const Mention& who, std::size_t verb_end_tok, const Sentence& s, std::size_t si) const {
    ClaimFact c;
    c.speaker_id = who.actor_id;
    c.sentence = si;
    std::size_t cb = content_begin(verb_end_tok, s);
    c.content = {cb, s.span.end};
    // "“…”, ông X nói …": the quotation that opens the sentence and ends before the speaker.
    for (const auto& qq : s.quotes) {
      if (qq.end > who.span.begin || qq.begin > s.span.begin + 3) break;
      auto gap = between(qq.end, who.span.begin);
      // Quote, comma, then who: "”, ông Lavrov nói" or "”, người phát ngôn Bộ Ngoại giao X cho biết".
      if (gap.find_first_of(".:;") == std::string::npos && words_in({qq.end, who.span.begin}) <= 10) {
        c.direct = true;
        c.span = qq;
        c.content = qq;
        c.text = text::trim(doc.clean.substr(qq.begin, qq.end - qq.begin));
        finish(c, s, qq);
        return c;
      }
    }
    if (verb_end_tok < toks.size() && toks[verb_end_tok].span.begin < s.span.end) {
      auto intr = lx.attribution.longest(toks, verb_end_tok, toks.size());
      bool right_after = between(toks[verb_end_tok - 1].span.end, toks[verb_end_tok].span.begin).find_first_not_of(' ') == std::string::npos;
      if (intr.words && (*intr.values)[0] == "intransitive" && right_after) return std::nullopt;
      // "tuyên bố hủy …": an announced act is an event, not a statement.
      auto act = lx.cues.longest(toks, verb_end_tok, toks.size());
      if (act.words && (*act.values)[0].status == "cancelled" && right_after) return std::nullopt;
    }
    // The statement is a quotation right after the verb, or after a colon later on.
    Span text = trimmed(doc.clean, {cb, s.span.end});
    auto q = quote_after(cb, s);
    auto colon = std::string_view(doc.clean).substr(cb, s.span.end - cb).find(':');
    if (q && (q->begin <= cb + 3 || (colon != std::string::npos && q->begin > cb + colon))) {
      text = *q;
      c.direct = true;
    } else if (words_in(text) < 2) {
      // Nothing after the verb: the quotation before the speaker ("“…”, ông X nói").
      const Span* before = nullptr;
      for (const auto& qq : s.quotes)
        if (qq.end <= who.span.begin) before = &qq;
      if (!before) return std::nullopt;
      text = *before;
      c.direct = true;
    } else if (words_in(text) < 5) {
      // A bare speech act ("đã bác bỏ tin đồn trên"): keep the verb phrase.
      text = trimmed(doc.clean, {who.span.end, s.span.end});
    } else {
      for (const auto& qq : s.quotes)
        if (qq.begin >= text.begin && qq.end <= text.end && words_in(qq) >= 4) c.direct = true;
    }
    c.span = text;
    c.text = text::trim(doc.clean.substr(text.begin, text.end - text.begin));
    if (c.text.empty()) return std::nullopt;
    finish(c, s, text);
    return c;
  }

  // Date from the frame (outside the statement and the quotations); actors it is about.
  void finish(ClaimFact& c, const Sentence& s, Span text) const {
    while (!c.text.empty() && (c.text.back() == '.' || c.text.back() == ' ')) c.text.pop_back();
    for (const auto& d : doc.dates)
      if (s.span.contains(d.span.begin) && !c.content.contains(d.span.begin) && !s.in_quote(d.span.begin) &&
          !text.contains(d.span.begin))
        c.date = d.range;
    for (const auto& m : doc.mentions)
      if (text.contains(m.span.begin) && m.actor_id && m.actor_id != c.speaker_id && !m.in_title)
        c.about.push_back(m.actor_id);
  }

  // "Theo X, …": X said it; or "Theo <source>, ông Y “…”": Y did.
  std::optional<ClaimFact> according_to(const Sentence& s, std::size_t si, std::size_t tb, std::size_t te) const {
    for (auto k = tb; k < te; ++k) {
      auto src = lx.attribution.longest(toks, k, te);
      if (!src.words || (*src.values)[0] != "source") continue;
      if (k != tb && between(toks[k - 1].span.end, toks[k].span.begin).find(',') == std::string::npos) continue;
      auto comma = doc.clean.find(',', toks[k].span.end);
      if (comma == std::string::npos || comma >= s.span.end) return std::nullopt;
      const Mention* x = nullptr;
      const Mention* after = nullptr;
      for (const auto& m : doc.mentions) {
        if (!m.actor_id || m.in_title) continue;
        if (m.span.begin > toks[k].span.end && m.span.end <= comma && !x) x = &m;
        if (m.span.begin > comma && m.span.begin < s.span.end && !after) after = &m;
      }
      if (!x) return std::nullopt;
      const Mention* who = x->actor_kind == "person" ? x : nullptr;
      std::size_t from = comma + 1;
      if (!who && after && after->actor_kind == "person") {
        auto q = quote_after(after->span.end, s);
        if (q && q->begin <= after->span.end + 4) who = after, from = after->span.end;
      }
      if (!who) return std::nullopt;
      ClaimFact c;
      c.speaker_id = who->actor_id;
      c.sentence = si;
      c.content = {from, s.span.end};
      c.span = trimmed(doc.clean, c.content);
      c.text = text::trim(doc.clean.substr(c.span.begin, c.span.end - c.span.begin));
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
  Finder f{doc, lx, doc.tokens};
  std::vector<ClaimFact> out;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const auto& s = doc.sentences[si];
    std::size_t tb = token_at(doc.tokens, s.span.begin), te = token_at(doc.tokens, s.span.end);
    std::optional<ClaimFact> found;
    for (std::size_t i = tb; i < te && !found; ++i) {
      if (s.in_quote(doc.tokens[i].span.begin)) continue;
      auto v = lx.speech_verbs.longest(doc.tokens, i, te);
      if (!v.words) continue;
      bool passive = i > tb && lx.attribution.longest(doc.tokens, i - 1, i).words &&
                     (*lx.attribution.longest(doc.tokens, i - 1, i).values)[0] == "passive";
      if ((*v.values)[0] != "-" && !passive) {
        int who = f.speaker(i, s);
        if (who >= 0) found = f.make(doc.mentions[static_cast<std::size_t>(who)], i + v.words, s, si);
      }
      i += v.words - 1;
    }
    if (!found) found = f.according_to(s, si, tb, te);
    if (found) out.push_back(std::move(*found));
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
  std::map<long long, std::optional<DateRange>> last_date;
  std::map<long long, int> last_event;
  for (auto& c : claims) {
    // The press conference or interview the speaker gives in the same sentence, the one
    // just before (“Phát biểu trong cuộc họp báo …, bà Zakharova …”. “Bà Zakharova nêu rõ: …”),
    // or on the same day.
    for (std::size_t e = 0; e < events.size() && c.event < 0; ++e) {
      const auto& ev = events[e];
      if (ev.type != "press_conference" && ev.type != "interview") continue;
      if (std::find(ev.participants.begin(), ev.participants.end(), c.speaker_id) == ev.participants.end()) continue;
      bool near = false;
      for (auto s : ev.more_sentences) near = near || s == c.sentence || s + 1 == c.sentence;
      near = near || ev.sentence == c.sentence || ev.sentence + 1 == c.sentence;
      bool same_day = c.date && ev.date && *c.date == *ev.date;
      if (near || same_day) c.event = static_cast<int>(e);
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
