// What the extractor knows of a language, read from data/<lang>/*.tsv: title words, event
// triggers, cue words, speech verbs, date words, web furniture. Nothing language-specific
// is written in the stages themselves.
#pragma once
#include <string>
#include <vector>

#include "core/result.hpp"
#include "ingest/phrases.hpp"

namespace kb::ingest {

struct TitleWord { std::string title; bool former = false; };
struct Cue { std::string status, where; };
struct DateWord { std::string phrase, kind; int value = 0; };
struct Boilerplate { std::string marker, action; };

struct Lexicon {
  PhraseTable<TitleWord> titles;
  PhraseTable<int> honorifics;
  PhraseTable<std::string> triggers;     // phrase -> event type, "-" for non-events
  PhraseTable<Cue> cues;
  PhraseTable<std::string> speech_verbs; // phrase -> "say" or "-"
  PhraseTable<std::string> attribution;  // phrase -> source, that, adverb, intransitive
  PhraseTable<int> locatives;
  PhraseTable<int> org_heads;            // words that begin a body's name
  std::vector<DateWord> date_words;      // patterns with {n}, {m}, {y}
  PhraseTable<int> numbers;              // "một" -> 1
  PhraseTable<int> approx;
  std::vector<Boilerplate> boilerplate;

  // Reads every file of `dir` (data/vi); errors name file:line.
  static Result<Lexicon> load(const std::string& dir);
};

}  // namespace kb::ingest
