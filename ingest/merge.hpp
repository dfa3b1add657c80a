// Stage 8, merge: one real event reported several times is stored once.
// Two reports are the same event when their families agree and
//   - they share two named people and the type (a call on two dates is still one call:
//     both dates are kept as per-source rows, not overwritten), or
//   - their dates overlap (or one is unknown), their places agree (one inside the other,
//     or one unknown), their statuses agree unless place or date pin them together, and
//     they share a participant — or one of them names none but the place agrees.
// Across documents the date or the place must be known on both sides (an undated "round
// of consultations" in one article is not matched to any in another), and a plan matches
// an occurrence only on the same day.
#pragma once
#include <cstdint>
#include <vector>

#include "ingest/mentions.hpp"

namespace kb::ingest {

struct EventView {
  std::string type, status;
  std::optional<DateRange> date;
  long long place_id = 0;
  std::vector<long long> participants;  // best sorted: long lists are compared in order
  bool gathering = false;               // a summit or conference
  bool sidelines = false;               // held on the sidelines of a gathering: never that gathering
  std::size_t sentence = SIZE_MAX;      // where one article told it (SIZE_MAX: not known)
};

bool same_event(const EventView& a, const EventView& b, const Gazette& g, bool across_documents);

// Told apart in one article whatever else they share: a meeting on the sidelines and the
// gathering it is held at ("Bên lề hội nghị, A gặp B").
bool gathering_apart(const EventView& a, const EventView& b);

// Both placed, neither place inside the other ("Hà Nội" is inside "Việt Nam"; "Bắc Kinh" is
// not): two events.
bool places_apart(long long a, long long b, const Gazette& g);

// Each names a person the other lacks, and neither is a summit: two events ("Trump điện
// đàm với Putin", "Trump điện đàm với Zelensky").
bool other_people(const EventView& a, const EventView& b, const Gazette& g);

// A report is compared with at most this many of the document's events found before it,
// the latest: an article has a few dozen; a file of thousands of them (many articles in
// one) would otherwise take time quadratic in its length. Noted when it bites.
constexpr std::size_t merge_window = 500;

// Fold the document's own repeated mentions together; mentions with nothing to tell
// (no date, place or participant) join the last event of their family or are dropped.
std::vector<EventFact> merge_in_document(std::vector<EventFact> events, const Gazette& g,
                                         std::vector<std::string>* notes = nullptr);

// After merging, a report that says neither when nor where and names no person and at most
// one country or body ("cuộc gặp với Saudi Arabia", "cuộc họp báo của Nhà Trắng") is a
// mention a reader cannot place, not an event: such reports are dropped.
void drop_unplaceable(std::vector<EventFact>& events, const Gazette& g);

// An event with more participants than this is a list, not a meeting (the articles have at
// most seven): past it, participants are left out, and noted. Every source of an event is
// stored as evidence for each participant, so this keeps those rows linear in the text.
constexpr std::size_t max_participants = 64;

// Appends the ids of `from` that `to` lacks, in order, while `to` has fewer than `limit`;
// true when some were left out. Through a set: lists of hundreds are merged too.
bool append_new(std::vector<long long>& to, const std::vector<long long>& from, std::size_t limit = SIZE_MAX);

// Fold b into a: a keeps its facts, gains what it lacked (a date within its own range
// refines it), and b's sentences and per-source facts. True when participants of b were
// left out (max_participants).
bool absorb(EventFact& a, const EventFact& b);

}  // namespace kb::ingest
