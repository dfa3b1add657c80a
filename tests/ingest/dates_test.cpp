#include <gtest/gtest.h>

#include "fixture.hpp"
#include "ingest/dates.hpp"

using namespace kb;
using namespace kb::ingest;

class Dates : public ::testing::Test {
 protected:
  Lexicon lx = *Lexicon::load(kb::ingest::testing::kData + "/vi");
  std::vector<std::string> labels(const std::string& text, std::optional<Day> ref) {
    std::vector<std::string> out;
    for (const auto& d : find_dates(text, tokenize(text), lx, ref)) out.push_back(d.range.label());
    return out;
  }
};

TEST_F(Dates, Absolute) {
  Day ref{2025, 9, 28};
  EXPECT_EQ(labels("họp báo ngày 27/9/2025 và hôm 24-9", ref), (std::vector<std::string>{"2025-09-27", "2025-09-24"}));
  EXPECT_EQ(labels("ngày 24/9, hồi tháng 8, năm 2024", ref), (std::vector<std::string>{"2025-09-24", "2025-08", "2024"}));
  EXPECT_EQ(labels("Nga - Mỹ, 1500 ký tự", ref), std::vector<std::string>{});
}

TEST_F(Dates, YearNearestThePublicationDate) {
  EXPECT_EQ(labels("hôm 28/12", Day{2026, 1, 5}), std::vector<std::string>{"2025-12-28"});
  EXPECT_EQ(labels("ngày 3/1", Day{2025, 12, 24}), std::vector<std::string>{"2026-01-03"});
  EXPECT_EQ(labels("ngày 3/1", std::nullopt), std::vector<std::string>{});
}

TEST_F(Dates, RelativeToPublicationAndToTheLastDate) {
  Day ref{2025, 2, 26};
  EXPECT_EQ(labels("Cuộc gặp sẽ diễn ra ngày mai", ref), std::vector<std::string>{"2025-02-27"});
  EXPECT_EQ(labels("Ngày 24/9, hai bên gặp. Phát biểu 1 ngày sau đó", Day{2025, 9, 28}),
            (std::vector<std::string>{"2025-09-24", "2025-09-25"}));
  EXPECT_EQ(labels("Hôm 22/10, ông hủy. Trước đó một ngày, hai bên điện đàm", Day{2025, 11, 10}),
            (std::vector<std::string>{"2025-10-22", "2025-10-21"}));
  auto d = find_dates("Ngày 27-2 họp, chưa đầy 10 ngày sau khi gặp ở Riyadh", tokenize("Ngày 27-2 họp, chưa đầy 10 ngày sau khi gặp ở Riyadh"), lx, ref);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[1].range.label(), "2025-02");  // approximate: the month only
  EXPECT_TRUE(d[1].forward);
  EXPECT_EQ(labels("trong năm nay", ref), std::vector<std::string>{"2025"});
}
