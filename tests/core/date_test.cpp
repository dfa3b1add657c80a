#include <gtest/gtest.h>

#include "core/date.hpp"

using namespace kb;

TEST(DateLiteral, ParsesThreePrecisions) {
  auto d = parse_date_literal("2025-09-24");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->precision, Precision::day);
  EXPECT_EQ(d->label(), "2025-09-24");
  auto m = parse_date_literal("2025-02");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->start_iso(), "2025-02-01");
  EXPECT_EQ(m->end_iso(), "2025-02-28");
  EXPECT_EQ(m->label(), "2025-02");
  auto y = parse_date_literal("2024");
  ASSERT_TRUE(y);
  EXPECT_EQ(y->end_iso(), "2024-12-31");
  EXPECT_EQ(parse_date_literal("2024-02")->end_iso(), "2024-02-29");
}

TEST(DateLiteral, RejectsImpossibleDates) {
  EXPECT_FALSE(parse_date_literal("2025-13-01"));
  EXPECT_FALSE(parse_date_literal("2025-02-30"));
  EXPECT_FALSE(parse_date_literal("2025-1-1"));
  EXPECT_FALSE(parse_date_literal("abcd"));
  EXPECT_FALSE(parse_date_literal(""));
}

TEST(Days, AddAcrossMonthsAndYears) {
  EXPECT_EQ(iso(add_days({2025, 10, 22}, -1)), "2025-10-21");
  EXPECT_EQ(iso(add_days({2025, 2, 26}, 1)), "2025-02-27");
  EXPECT_EQ(iso(add_days({2025, 12, 31}, 1)), "2026-01-01");
  EXPECT_EQ(iso(add_days({2024, 3, 1}, -1)), "2024-02-29");
  EXPECT_EQ(weekday({2025, 9, 24}), 2);  // a Wednesday
}
