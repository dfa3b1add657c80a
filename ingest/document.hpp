// What the stages pass along: one document and the facts found in it. Every offset is a
// UTF-8 byte offset into Document::clean, the text stored as documents.clean_text.
#pragma once
#include <algorithm>
#include <cstddef>
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

// A name in the text: an actor, a place, or both ("Điện Kremlin").
struct Mention {
  Span span;
  std::size_t first_token = 0, end_token = 0;
  long long actor_id = 0, place_id = 0;
  std::string actor_kind;              // person, organization, country
  bool in_title = false;               // the "Nga" of "Ngoại trưởng Nga": part of a title
  bool pronoun = false;                // "Ông cho biết": refers back to the last person
};

struct DateMention {
  Span span;
  DateRange range;
  bool forward = false;                // dates what follows only ("một ngày sau khi X")
  bool backward = false;               // dates what precedes only ("A một ngày trước khi X hôm 25/4")
};

struct Document {
  std::string path, file_name;
  std::string raw;                     // the bytes as read (hashed, stored as raw_text)
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
};

}  // namespace kb::ingest
