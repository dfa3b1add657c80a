#include "ingest/lexicon.hpp"

#include "core/text.hpp"
#include "core/tsv.hpp"

namespace kb::ingest {

namespace {

// Reads one lexicon file and hands each row to `add`.
template <class F>
std::optional<Error> each_row(const std::string& dir, const char* file, std::vector<std::string_view> cols, F add) {
  auto t = tsv::read(dir + "/" + file, cols);
  if (!t) return t.error();
  for (const auto& r : t->rows) {
    std::vector<std::string> cells;
    for (auto c : cols) cells.push_back(t->get(r, c));
    if (!cells[0].empty()) add(cells);
  }
  return std::nullopt;
}

}  // namespace

Result<Lexicon> Lexicon::load(const std::string& dir) {
  Lexicon lx;
  using Cells = const std::vector<std::string>&;
  std::optional<Error> err;
  auto check = [&](std::optional<Error> e) { if (e && !err) err = std::move(e); };
  check(each_row(dir, "titles.tsv", {"phrase", "title", "former"},
                 [&](Cells c) { lx.titles.add(c[0], {c[1], c[2] == "yes"}); }));
  check(each_row(dir, "honorifics.tsv", {"phrase"}, [&](Cells c) { lx.honorifics.add(c[0], 1); }));
  check(each_row(dir, "triggers.tsv", {"phrase", "type"}, [&](Cells c) { lx.triggers.add(c[0], c[1].empty() ? "-" : c[1]); }));
  check(each_row(dir, "cues.tsv", {"cue", "status", "where"}, [&](Cells c) { lx.cues.add(c[0], {c[1], c[2]}); }));
  check(each_row(dir, "speech_verbs.tsv", {"phrase", "kind"},
                 [&](Cells c) { lx.speech_verbs.add(c[0], c[1].empty() ? "-" : c[1]); }));
  check(each_row(dir, "attribution.tsv", {"phrase", "kind"}, [&](Cells c) { lx.attribution.add(c[0], c[1]); }));
  check(each_row(dir, "organisations.tsv", {"phrase"}, [&](Cells c) { lx.org_heads.add(c[0], 1); }));
  check(each_row(dir, "locatives.tsv", {"phrase"}, [&](Cells c) { lx.locatives.add(c[0], 1); }));
  check(each_row(dir, "dates.tsv", {"phrase", "kind", "value"}, [&](Cells c) {
    int v = c[2].empty() ? 0 : std::stoi(c[2]);
    if (c[1] == "number") lx.numbers.add(c[0], v);
    else if (c[1] == "approx") lx.approx.add(c[0], 1);
    else lx.date_words.push_back({c[0], c[1], v});
  }));
  check(each_row(dir, "boilerplate.tsv", {"marker", "action"},
                 [&](Cells c) { lx.boilerplate.push_back({text::lower(c[0]), c[1]}); }));
  if (err) return *err;
  return lx;
}

}  // namespace kb::ingest
