#include "ingest/lexicon.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>

#include "core/text.hpp"
#include "core/tsv.hpp"

namespace kb::ingest {

namespace {

// The closed vocabularies of the lexicons' kind columns: a word outside them is a typo the
// stages would silently ignore, so loading stops at it, naming file:line.
using Vocabulary = std::vector<std::pair<std::string_view, std::vector<std::string_view>>>;
const Vocabulary kinds_of = {
    {"triggers.tsv", {"meeting", "summit", "talks", "call", "visit", "press_conference", "interview", "statement",
                      "conference", "session", "travel", "go", "receive", "attend", "round", "-", ""}},
    {"boilerplate.tsv", {"end", "line", "credit", "heading"}},
    {"cues.tsv", {"planned", "cancelled", "negated", "generic", "anaphora", "relation", "occasion", "frame", "indefinite", "classifier", "ending", "opinion", "none"}},
    {"speech_verbs.tsv", {"say", "naming", "stance", "quoting", "participle", "answer", "-", ""}},
    {"attribution.tsv", {"source", "that", "adverb", "intransitive", "passive", "possessive", "comitative", "we", "I",
                         "with", "and", "delegation", "distributive", "aside", "topic", "topic_link", "asking", "count", "occurs", "bilateral", "subordinate", "by", "leads", "adjunct", "sequence", "plural", "then", "as", "determiner", "relative", "qualifier", "ordinal", "series"}},
};
const std::vector<std::string_view> cue_places = {"before", "after", "prev"};

// Reads one lexicon file and hands each row to `add`; a value of the second column (and of
// cues.tsv's `where`) outside its vocabulary is an error naming file:line.
template <class F>
std::optional<Error> each_row(const std::string& dir, const char* file, std::vector<std::string_view> cols, F add) {
  auto t = tsv::read(dir + "/" + file, cols);
  if (!t) return t.error();
  auto vocab = std::find_if(kinds_of.begin(), kinds_of.end(), [&](const auto& v) { return v.first == file; });
  for (const auto& r : t->rows) {
    std::vector<std::string> cells;
    for (auto c : cols) cells.push_back(t->get(r, c));
    if (cells[0].empty()) continue;
    auto bad = [&](const std::string& value, const std::vector<std::string_view>& allowed, std::string_view col) {
      if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return std::optional<Error>{};
      std::string list;
      for (auto a : allowed)
        if (!a.empty()) list += (list.empty() ? "" : ", ") + std::string(a);
      return std::optional<Error>{Error{fmt::format("unknown {} '{}' (one of: {})", col, value, list),
                                        t->path + ":" + std::to_string(r.line), {}}};
    };
    if (vocab != kinds_of.end())
      if (auto e = bad(cells[1], vocab->second, cols[1])) return e;
    if (std::string_view(file) == "cues.tsv")
      if (auto e = bad(cells[2], cue_places, cols[2])) return e;
    add(cells);
  }
  return std::nullopt;
}

// dates.tsv: a word of a class, or a pattern; an unknown kind or a bad value names file:line.
std::optional<Error> date_rows(const std::string& dir, Lexicon& lx) {
  static const std::pair<const char*, DateKind> kinds[] = {
      {"number", DateKind::number}, {"month_name", DateKind::month_name}, {"unit", DateKind::unit},
      {"weekday", DateKind::weekday}, {"weekday_shift", DateKind::weekday_shift}, {"part", DateKind::part},
      {"part_day", DateKind::part_day}, {"period", DateKind::period}, {"lead", DateKind::lead},
      {"prep", DateKind::prep}, {"future", DateKind::future}, {"limit", DateKind::limit},
      {"quantifier", DateKind::quantifier}, {"zone", DateKind::zone},
      {"range_from", DateKind::range_from}, {"range_to", DateKind::range_to}, {"approx", DateKind::approx},
      {"background", DateKind::background}, {"clock", DateKind::clock}, {"weekday_before", DateKind::weekday_before},
      {"byline", DateKind::byline}, {"ordinal_of", DateKind::ordinal_of}, {"stamp", DateKind::stamp},
      {"day", DateKind::day}, {"month", DateKind::month}, {"year", DateKind::year}, {"ref_day", DateKind::ref_day},
      {"ref_week", DateKind::ref_week}, {"ref_month", DateKind::ref_month}, {"ref_year", DateKind::ref_year},
      {"ref_shift", DateKind::ref_shift}, {"prev", DateKind::prev}, {"relation", DateKind::relation},
      {"then", DateKind::then}, {"none", DateKind::none}};
  auto path = dir + "/dates.tsv";
  auto t = tsv::read(path, {"phrase", "kind", "value"});
  if (!t) return t.error();
  for (const auto& r : t->rows) {
    auto phrase = t->get(r, "phrase"), kind = t->get(r, "kind"), value = t->get(r, "value");
    if (phrase.empty()) continue;
    auto where = path + ":" + std::to_string(r.line);
    auto k = std::find_if(std::begin(kinds), std::end(kinds), [&](const auto& p) { return kind == p.first; });
    if (kind == "setting") {
      if (phrase != "month first") return Error{"unknown date setting '" + phrase + "'", where, {}};
      lx.month_first = value == "1";
      continue;
    }
    if (kind == "ordinal") {  // a suffix of a day number: "st", "nd", "rd", "th"
      lx.ordinal_suffixes.insert(text::fold(phrase));
      continue;
    }
    if (k == std::end(kinds)) return Error{"unknown date kind '" + kind + "'", where, {}};
    int v = 0;
    if (!value.empty()) {
      auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
      if (ec != std::errc() || end != value.data() + value.size()) return Error{"value is not a number: '" + value + "'", where, {}};
    }
    if (static_cast<int>(k->second) < date_classes) {
      lx.date_class[static_cast<int>(k->second)].add(phrase, v);
      // The classes a date can start with (the others stand before or inside one).
      bool starts = k->second == DateKind::number || k->second == DateKind::weekday || k->second == DateKind::part ||
                    k->second == DateKind::period || k->second == DateKind::range_from ||
                    k->second == DateKind::weekday_before || k->second == DateKind::month_name;
      if (auto words = phrase_words(phrase, true); starts && !words.empty()) lx.date_starts.insert(words[0]);
      continue;
    }
    DateWord w{phrase, k->second, v, {}};
    for (std::size_t at = 0; at < phrase.size();) {
      auto sp = std::min(phrase.find(' ', at), phrase.size());
      auto piece = phrase.substr(at, sp - at);
      if (piece.starts_with('{') || piece == ",") w.words.push_back(piece);  // "," stands for a comma in the text
      else for (auto& word : phrase_words(piece, true)) w.words.push_back(std::move(word));
      at = sp + 1;
    }
    if (w.words.empty()) return Error{"a date pattern without words", where, {}};
    if (!w.words[0].starts_with('{')) lx.date_starts.insert(w.words[0]);
    lx.date_words.push_back(std::move(w));
  }
  std::stable_sort(lx.date_words.begin(), lx.date_words.end(),
                   [](const DateWord& a, const DateWord& b) { return a.words.size() > b.words.size(); });
  for (std::size_t i = 0; i < lx.date_words.size(); ++i) lx.date_first[lx.date_words[i].words[0]].push_back(i);
  return std::nullopt;
}

}  // namespace

Result<Lexicon> Lexicon::load(const std::string& dir) {
  Lexicon lx;
  using Cells = const std::vector<std::string>&;
  std::optional<Error> err;
  auto check = [&](std::optional<Error> e) { if (e && !err) err = std::move(e); };
  check(each_row(dir, "titles.tsv", {"phrase", "title", "former"},
                 [&](Cells c) { lx.titles.add(c[0], {c[1], c[2] == "yes"}); }));
  check(each_row(dir, "epithets.tsv", {"phrase", "title", "of"}, [&](Cells c) { lx.epithets.add(c[0], {c[1], c[2]}); }));
  check(each_row(dir, "honorifics.tsv", {"phrase"}, [&](Cells c) { lx.honorifics.add(c[0], 1); }));
  check(each_row(dir, "anaphors.tsv", {"phrase", "refers", "kinds"}, [&](Cells c) {
    lx.anaphors.add(c[0], c[1]);
    if (c[2] != "-") lx.anaphor_kinds.add(c[0], c[2]);
  }));
  check(each_row(dir, "triggers.tsv", {"phrase", "type"}, [&](Cells c) { lx.triggers.add(c[0], c[1].empty() ? "-" : c[1]); }));
  check(each_row(dir, "cues.tsv", {"cue", "status", "where"}, [&](Cells c) { lx.cues.add(c[0], {c[1], c[2]}); }));
  check(each_row(dir, "speech_verbs.tsv", {"phrase", "kind"},
                 [&](Cells c) { lx.speech_verbs.add(c[0], c[1].empty() ? "-" : c[1]); }));
  check(each_row(dir, "attribution.tsv", {"phrase", "kind"}, [&](Cells c) {
    lx.attribution.add(c[0], c[1]);
    if (c[1] == "as") lx.naming_words.insert(text::lower(c[0]));
  }));
  check(each_row(dir, "organisations.tsv", {"phrase"}, [&](Cells c) { lx.org_heads.add(c[0], 1); }));
  check(each_row(dir, "locatives.tsv", {"phrase"}, [&](Cells c) { lx.locatives.add(c[0], 1); }));
  check(each_row(dir, "place_nouns.tsv", {"phrase"}, [&](Cells c) { lx.place_nouns.add(c[0], 1); }));
  check(date_rows(dir, lx));
  check(each_row(dir, "markers.tsv", {"word"}, [&](Cells c) { lx.markers.insert(text::lower(c[0])); }));
  check(each_row(dir, "abbreviations.tsv", {"word"}, [&](Cells c) { lx.abbreviations.insert(text::lower(c[0])); }));
  check(each_row(dir, "name_particles.tsv", {"word"}, [&](Cells c) { lx.name_particles.insert(text::lower(c[0])); }));
  check(each_row(dir, "name_suffixes.tsv", {"word"}, [&](Cells c) { lx.name_suffixes.insert(text::lower(c[0])); }));
  // "=leader" rows name a group of classes the other rows may use.
  std::map<std::string, std::string> groups;
  std::vector<std::pair<std::string, std::string>> refs;
  check(each_row(dir, "referents.tsv", {"phrase", "who"}, [&](Cells c) {
    static const std::string any_title = " {title}";
    if (c[0][0] == '=') groups[c[0].substr(1)] = c[1];
    else if (c[0].size() > any_title.size() && c[0].ends_with(any_title)) lx.pair_words.add(c[0].substr(0, c[0].size() - any_title.size()), 1);
    else refs.emplace_back(c[0], c[1]);
  }));
  auto split = [](const std::string& s, std::vector<std::string>& out) {
    for (std::size_t b = 0; b <= s.size();) {
      auto e = std::min(s.find('|', b), s.size());
      if (e > b) out.push_back(s.substr(b, e - b));
      b = e + 1;
    }
  };
  for (const auto& [phrase, who] : refs) {
    std::vector<std::string> named, classes;
    split(who, named);
    for (const auto& w : named)
      if (auto gi = groups.find(w); gi != groups.end()) split(gi->second, classes);
      else classes.push_back(w);
    lx.referents.add(phrase, std::move(classes));
  }
  check(each_row(dir, "boilerplate.tsv", {"marker", "action"},
                 [&](Cells c) { lx.boilerplate.push_back({text::lower(c[0]), c[1]}); }));
  if (err) return *err;
  return lx;
}

}  // namespace kb::ingest
