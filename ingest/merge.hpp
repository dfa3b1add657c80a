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
#include <vector>

#include "ingest/mentions.hpp"

namespace kb::ingest {

struct EventView {
  std::string type, status;
  std::optional<DateRange> date;
  long long place_id = 0;
  std::vector<long long> participants;
};

bool same_event(const EventView& a, const EventView& b, const Gazette& g, bool across_documents);

// Fold the document's own repeated mentions together; mentions with nothing to tell
// (no date, place or participant) join the last event of their family or are dropped.
std::vector<EventFact> merge_in_document(std::vector<EventFact> events, const Gazette& g);

// Fold b into a: a keeps its facts, gains what it lacked (a date within its own range
// refines it), and b's sentences and per-source facts.
void absorb(EventFact& a, const EventFact& b);

}  // namespace kb::ingest
