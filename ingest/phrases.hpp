// Words and phrase tables shared by the stages. Matching is on folded words, so a lexicon
// entry "hội đàm" also finds "Hội đàm" and "hoi dam"; the longest phrase wins.
#pragma once
#include <algorithm>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/document.hpp"

namespace kb::ingest {

// Split text into folded words with their byte spans (offset by `base`).
std::vector<Token> tokenize(std::string_view text, std::size_t base = 0);

// Words of a phrase, folded ("Hội đàm" -> {"hoi", "dam"}) or only lower-cased ({"hội", "đàm"}).
std::vector<std::string> phrase_words(std::string_view phrase, bool keep_marks = false);
// The tokens of a phrase (both forms of each word).
std::vector<Token> phrase_tokens(std::string_view phrase);

// Names are matched folded (diacritics are often dropped or varied in names); lexicon
// words keep their diacritics ("nói" says, "nối" joins). So does a short name of one word
// (kShortName letters at most: a syllable): in Vietnamese a syllable's marks make it another
// word, and a one-syllable country would otherwise be found in ordinary words (Anh in
// "Ảnh:", Bỉ in "Bí thư", Ý in "Bộ Y tế", Lào in "Lao động", Nga in "Ngã ba").
// A trie over words: a lookup walks one word at a time and stops at the first word no
// phrase continues with, so thousands of gazetteer names cost what a handful did.
template <class V>
class PhraseTable {
 public:
  explicit PhraseTable(bool keep_marks = true) : marks_(keep_marks) {}
  void add(std::string_view phrase, V value) {
    auto words = phrase_tokens(phrase);
    if (words.empty()) return;
    longest_ = std::max(longest_, words.size());
    std::size_t n = 0;
    for (auto& w : words) {
      auto [it, fresh] = nodes_[n].next.try_emplace(marks_ ? w.lower : w.folded, nodes_.size());
      if (fresh) nodes_.emplace_back();
      n = it->second;
    }
    auto& node = nodes_[n];
    if (marks_ || words.size() > 1 || letters(words[0].lower) > kShortName) {
      node.values.push_back(std::move(value));
      return;
    }
    auto spelled = std::find_if(node.spelled.begin(), node.spelled.end(),
                                [&](const auto& s) { return s.first == words[0].lower; });
    if (spelled == node.spelled.end()) spelled = node.spelled.insert(spelled, {words[0].lower, {}});
    spelled->second.push_back(std::move(value));
  }
  // Longest phrase starting at tokens[i] (not reaching `limit`); its length in words and values.
  struct Match {
    std::size_t words = 0;
    const std::vector<V>* values = nullptr;
    // One of the phrase's values is `v` (a phrase may have several: "khi" is an aside and a subordinator).
    bool has(const V& v) const { return values && std::find(values->begin(), values->end(), v) != values->end(); }
  };
  Match longest(const std::vector<Token>& tokens, std::size_t i, std::size_t limit) const {
    Match best;
    std::size_t n = 0;
    for (std::size_t k = 0; i + k < limit; ++k) {
      const auto& next = nodes_[n].next;
      auto it = next.find(marks_ ? tokens[i + k].lower : tokens[i + k].folded);
      if (it == next.end()) break;
      n = it->second;
      const auto& node = nodes_[n];
      if (!node.values.empty()) best = {k + 1, &node.values};
      for (const auto& [spelling, values] : node.spelled)
        if (k == 0 && spelling == tokens[i].lower) best = {1, &values};
    }
    return best;
  }
  bool empty() const { return nodes_.front().next.empty(); }
  std::size_t max_words() const { return longest_; }  // of the longest phrase

 private:
  static constexpr std::size_t kShortName = 4;  // Nga, Mỹ, Anh, Pháp, Đức, Ý, Bỉ, Lào, Úc
  static std::size_t letters(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
  }
  struct Node {
    std::unordered_map<std::string, std::size_t> next;  // word -> node
    std::vector<V> values;                              // phrases ending here
    // In a folded table, short one-word phrases ending here, by their lower-cased spelling.
    std::vector<std::pair<std::string, std::vector<V>>> spelled;
  };
  std::deque<Node> nodes_ = std::deque<Node>(1);  // a deque: a Match stays valid while names are added
  bool marks_ = true;
  std::size_t longest_ = 0;
};

// Index of the first token at or after byte `at`.
std::size_t token_at(const std::vector<Token>& tokens, std::size_t at);

}  // namespace kb::ingest
