// What the extractor knows of a language, read from data/<lang>/*.tsv: title words, event
// triggers, cue words, speech verbs, date words, web furniture. Nothing language-specific
// is written in the stages themselves.
#pragma once
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/result.hpp"
#include "ingest/phrases.hpp"

namespace kb::ingest {

struct TitleWord { std::string title; bool former = false; };
struct Cue { std::string status, where; };
// A phrase standing for an office of one country ("chủ nhân Nhà Trắng": the US president).
struct Epithet { std::string title, of; };
// The kinds of dates.tsv lines (described there): word classes, then patterns.
enum class DateKind {
  number, month_name, unit, weekday, weekday_shift, part, part_day, period, lead, prep, future, limit, quantifier,
  zone, range_from, range_to, approx, background, clock, weekday_before, byline, ordinal_of, stamp,  // word classes
  day, month, year, ref_day, ref_week, ref_month, ref_year, ref_shift, prev, relation, then, none  // patterns
};
inline constexpr int date_classes = static_cast<int>(DateKind::stamp) + 1;
struct DateWord {
  std::string phrase;
  DateKind kind;
  int value = 0;
  std::vector<std::string> words;  // lower-cased words and slots ("{m}")
};
struct Boilerplate { std::string marker, action; };

struct Lexicon {
  std::string language;                  // its folder's name ("vi", "en"), as stored on documents
  std::string home;                      // the country whose press writes it, or "" (languages.tsv)
  std::unordered_set<std::string> markers;  // commonest function words, lower-cased (markers.tsv)
  std::unordered_set<std::string> abbreviations;  // words a full stop follows inside a sentence (abbreviations.tsv)
  PhraseTable<TitleWord> titles;
  PhraseTable<Epithet> epithets;         // epithets.tsv
  PhraseTable<int> honorifics;
  PhraseTable<std::string> anaphors;     // "quan chức này" -> person, "khối" -> body (anaphors.tsv)
  PhraseTable<std::string> anaphor_kinds;  // "nhà ngoại giao" -> "ambassador|foreign minister|…": whom it may be
  PhraseTable<std::string> triggers;     // phrase -> event type, "-" for non-events
  PhraseTable<Cue> cues;
  PhraseTable<std::string> speech_verbs; // phrase -> "say" or "-"
  PhraseTable<std::string> attribution;  // phrase -> source, that, adverb, intransitive
  std::unordered_set<std::string> naming_words;  // attribution kind `as`, lower-cased with marks ("là")
  PhraseTable<int> locatives;
  PhraseTable<int> place_nouns;          // "thủ đô", "thành phố": between a locative and a name
  PhraseTable<int> org_heads;            // words that begin a body's name
  std::unordered_set<std::string> name_particles;  // "al", "bin", "von": lower case inside a name
  std::unordered_set<std::string> name_suffixes;   // "Jr", "III": after the surname, no part of it
  // Phrases that refer back to two parties named before ("hai nhà lãnh đạo") -> the title
  // classes they hold, or {"party"} for any person or country (referents.tsv).
  PhraseTable<std::vector<std::string>> referents;
  // Words before any title that make it two of its holders ("hai {title}": "hai Tổng Bí thư").
  PhraseTable<int> pair_words;
  std::vector<DateWord> date_words;      // patterns with slots ({d}, {m}, {y}, {n}, {u}, {_}), longest first
  std::unordered_map<std::string, std::vector<std::size_t>> date_first;  // first word or slot -> patterns
  std::unordered_set<std::string> date_starts;  // every word a date expression can start with (besides numbers)
  std::unordered_set<std::string> ordinal_suffixes;  // "th" of "16th" (dates.tsv setting `ordinal`)
  bool month_first = false;              // numeric dates written month/day (8/15/2025), not day/month
  std::vector<PhraseTable<int>> date_class = std::vector<PhraseTable<int>>(date_classes);  // by DateKind
  const PhraseTable<int>& dates(DateKind k) const { return date_class[static_cast<int>(k)]; }
  std::vector<Boilerplate> boilerplate;

  // Reads every file of `dir` (data/vi, data/en); errors name file:line.
  static Result<Lexicon> load(const std::string& dir);
};

}  // namespace kb::ingest
