// Stage 6, events: a trigger word ("gặp", "điện đàm", "họp báo" …) with the people, place,
// date and status around it. Cue words decide the status: planned ("sẽ", "dự kiến"),
// cancelled ("hủy"); negated, hypothetical, generic or anaphoric mentions ("không gặp",
// "nếu", "các cuộc gặp", "cuộc hội đàm trên") give no event. Triggers of one family in one
// sentence are one event, unless their places differ.
// Events inside a reported statement take their participants from the statement, not
// from its speaker.
#pragma once
#include <map>
#include <vector>

#include "ingest/lexicon.hpp"
#include "ingest/mentions.hpp"

namespace kb::ingest {

// "meet" (meeting, summit, talks, visit), "call", "speech" (press conference, interview,
// statement) or "other": the families score.py and merging compare.
std::string event_family(const std::string& type);
// Of one family, and a journey only with a journey: what a word alone ("Trong chuyến thăm",
// "cuộc gặp thứ hai") may stand for — a visit is no talks, talks are no visit.
bool akin(const std::string& a, const std::string& b);

// Country actor -> the person heading its delegation in this article.
using DelegationHeads = std::map<long long, long long>;

std::vector<EventFact> find_events(const Document& doc, const Lexicon& lx, const Gazette& g,
                                   const std::vector<ClaimFact>& claims, std::vector<TriggerNote>* trace = nullptr,
                                   DelegationHeads* heads = nullptr);

// "Phái đoàn Nga do ông Medinsky dẫn đầu": the article's talks and meetings of a country
// that name no one of it are also its delegation head's (`heads`, as find_events found
// them). Run after merging, so that the delegations' session and a meeting of the two
// heads stay two events.
void add_delegation_heads(std::vector<EventFact>& events, const DelegationHeads& heads, const Gazette& g);

}  // namespace kb::ingest
