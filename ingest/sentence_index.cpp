#include "ingest/sentence_index.hpp"

#include <algorithm>

namespace kb::ingest {

SentenceIndex::SentenceIndex(const Document& doc) : doc_(doc), mentions_(doc.sentences.size()) {
  const auto& ss = doc.sentences;
  for (std::size_t k = 0; k < doc.mentions.size(); ++k) {
    auto at = doc.mentions[k].span.begin;
    auto s = std::partition_point(ss.begin(), ss.end(), [&](const Sentence& x) { return x.span.begin <= at; });
    if (s != ss.begin() && (s - 1)->span.contains(at)) mentions_[static_cast<std::size_t>(s - 1 - ss.begin())].push_back(k);
  }
  depth_.push_back(0);
  for (std::size_t i = 0; i < doc.clean.size(); ++i)
    if (doc.clean[i] == '(' || doc.clean[i] == ')') {
      parens_.push_back(i);
      depth_.push_back(depth_.back() + (doc.clean[i] == '(' ? 1 : -1));
    }
}

std::span<const DateMention> SentenceIndex::dates(std::size_t si) const {
  const auto& span = doc_.sentences[si].span;
  const auto& ds = doc_.dates;
  auto b = std::partition_point(ds.begin(), ds.end(), [&](const DateMention& d) { return d.span.begin < span.begin; });
  auto e = std::partition_point(b, ds.end(), [&](const DateMention& d) { return d.span.begin < span.end; });
  return {b, e};
}

bool SentenceIndex::in_parens(std::size_t from, std::size_t at) const {
  if (at <= from) return false;
  auto a = std::lower_bound(parens_.begin(), parens_.end(), from) - parens_.begin();
  auto b = std::lower_bound(parens_.begin(), parens_.end(), at) - parens_.begin();
  return depth_[static_cast<std::size_t>(b)] - depth_[static_cast<std::size_t>(a)] > 0;
}

}  // namespace kb::ingest
