// Which language an article is written in, and what kb knows of each. data/languages.tsv
// lists the languages, each a folder of data/ with the same files (lexicon.hpp); no stage
// branches on the language, it only reads that folder's words.
//
// The language of a text is the one whose marker words (markers.tsv: its commonest
// function words, "the", "of", "và", "của") it holds most of. The first language listed
// wins a tie, so a page of names and numbers is read as that one.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "ingest/lexicon.hpp"

namespace kb::ingest {

struct Languages {
  std::vector<Lexicon> lexicons;  // in the order of data/languages.tsv

  // Reads data/languages.tsv and each language's folder; errors name file:line.
  static Result<Languages> load(const std::string& data_dir);
  const Lexicon& detect(std::string_view text) const;
  const Lexicon* find(std::string_view code) const;
};

}  // namespace kb::ingest
