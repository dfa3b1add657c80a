// Stage 7, claims: statements attributed to a speaker.
//   direct     “…” with an attribution before (“X nêu rõ: “…””) or after (“…”, ông X nói)
//   reported   X khẳng định [rằng] …, X nói với Y rằng …, Theo X, …
// The speaker is the name right before the speech verb (a few adverbs may stand between),
// or the person an apposition describes ("ông X, Vụ trưởng … cho biết"). A sentence gives
// at most one claim: speech reported inside a claim belongs to it.
#pragma once
#include <vector>

#include "ingest/lexicon.hpp"

namespace kb::ingest {

std::vector<ClaimFact> find_claims(const Document& doc, const Lexicon& lx);

// Claims made at an event (a press conference, an interview in the same sentence) are
// linked to it; undated claims take the event's date, or the date of the speaker's
// previous claim in the same document.
void link_claims(std::vector<ClaimFact>& claims, const std::vector<EventFact>& events);

}  // namespace kb::ingest
