#include "ingest/language.hpp"

#include <algorithm>

#include "core/tsv.hpp"
#include "ingest/phrases.hpp"

namespace kb::ingest {

namespace {
// The words counted: a page's first few thousand bytes say its language as well as the
// whole of it, and a huge file costs no more than a short one.
constexpr std::size_t sample_bytes = 6000;
}  // namespace

Result<Languages> Languages::load(const std::string& data_dir) {
  auto path = data_dir + "/languages.tsv";
  auto t = tsv::read(path, {"language", "name", "home"});
  if (!t) return t.error();
  Languages out;
  for (const auto& r : t->rows) {
    auto code = t->get(r, "language");
    if (code.empty()) continue;
    if (code.find_first_of("/.\\") != std::string::npos)
      return Error{"a language is a folder name of data/: '" + code + "'", path + ":" + std::to_string(r.line), {}};
    auto lx = Lexicon::load(data_dir + "/" + code);
    if (!lx) return lx.error();
    lx->language = code;
    if (auto home = t->get(r, "home"); home != "-") lx->home = home;
    out.lexicons.push_back(std::move(*lx));
  }
  if (out.lexicons.empty()) return Error{"no language listed", path, {}};
  return out;
}

const Lexicon& Languages::detect(std::string_view text) const {
  auto n = std::min(text.size(), sample_bytes);
  while (n < text.size() && n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;  // whole code points
  auto tokens = tokenize(text.substr(0, n));
  const Lexicon* best = &lexicons.front();
  std::size_t best_hits = 0;
  for (const auto& lx : lexicons) {
    auto hits = static_cast<std::size_t>(
        std::count_if(tokens.begin(), tokens.end(), [&](const Token& t) { return lx.markers.contains(t.lower); }));
    if (hits > best_hits) best = &lx, best_hits = hits;
  }
  return *best;
}

const Lexicon* Languages::find(std::string_view code) const {
  for (const auto& lx : lexicons)
    if (lx.language == code) return &lx;
  return nullptr;
}

}  // namespace kb::ingest
