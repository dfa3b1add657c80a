// What each sentence holds, found once per document. Claims and events look at one sentence
// at a time; walking the whole document's mentions, dates or parentheses for every word of
// it made them quadratic in the article's length.
#pragma once
#include <span>
#include <vector>

#include "ingest/document.hpp"

namespace kb::ingest {

class SentenceIndex {
 public:
  explicit SentenceIndex(const Document& doc);

  // Indexes into doc.mentions of the mentions that begin in sentence `si`, in document order.
  const std::vector<std::size_t>& mentions(std::size_t si) const { return mentions_[si]; }
  // The dates that begin in sentence `si` (doc.dates is in text order).
  std::span<const DateMention> dates(std::size_t si) const;
  // True when byte `at` is inside parentheses opened at or after byte `from`.
  bool in_parens(std::size_t from, std::size_t at) const;

 private:
  const Document& doc_;
  std::vector<std::vector<std::size_t>> mentions_;
  std::vector<std::size_t> parens_;   // byte offsets of "(" and ")", in order
  std::vector<int> depth_;            // depth_[k]: "(" minus ")" among parens_[0..k)
};

}  // namespace kb::ingest
