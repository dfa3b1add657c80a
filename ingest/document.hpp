// What the stages pass along: one document and the facts found in it. Every offset is a
// UTF-8 byte offset into Document::clean, the text stored as documents.clean_text.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace kb::ingest {

struct Span {
  std::size_t begin = 0, end = 0;
  bool contains(std::size_t at) const { return begin <= at && at < end; }
  bool empty() const { return begin >= end; }
};

struct Sentence {
  Span span;
  std::vector<Span> quotes;            // quoted words, without the quotation marks; in text order, disjoint
  // Asked for every word of a sentence: a binary search, as a sentence may hold many quotes.
  const Span* quote_at(std::size_t at) const {
    auto q = std::partition_point(quotes.begin(), quotes.end(), [&](const Span& s) { return s.end <= at; });
    return q != quotes.end() && q->contains(at) ? &*q : nullptr;
  }
  bool in_quote(std::size_t at) const { return quote_at(at) != nullptr; }
};

// A word of the clean text, folded for matching ("Điện" -> "dien").
struct Token {
  std::string folded;
  std::string lower;                   // lower case with diacritics: "điện" (lexicon words)
  Span span;
  bool upper = false;                  // starts with a capital letter in the text
};

// How a mention was recognised (kb ingest --explain shows it).
enum class Via : std::uint8_t {
  gazetteer,       // an alias of the gazetteer or of a person met before
  title_holder,    // a title alone: who held the office on the date ("Ngoại trưởng Nga")
  title_recent,    // a title alone whose office has several holders: the last one named
  title_country,   // a title for a part, not an office ("Trưởng đoàn Nga"): the last of its country named
  pronoun,         // "ông", "bà", "he" alone: the subject of the sentence before, or the last person named
  short_name,      // "bà Hằng": the last word of a full name this article gave before
  body,            // "khối", "the alliance": the last international body named
  new_person,      // a capitalised name after a title or an honorific, unknown before
};

// A name in the text: an actor, a place, or both ("Điện Kremlin").
struct Mention {
  Span span;
  std::size_t first_token = 0, end_token = 0;
  long long actor_id = 0, place_id = 0;
  std::string actor_kind;              // person, organization, country
  bool in_title = false;               // the "Nga" of "Ngoại trưởng Nga": part of a title
  bool pronoun = false;                // "Ông cho biết", "He said": refers back to a person
  Via via = Via::gazetteer;
};

// What a date was read against (kb ingest --explain shows it).
enum class Anchor : std::uint8_t {
  stated,          // day, month and year all in the text
  nearest_year,    // a year-less date: the year nearest the anchor day
  reference,       // relative to the article's time ("hôm qua", "thứ Năm")
  previous,        // relative to the date last given ("hôm sau", "hai ngày sau đó")
};

struct DateMention {
  Span span;
  DateRange range;
  bool forward = false;                // dates what follows only ("một ngày sau khi X")
  bool backward = false;               // dates what precedes only ("A một ngày trước khi X hôm 25/4")
  Anchor anchor = Anchor::stated;
  std::optional<Day> anchor_day;       // the day it was read against (not for `stated`)
  // "Hai ngày sau cuộc gặp tại Điện Kremlin, …": read from the date last given, but an
  // offset from an event; the events stage re-reads it from that event's date when it knows it.
  struct Relation { int n = 0, unit = 1; bool approx = false; };
  std::optional<Relation> relation;
  bool bound = false;                  // after a deadline or "since" ("kể từ năm 2019"): no occurrence's time
};

struct Document {
  std::string path, file_name;
  std::string raw;                     // the bytes as read (hashed, stored as raw_text)
  std::string language;                // "vi", "en": the data/ folder it is read with (language.hpp)
  std::string text;                    // NFC, header line and timestamp taken out
  std::string title;
  std::optional<DateRange> published;  // a day, or a month when the page gives only that
  // The day the article speaks from: the publication day, or the middle of a publication
  // month (right for the year of year-less dates; "hôm qua" on such a page is approximate).
  std::optional<Day> reference_day() const {
    if (!published) return std::nullopt;
    if (published->precision == Precision::day) return published->start;
    return Day{published->start.y, published->start.m, 15};
  }
  std::string clean;                   // text without web furniture
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Mention> mentions;       // in text order: end_token never decreases
  std::vector<DateMention> dates;      // in text order
  std::vector<std::string> notes;      // what the stages cut or left out, for the user
};

// A new actor found in this document (a person introduced by a title or an honorific).
struct NewActor {
  long long id = 0;
  std::string name, title;
  long long of_actor_id = 0;
};

struct EventFact {
  std::string type, status = "happened";
  bool status_stated = false;          // status came from a cue word, not the default
  bool gathering = false;              // a summit or conference ("hội nghị"), whatever it counts as
  bool sidelines = false;              // told as held on the sidelines of a gathering ("bên lề hội nghị")
  std::optional<DateRange> date;
  long long place_id = 0;
  std::vector<long long> participants;
  std::size_t sentence = 0;            // index into Document::sentences
  std::vector<std::size_t> more_sentences;  // after merging: every supporting sentence
  struct Source { std::size_t sentence; std::optional<DateRange> date; long long place_id; std::string status; };
  std::vector<Source> sources;         // per-mention facts, kept when mentions disagree
};

struct ClaimFact {
  long long speaker_id = 0;
  std::string text;
  bool direct = false;
  std::optional<DateRange> date;
  std::size_t sentence = 0;
  Span span;                           // the statement in the clean text
  Span content;                        // everything after the speech verb (events inside it are reported)
  int event = -1;                      // index into the document's events
  std::vector<long long> about;
  const char* rule = "";               // the attribution pattern that found it (--explain)
};

// A trigger word met by the events stage and what became of it (--explain).
struct TriggerNote {
  std::size_t sentence = 0;
  Span span;                           // the trigger phrase
  std::string type;                    // its event type
  std::string decision;                // happened, planned, cancelled; or negated, generic, anaphora, in a name
  Span cue;                            // the cue phrase that decided, when one did
};

}  // namespace kb::ingest
