// Extraction quality on the sample corpus, scored like acceptance/score.py. The bounds are
// a ratchet: raise them when the extractor gets better, never lower them.
#include <gtest/gtest.h>

#include "fixture.hpp"
#include "ingest/ingest.hpp"
#include "eval/score.hpp"

using namespace kb;
using namespace kb::ingest::testing;

TEST(Gold, SampleCorpusScores) {
  auto db = open_db("gold");
  auto sum = ingest::ingest_paths(*db, {KB_SOURCE_DIR "/examples/corpus"}, {kData});
  ASSERT_TRUE(sum) << sum.error().message;
  auto r = eval::score(*db, eval::gold_files({KB_SOURCE_DIR "/tests/ingest/gold"}));
  for (const auto& m : r.misses) std::cout << "  " << m << "\n";
  std::cout << fmt::format("events: gold {} extracted {} matched {} P {:.2f} R {:.2f} F1 {:.2f}\n", r.events.gold,
                           r.events.extracted, r.events.matched, r.events.precision(), r.events.recall(), r.events.f1());
  std::cout << fmt::format("claims: gold {} extracted {} matched {} P {:.2f} R {:.2f} F1 {:.2f}\n", r.claims.gold,
                           r.claims.extracted, r.claims.matched, r.claims.precision(), r.claims.recall(), r.claims.f1());
  EXPECT_EQ(r.events.gold, 19);
  EXPECT_EQ(r.claims.gold, 42);
  EXPECT_GE(r.events.f1(), 0.99);
  EXPECT_GE(r.claims.f1(), 0.99);
}
