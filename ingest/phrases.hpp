// Words and phrase tables shared by the stages. Matching is on folded words, so a lexicon
// entry "hội đàm" also finds "Hội đàm" and "hoi dam"; the longest phrase wins.
#pragma once
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

// Names are matched folded (diacritics are often dropped or varied in names); lexicon
// words keep their diacritics ("nói" says, "nối" joins).
template <class V>
class PhraseTable {
 public:
  explicit PhraseTable(bool keep_marks = true) : marks_(keep_marks) {}
  void add(std::string_view phrase, V value) {
    auto words = phrase_words(phrase, marks_);
    if (words.empty()) return;
    std::string key;
    for (std::size_t n = 0; n < words.size(); ++n) {
      key += (n ? " " : "") + words[n];
      map_[key];  // every prefix is a key, with no values unless it is a phrase too
    }
    if (words.size() > longest_) longest_ = words.size();
    map_[key].push_back(std::move(value));
  }
  // Longest phrase starting at tokens[i] (not reaching `limit`); its length in words and values.
  struct Match { std::size_t words = 0; const std::vector<V>* values = nullptr; };
  Match longest(const std::vector<Token>& tokens, std::size_t i, std::size_t limit) const {
    Match best;
    std::string key;
    for (std::size_t n = 0; n < longest_ && i + n < limit; ++n) {
      key += (n ? " " : "") + (marks_ ? tokens[i + n].lower : tokens[i + n].folded);
      auto it = map_.find(key);
      if (it == map_.end()) break;  // no phrase goes on this way: the words after need no look-up
      if (!it->second.empty()) best = {n + 1, &it->second};
    }
    return best;
  }
  bool empty() const { return map_.empty(); }
  std::size_t max_words() const { return longest_; }

 private:
  std::unordered_map<std::string, std::vector<V>> map_;
  std::size_t longest_ = 0;
  bool marks_ = true;
};

// Index of the first token at or after byte `at`.
std::size_t token_at(const std::vector<Token>& tokens, std::size_t at);

}  // namespace kb::ingest
