// Issue 10, no hang: every ingest stage is linear in its input. Each shape below once made
// a stage quadratic (a scan restarted per word, a search over every mention or event of the
// document per item). An article four times longer must take at most five times as long
// (linear gives about four; quadratic gave sixteen), measured as a ratio, never against
// a clock. A sentence past the bound is cut there, noted, and the document stored whole.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>

#include "ingest/sentences.hpp"
#include "support/process.hpp"

using kb::test::run_kb;

namespace {

const std::string head = " date 2025-09-28 Bài thử\n";

struct Shape {
  const char* name;
  std::size_t bytes;  // of the smaller article; the larger has four times as many
  std::function<std::string(std::size_t)> unit;
  const char* note;   // a note expected on stderr, or nullptr
  const char* tail = "";
};

// `unit(i)` repeated until the article holds `bytes` bytes, then the tail.
std::string article(const Shape& shape, std::size_t bytes) {
  std::string out = head;
  for (std::size_t i = 0; out.size() < bytes; ++i) out += shape.unit(i);
  return out + shape.tail;
}

void PrintTo(const Shape& shape, std::ostream* os) { *os << shape.name; }

std::string speaker(std::size_t i) {
  static const char* names[] = {"Lavrov", "Rubio", "Peskov", "Zakharova", "Putin", "Trump", "Witkoff", "Zelensky"};
  return names[i % 8];
}

// A day of its own for each i.
std::string day(std::size_t i) {
  return std::to_string(i % 28 + 1) + "/" + std::to_string(i / 28 % 12 + 1) + "/" + std::to_string(2000 + i / 336);
}

const Shape shapes[] = {
    // find_claims walked every mention and every word of the document per speech verb.
    {"QuotedClaimLines", 512 << 10, [](std::size_t i) {
       return "Ông " + speaker(i) + " nói: \"Nga sẵn sàng đàm phán với Mỹ về vấn đề này.\"\n"; }, nullptr},
    // split_sentences read a run of dots again from each dot.
    {"NameThenPeriods", 64 << 10, [](std::size_t i) { return i == 0 ? std::string("Lavrov") : std::string(1024, '.'); },
     "sentences longer than"},
    // One sentence the length of the file: every per-sentence search became per-file.
    {"NoPunctuation", 128 << 10, [](std::size_t) { return std::string("Nga gặp Mỹ tại Moskva ông Lavrov nói không gặp Rubio "); },
     "sentences longer than"},
    {"QuoteNeverClosed", 128 << 10, [](std::size_t i) {
       return (i == 0 ? std::string("Ông Lavrov nói: “") : std::string()) +
              "Nga sẵn sàng gặp Mỹ. Ông Rubio nói với ông Lavrov rằng Mỹ sẽ họp. "; }, "sentence longer than"},
    // Triggers, each looking back over its whole clause for negations.
    {"TriggersInARow", 32 << 10, [](std::size_t) { return std::string("gặp "); }, "sentences longer than"},
    // Parentheses counted from the sentence start for every mention and word.
    {"Parentheses", 32 << 10, [](std::size_t) { return std::string("Lavrov (Nga) không nói "); }, "sentences longer than"},
    // People introduced by an honorific: each looked back to its clause start.
    {"NewPeople", 32 << 10, [](std::size_t i) {
       auto n = std::to_string(i);
       return "ông Xa" + n + " Yb" + n + " gặp ông Zc" + n + " Wd" + n + " và bà Qe" + n + " Rf" + n + " "; },
     "sentences longer than"},
    // A capitalised run after an honorific became one person with a name of the file's length.
    {"CapitalisedRun", 128 << 10, [](std::size_t i) { return std::string(i == 0 ? "Ông " : "Aaa "); },
     "sentences longer than"},
    // A pronoun looked back over every mention for the last person.
    {"CountryThenPronoun", 256 << 10, [](std::size_t i) { return std::string(i % 100 ? "Nga, ông, " : "Nga.\n"); }, nullptr},
    // Each event compared with every earlier one, and read back from the database.
    {"EventsOnDistinctDays", 64 << 10, [](std::size_t i) { return "Nga gặp Mỹ ngày " + day(i) + ".\n"; },
     "events before it only"},
    // Each claim compared with every press conference.
    {"PressConferences", 128 << 10, [](std::size_t i) {
       return "Ông Lavrov họp báo ngày " + day(i) + ": “Nga sẵn sàng đàm phán với Mỹ về vấn đề này.”\n"; },
     "events before it only"},
    // One event met again and again, each time with someone new: its participants were
    // searched per report, and each report stored as evidence for every one of them.
    {"OneEventEveryoneMeets", 32 << 10, [](std::size_t i) {
       auto n = std::to_string(i);
       return "Lavrov và ông Aaa" + n + " Bbb" + n + " dự hội nghị thượng đỉnh.\n"; }, "participants left out"},
    // A photo credit after a line of dashes: trimmed one dash at a time, copying the line.
    {"CreditAfterDashes", 128 << 10, [](std::size_t i) { return std::string(i == 0 ? "Ảnh chụp " : "- "); }, nullptr,
     "Ảnh: REUTERS\nÔng Lavrov nói rằng Nga sẵn sàng đàm phán.\n"},
};

struct Ingest {
  double seconds = 0;
  std::string err;
  std::int64_t documents = 0, claims = 0, longest_sentence = 0;
};

Ingest ingest(const kb::test::TempDir& dir, const std::string& name, const std::string& text) {
  auto path = dir.file(name + ".txt"), db = dir.file(name + ".db");
  std::filesystem::remove(db);
  std::ofstream(path, std::ios::binary) << text;
  auto start = std::chrono::steady_clock::now();
  auto r = run_kb(db, {"ingest", path});
  Ingest out;
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  out.err = r.err;
  EXPECT_EQ(r.status, 0) << name << ": " << r.err;
  SQLite::Database d(db, SQLite::OPEN_READONLY);
  out.documents = d.execAndGet("SELECT count(*) FROM documents").getInt64();
  out.claims = d.execAndGet("SELECT count(*) FROM claims").getInt64();
  out.longest_sentence = d.execAndGet("SELECT coalesce(max(end_byte - start_byte), 0) FROM sentences").getInt64();
  return out;
}

class Linear : public ::testing::TestWithParam<Shape> {};

TEST_P(Linear, FourTimesTheTextTakesAtMostFiveTimesTheTime) {
  const auto& shape = GetParam();
  kb::test::TempDir dir;
  auto small_text = article(shape, shape.bytes), large_text = article(shape, 4 * shape.bytes);
  // The machine is shared and a run is only ever slowed by others: while the ratio is too
  // high, both are run again and the fastest of each kept. A quadratic stage stays slow.
  double small_s = 1e9, large_s = 1e9, ratio = 0;
  Ingest small, large;
  for (int attempt = 0; attempt < 3 && (attempt == 0 || ratio > 5); ++attempt) {
    small = ingest(dir, "small", small_text);
    large = ingest(dir, "large", large_text);
    small_s = std::min(small_s, small.seconds);
    large_s = std::min(large_s, large.seconds);
    ratio = large_s / small_s;
  }
  EXPECT_LE(ratio, 5.0) << shape.name << ": " << small_s << " s, then " << large_s << " s";
  // Stored whole, with every sentence within the bound.
  EXPECT_EQ(small.documents, 1);
  EXPECT_EQ(large.documents, 1);
  auto bound = static_cast<std::int64_t>(kb::ingest::max_sentence_bytes + kb::ingest::max_sentence_overrun);
  EXPECT_LE(large.longest_sentence, bound);
  // Where an article is made of claims, they are found all along it, not only at its start.
  if (small.claims > 1) {
    EXPECT_GE(large.claims, 3 * small.claims);
  }
  if (shape.note) {
    EXPECT_NE(large.err.find("note: " + dir.file("large.txt") + ": "), std::string::npos) << large.err;
    EXPECT_NE(large.err.find(shape.note), std::string::npos) << large.err;
  } else {
    EXPECT_EQ(large.err.find("note:"), std::string::npos) << large.err;
  }
}

INSTANTIATE_TEST_SUITE_P(Shapes, Linear, ::testing::ValuesIn(shapes),
                         [](const ::testing::TestParamInfo<Shape>& info) { return std::string(info.param.name); });

// The cut is where the bound is, the note says how many and where, and the words after the
// cut are still read: a claim at the end of a 1 MB unclosed quotation is found.
TEST(Linear, AnUnclosedQuotationIsCutAndTheRestIsRead) {
  kb::test::TempDir dir;
  std::string text = head + "Ông Lavrov nói: “";
  while (text.size() < (1u << 20)) text += "Nga sẵn sàng đàm phán với Mỹ về vấn đề này. ";
  text += "\nÔng Rubio nói: “Mỹ sẵn sàng gặp Nga tại Alaska.”\n";
  auto r = ingest(dir, "quote", text);
  EXPECT_EQ(r.documents, 1);
  EXPECT_NE(r.err.find("1 sentence longer than 4096 bytes cut there"), std::string::npos) << r.err;
  EXPECT_GE(r.claims, 2);  // Lavrov's, cut at the bound, and Rubio's after it
}

// A normal article gets no note.
TEST(Linear, ANormalArticleHasNoNote) {
  kb::test::TempDir dir;
  auto r = run_kb(dir.file("kb.db"), {"ingest", KB_SOURCE_DIR "/examples/corpus"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err.find("note:"), std::string::npos) << r.err;
}

}  // namespace
