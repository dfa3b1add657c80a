#include "ingest/clean.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "core/text.hpp"

namespace kb::ingest {

namespace {

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at <= text.size()) {
    auto nl = text.find('\n', at);
    if (nl == std::string_view::npos) nl = text.size();
    lines.emplace_back(text.substr(at, nl - at));
    at = nl + 1;
  }
  return lines;
}

// Cut a photo credit: from the marker (and a " - " or "(" before it) to the line's end.
// Works on offsets: a line of a million dashes is walked once, not copied per dash.
std::string cut_credit(const std::string& line, std::size_t at) {
  std::string_view kept = std::string_view(line).substr(0, at);
  while (!kept.empty()) {
    auto v = text::trim_view(kept);
    bool stripped = false;
    for (std::string_view dash : {"-", "–", "—", "(", "|"}) {
      if (v.size() >= dash.size() && v.substr(v.size() - dash.size()) == dash) {
        v = text::trim_view(v.substr(0, v.size() - dash.size()));
        stripped = true;
        break;
      }
    }
    kept = v;
    if (!stripped) break;
  }
  return std::string(kept);
}


std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ' || c == '\t';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

// A line of article text, not a link or a caption: a sentence of this many words or more.
constexpr std::size_t min_paragraph_words = 12;
// A widget's heading is short: "Related", "More on this story", "More from Nation & World".
constexpr std::size_t max_heading_words = 8;

// A dateline before the first words of a paragraph ("VOV.VN - ", "(NLĐO) - ", "HÀ NỘI
// (TTXVN) – "): the outlet and the place it files from, not actors of the story. A few
// words, each in capitals, in parentheses or with a dot in it, or the day filed, then a dash.
std::string_view dateline(std::string_view line) {
  for (std::string_view dash : {" - ", " – ", " — "}) {
    auto at = line.find(dash);
    if (at == std::string_view::npos || at == 0 || at > 48) continue;
    auto head = line.substr(0, at);
    std::vector<std::string_view> ws;
    for (std::size_t b = 0; b < head.size();) {
      auto e = std::min(head.find(' ', b), head.size());
      if (e > b) ws.push_back(head.substr(b, e - b));
      b = e + 1;
    }
    std::size_t words = ws.size();
    bool all = true, paren = false;
    // The day it was filed, after the place: a number, and the capitalised word before one
    // ("MOSCOW, Oct 20 (Reuters) - ").
    auto number = [](std::string_view w) {
      while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
      return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    for (std::size_t k = 0; k < ws.size(); ++k) {
      auto w = ws[k];
      paren = paren || w.front() == '(';
      bool day = k > 0 && (number(w) || (k + 1 < ws.size() && number(ws[k + 1]) && text::starts_upper(w)));
      bool marked = paren || day || w.find('.') != std::string_view::npos || (w.size() > 1 && text::all_upper(w));
      if (w.back() == ')') paren = false;
      all = all && marked;
    }
    // A lone word in capitals is no dateline: "EU - Trung Quốc nhất trí …" names two parties.
    bool outlet_marked = head.find_first_of("(.") != std::string_view::npos;
    if (all && words <= 5 && (words >= 2 || outlet_marked)) return line.substr(0, at + dash.size());
  }
  return {};
}

}  // namespace

bool ends_sentence(std::string_view line) {
  auto t = text::trim(line);
  if (t.empty()) return false;
  for (std::string_view end : {".", "!", "?", "”", "\"", "…", ":"})
    if (t.size() >= end.size() && std::string_view(t).substr(t.size() - end.size()) == end) return true;
  return false;
}

// Where `marker` stands in `low` as whole words (not "share on" inside "share one"), or npos.
static std::size_t find_marker(std::string_view low, std::string_view marker) {
  auto letter = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
  for (auto at = low.find(marker); at != std::string_view::npos; at = low.find(marker, at + 1)) {
    auto end = at + marker.size();
    bool open = at == 0 || !letter(low[at - 1]) || !letter(marker.front());
    bool close = end == low.size() || !letter(low[end]) || !letter(marker.back());
    if (open && close) return at;
  }
  return std::string_view::npos;
}

bool furniture_line(std::string_view line, const std::vector<Boilerplate>& markers) {
  auto low = text::lower(line);
  for (const auto& m : markers)
    if (find_marker(low, m.marker) != std::string::npos && m.action == "line") return true;
  return false;
}

std::string clean_text(std::string_view text, const std::vector<Boilerplate>& markers) {
  auto lines = split_lines(text);
  std::vector<std::string> kept;
  // An end marker ends the article only after some of it: above the first paragraph
  // ("Tin liên quan" in a menu or a box over the lead) it is furniture of its own line.
  bool body = false;
  // Under a widget's heading, its links: the lines up to the next paragraph of the article
  // (a related box may stand between two paragraphs).
  bool widget = false;
  for (auto& line : lines) {
    auto low = text::lower(line);
    bool stop = false, drop = false;
    if (widget) {
      if (ends_sentence(line) && word_count(line) >= min_paragraph_words) widget = false;
      else drop = true;
    }
    for (const auto& m : markers) {
      auto at = find_marker(low, m.marker);
      if (at == std::string::npos) continue;
      // A widget's heading opens a short line of its own ("Related", "More from World"):
      // the same words inside a sentence of the article are no widget.
      bool heading = at == low.find_first_not_of(" \t") && word_count(line) <= max_heading_words;
      if (m.action == "end") stop = true;
      else if (m.action == "line") drop = true;
      else if (m.action == "heading" && heading) widget = drop = true;
      else if (m.action == "credit") {
        // Offsets in the lower-cased line are the line's own when lower-casing kept every
        // letter's length (it does for Vietnamese); otherwise leave the line whole.
        if (low.size() == line.size()) {
          line = cut_credit(line, at);
          low = text::lower(line);
        }
      }
    }
    if (stop && body) break;
    if (stop) drop = true;
    if (auto d = dateline(line); !d.empty()) line = line.substr(d.size());
    if (!drop) kept.push_back(text::trim(line));
    if (!drop && ends_sentence(line) && word_count(line) >= min_paragraph_words) body = true;
  }
  // A byline after the last paragraph ("Minh Phương"): a short line that is no sentence.
  std::size_t last_body = 0;
  for (std::size_t i = 0; i < kept.size(); ++i)
    if (ends_sentence(kept[i]) || word_count(kept[i]) > 3) last_body = i;
  std::string out;
  for (std::size_t i = 0; i < kept.size(); ++i) {
    bool byline = i > last_body && !kept[i].empty() && word_count(kept[i]) <= 3 &&
                  kept[i].find(':') == std::string::npos;
    if (byline || kept[i].empty()) continue;
    if (!out.empty()) out += "\n";
    out += kept[i];
  }
  return out;
}

}  // namespace kb::ingest
