// The temporal grammar (data/vi/dates.tsv): one test per rule, on sentences written for
// these tests, and perturbations — the same fact in another date form, another weekday,
// another word order — that must give the same date.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "fixture.hpp"
#include "ingest/dates.hpp"

using namespace kb;
using namespace kb::ingest;

using Labels = std::vector<std::string>;

class Dates : public ::testing::Test {
 protected:
  Lexicon lx = *Lexicon::load(kb::ingest::testing::kData + "/vi");
  std::vector<DateMention> find(const std::string& text, std::optional<Day> ref, std::optional<Day> fallback = {}) {
    return find_dates(text, tokenize(text), lx, ref, fallback);
  }
  Labels labels(const std::string& text, std::optional<Day> ref, std::optional<Day> fallback = {}) {
    Labels out;
    for (const auto& d : find(text, ref, fallback)) out.push_back(d.range.label());
    return out;
  }
  // Each sentence and the dates it must give.
  void expect(std::optional<Day> ref, std::initializer_list<std::pair<std::string, Labels>> cases) {
    for (const auto& [text, want] : cases) EXPECT_EQ(labels(text, ref), want) << text;
  }
  // The text of each mention: what the stage took as one date.
  Labels spans(const std::string& text, std::optional<Day> ref) {
    Labels out;
    for (const auto& d : find(text, ref)) out.push_back(text.substr(d.span.begin, d.span.end - d.span.begin));
    return out;
  }
};

const Day kThursday{2025, 3, 13};  // a Thursday: the reference of the weekday tests

TEST_F(Dates, Absolute) {
  Day ref{2025, 9, 28};
  EXPECT_EQ(labels("họp báo ngày 27/9/2025 và hôm 24-9", ref), (Labels{"2025-09-27", "2025-09-24"}));
  EXPECT_EQ(labels("ngày 24/9, hồi tháng 8, năm 2024", ref), (Labels{"2025-09-24", "2025-08", "2024"}));
  EXPECT_EQ(labels("Nga - Mỹ, 1500 ký tự", ref), Labels{});
}

TEST_F(Dates, YearNearestThePublicationDate) {
  EXPECT_EQ(labels("hôm 28/12", Day{2026, 1, 5}), Labels{"2025-12-28"});
  EXPECT_EQ(labels("ngày 3/1", Day{2025, 12, 24}), Labels{"2026-01-03"});
  EXPECT_EQ(labels("ngày 3/1", std::nullopt), Labels{});
}

TEST_F(Dates, RelativeToPublicationAndToTheLastDate) {
  Day ref{2025, 2, 26};
  EXPECT_EQ(labels("Cuộc gặp sẽ diễn ra ngày mai", ref), Labels{"2025-02-27"});
  EXPECT_EQ(labels("Ngày 24/9, hai bên gặp. Phát biểu 1 ngày sau đó", Day{2025, 9, 28}),
            (Labels{"2025-09-24", "2025-09-25"}));
  EXPECT_EQ(labels("Hôm 22/10, ông hủy. Trước đó một ngày, hai bên điện đàm", Day{2025, 11, 10}),
            (Labels{"2025-10-22", "2025-10-21"}));
  auto d = find("Ngày 27-2 họp, chưa đầy 10 ngày sau khi gặp ở Riyadh", ref);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[1].range.label(), "2025-02");  // approximate: the month only
  EXPECT_TRUE(d[1].forward);
  EXPECT_EQ(labels("trong năm nay", ref), Labels{"2025"});
}

// "tháng 9 năm đó": that month of the year the text stated last, a start's year too.
TEST_F(Dates, AMonthOfThatYear) {
  Day ref{2025, 5, 21};
  EXPECT_EQ(labels("Đây là chuyến thăm đầu tiên kể từ năm 2016, khi ông Hollande tới Hà Nội vào tháng 9 năm đó.", ref),
            (Labels{"2016", "2016-09"}));
  EXPECT_EQ(labels("Hai nước lập quan hệ năm 1992, và tháng 12 năm ấy ký hiệp định đầu tiên.", ref), (Labels{"1992", "1992-12"}));
}

// Years after count from the time last stated, a bare year too; "mươi" makes tens.
TEST_F(Dates, YearsAfterCountFromTheYearStated) {
  Day ref{2025, 8, 11};
  EXPECT_EQ(labels("Hai nước lập quan hệ năm 1992. Ba mươi năm sau, hai nước nâng cấp quan hệ.", ref),
            (Labels{"1992", "2022"}));
  EXPECT_EQ(labels("Hôm 5/8, hai bên gặp. Hai mươi năm sau, ai nhớ?", ref), (Labels{"2025-08-05", "2045"}));
}

// 15/8, 15-8, 15/8/2025, 15-8-2025, 15.8.2025, 2025-08-15, 2025-08; "15.8" only after a
// word that names a day (else a decimal), and no number that goes on ("5.8%", "14:05").
TEST_F(Dates, NumericForms) {
  Day ref{2025, 9, 1};
  for (auto form : {"15/8", "15-8", "15/8/2025", "15-8-2025", "15.8.2025", "2025-08-15", "ngày 15.8", "sáng 15.8",
                    "(15.8)"})
    EXPECT_EQ(labels(std::string("Phái đoàn Indonesia tới Hà Nội ") + form + " để đàm phán.", ref),
              Labels{"2025-08-15"})
        << form;
  EXPECT_EQ(labels("Báo cáo quý ghi 2025-08 là tháng cao điểm", ref), Labels{"2025-08"});
  for (auto number : {"tăng 5.8% so với cùng kỳ", "đạt 15.8 triệu USD", "đạt 3,5 tỷ USD", "thả 1.000 tù nhân",
                      "họp lúc 14:05", "ngừng bắn 2-3 ngày", "chiếm 1.234.567 người"})
    EXPECT_EQ(labels(number, ref), Labels{}) << number;
}

// ngày 15 tháng 8 năm 2025, ngày 15 tháng 8, tháng 8/2025, tháng 8 năm 2025, tháng Tám,
// tháng Giêng, năm 2025.
TEST_F(Dates, WrittenForms) {
  Day ref{2025, 9, 1};
  expect(ref, {
      {"Hiệp định được ký ngày 15 tháng 8 năm 2025 tại Jakarta", {"2025-08-15"}},
      {"Hiệp định được ký ngày 15 tháng 8 tại Jakarta", {"2025-08-15"}},
      {"Hiệp định được ký hồi tháng 8/2025", {"2025-08"}},
      {"Hiệp định được ký vào tháng 8 năm 2024", {"2024-08"}},
      {"Hiệp định được ký vào tháng Tám", {"2025-08"}},
      {"Hiệp định có hiệu lực từ tháng Giêng năm 2026", {"2026-01"}},
      {"Hai nước thiết lập quan hệ năm 1995", {"1995"}},
      {"Ông đã thăm Lào hai tháng năm ngoái", {"2024"}},  // a quantity is no month
  });
}

// 24-25/6, từ 24 đến 25/6, từ ngày 20 đến 30-6, từ 25 đến 28.10, ngày 24 và 25/6: a range
// is dated by its first day.
TEST_F(Dates, RangesTakeTheirFirstDay) {
  Day ref{2025, 7, 1};
  for (auto form : {"ngày 24-25/6", "hai ngày 24-25/6", "từ 24 đến 25/6", "từ ngày 24 đến ngày 25/6", "từ 24 tới 25.6",
                    "ngày 24-25/6/2025", "ngày 24 và 25/6", "các ngày 24 và 25 tháng 6", "từ ngày 24 đến 25 tháng 6"})
    EXPECT_EQ(labels(std::string("Hội nghị diễn ra ") + form + " tại Brussels.", ref), Labels{"2025-06-24"}) << form;
  // both days in full, in one month or over its end ("từ ngày 30/6 đến 1/7"): one range too
  EXPECT_EQ(labels("Hội nghị kéo dài từ 10/6 đến 12/6", ref), Labels{"2025-06-10"});
  EXPECT_EQ(labels("Hội nghị diễn ra từ ngày 30/6 đến 1/7 tại Brussels.", ref), Labels{"2025-06-30"});
  auto d = find("Hội nghị diễn ra từ ngày 30/6 đến 1/7 tại Brussels.", ref, std::nullopt);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(kb::iso(d[0].range.end), "2025-07-01");
  EXPECT_EQ(labels("Hội nghị diễn ra từ ngày 30/6 đến 5/8 tại Brussels.", ref), (Labels{"2025-06-30", "2025-08-05"}));
  EXPECT_EQ(labels("Hai ông gặp nhau hôm 7/6 và 8/6.", ref), (Labels{"2025-06-07", "2025-06-08"}));  // two days
  EXPECT_EQ(labels("tù binh từ 18 đến 25 tuổi", ref), Labels{});
}

// A bare weekday is the last such day on or before the reference; after a plan word the
// next one on or after it.
TEST_F(Dates, WeekdaysInPastAndFutureNews) {
  expect(kThursday, {
      {"Hai ngoại trưởng gặp nhau hôm thứ Ba tại Jakarta.", {"2025-03-11"}},
      {"Hai ngoại trưởng gặp nhau vào thứ Năm tại Jakarta.", {"2025-03-13"}},
      {"Chủ nhật, hai bên trao đổi tù binh.", {"2025-03-09"}},
      {"Hai bên sẽ ký hiệp định vào thứ Hai.", {"2025-03-17"}},
      {"Hai bên dự kiến ký hiệp định tại Hà Nội vào thứ Bảy.", {"2025-03-15"}},
      {"Phái đoàn đến hôm thứ 3 và rời đi vào thứ 6.", {"2025-03-11", "2025-03-07"}},
  });
}

// thứ Năm tuần trước / tuần này / tuần tới; thứ Hai tới; thứ Tư (vừa) qua; Chủ nhật này.
TEST_F(Dates, WeekdaysWithAWeek) {
  expect(kThursday, {
      {"Họ đã gặp nhau thứ Sáu tuần trước.", {"2025-03-07"}},
      {"Cuộc gặp diễn ra thứ Tư tuần này.", {"2025-03-12"}},
      {"Cuộc gặp sẽ diễn ra thứ Bảy tuần tới.", {"2025-03-22"}},
      {"Cuộc gặp sẽ diễn ra thứ Hai tới.", {"2025-03-17"}},
      {"Cuộc gặp sẽ diễn ra vào thứ Năm tới.", {"2025-03-20"}},
      {"Cuộc gặp diễn ra hôm thứ Tư vừa qua.", {"2025-03-12"}},
      {"Cuộc gặp diễn ra hôm thứ Năm qua.", {"2025-03-06"}},
      {"Cuộc gặp sẽ diễn ra Chủ nhật này.", {"2025-03-16"}},
  });
}

// tháng 11 tới; tháng 2 vừa qua; tháng 5 này: a shift word after a year-less month, as
// after a weekday; "từ tháng 4 tới tháng 6" is a range, not "the coming April".
TEST_F(Dates, MonthsWithAShiftWord) {
  expect(kThursday, {
      {"Hai bên sẽ gặp lại vào tháng 11 tới.", {"2025-11"}},
      {"Hội nghị sẽ họp vào tháng Hai tới.", {"2026-02"}},
      {"Hai bên đã gặp nhau hồi tháng 12 vừa qua.", {"2024-12"}},
      {"Hội nghị sẽ họp trong tháng 5 này.", {"2025-05"}},
      {"Đoàn sẽ công tác từ tháng 4 tới tháng 6.", {"2025-04", "2025-06"}},
  });
}

// "thứ ba" is also "the third": a weekday only with a capital, after a day word or a
// preposition, before a week word or a date.
TEST_F(Dates, OrdinalsAreNoWeekdays) {
  expect(kThursday, {
      {"Đây là vòng đàm phán thứ ba giữa hai nước.", {}},
      {"Đây là lần thứ hai hai nhà lãnh đạo gặp nhau.", {}},
      {"Thứ hai, hai bên nhất trí mở lại đường bay.", {}},
      {"Ông đứng thứ 5 trong danh sách.", {}},
      {"Đây là vòng đàm phán thứ ba tuần này.", {"2025-03-11"}},  // a week word makes it a day
  });
}

// The explicit date beats a contradicting weekday, and both are one mention.
TEST_F(Dates, TheDateWinsOverItsWeekday) {
  EXPECT_EQ(spans("Cuộc gặp diễn ra vào thứ Bảy (8/3) tại Jakarta.", kThursday), Labels{"thứ Bảy (8/3)"});
  EXPECT_EQ(labels("Cuộc gặp diễn ra vào thứ Bảy (8/3) tại Jakarta.", kThursday), Labels{"2025-03-08"});
  EXPECT_EQ(labels("Cuộc gặp diễn ra vào thứ Hai (8/3) tại Jakarta.", kThursday), Labels{"2025-03-08"});
  EXPECT_EQ(labels("Cuộc gặp dự kiến diễn ra vào thứ Bảy ngày 15/3.", kThursday), Labels{"2025-03-15"});
  EXPECT_EQ(spans("CN, 9/3/2025, 10:20 (GMT+7)", kThursday), Labels{"CN, 9/3/2025"});
  EXPECT_EQ(spans("Thứ 5, 13/3/2025", kThursday), Labels{"Thứ 5, 13/3/2025"});
}

// hôm qua, hôm nay, hôm kia, ngày mai, ngày kia; a part of the day stands for "hôm"
// (chiều qua, sáng nay, tối mai, đêm qua).
TEST_F(Dates, DaysFromTheReference) {
  std::pair<const char*, const char*> cases[] = {
      {"hôm qua", "2025-03-12"},  {"hôm nay", "2025-03-13"},  {"hôm kia", "2025-03-11"},
      {"ngày mai", "2025-03-14"}, {"ngày kia", "2025-03-15"}, {"chiều qua", "2025-03-12"},
      {"sáng nay", "2025-03-13"}, {"tối mai", "2025-03-14"},  {"đêm qua", "2025-03-12"},
      {"sáng hôm qua", "2025-03-12"}};
  for (auto [words, day] : cases) {
    EXPECT_EQ(labels(std::string("Thủ tướng tiếp đoàn doanh nghiệp Nhật Bản ") + words + ".", kThursday), Labels{day}) << words;
    EXPECT_EQ(labels(std::string(words) + ", Thủ tướng tiếp đoàn doanh nghiệp Nhật Bản.", kThursday), Labels{day}) << words;
  }
  EXPECT_EQ(labels("Bản tin gửi mỗi sáng qua email.", kThursday), Labels{}) << "a habit, and qua is 'via'";
}

// "hôm qua (12/3)", "hôm qua 12.3", "sáng mai 14.3", "Một ngày sau, hôm 14/3": one mention,
// dated by the date.
TEST_F(Dates, ARelativeDayBeforeItsDateIsOneMention) {
  EXPECT_EQ(spans("Hôm qua (12/3), hai bên hội đàm.", kThursday), Labels{"Hôm qua (12/3)"});
  EXPECT_EQ(labels("Hôm qua 12.3, hai bên hội đàm.", kThursday), Labels{"2025-03-12"});
  EXPECT_EQ(labels("Sáng mai 14.3, hai bên sẽ hội đàm.", kThursday), Labels{"2025-03-14"});
  EXPECT_EQ(labels("Ngày 13/3 ông tới Lào. Một ngày sau, hôm 14/3, ông tới Campuchia.", kThursday),
            (Labels{"2025-03-13", "2025-03-14"}));
}

// Parts of the day before a date do not break it; time zones after it belong to it.
TEST_F(Dates, PartsOfTheDayAndTimeZones) {
  for (auto form : {"chiều 2-3", "sáng 2/3", "tối 2/3", "trưa 2-3", "chiều tối 2/3", "rạng sáng 2/3"})
    EXPECT_EQ(labels(std::string("Hai bên hội đàm ") + form + " tại Vientiane.", kThursday), Labels{"2025-03-02"}) << form;
  EXPECT_EQ(spans("Cuộc điện đàm diễn ra tối 12/3 (giờ địa phương) và kéo dài một giờ.", kThursday),
            Labels{"tối 12/3 (giờ địa phương)"});
  EXPECT_EQ(spans("Cuộc điện đàm diễn ra tối 12/3 giờ Hà Nội.", kThursday), Labels{"tối 12/3 giờ Hà Nội"});
}

// tuần trước / tuần này / tuần tới, cuối tuần (trước), đầu tuần: the month of the day they
// land on (the dev set's rule: "tuần trước" gives the month only).
TEST_F(Dates, WeeksGiveTheMonth) {
  EXPECT_EQ(labels("Hai bên đàm phán tuần trước.", kThursday), Labels{"2025-03"});
  EXPECT_EQ(labels("Hai bên đàm phán tuần trước.", Day{2025, 3, 3}), Labels{"2025-02"});
  EXPECT_EQ(labels("Hai bên sẽ đàm phán tuần tới.", Day{2025, 3, 27}), Labels{"2025-04"});
  EXPECT_EQ(labels("Hai bên đàm phán cuối tuần trước.", Day{2025, 3, 5}), Labels{"2025-03"});
  EXPECT_EQ(labels("Hai bên đàm phán cuối tuần trước.", Day{2025, 2, 5}), Labels{"2025-02"});
  EXPECT_EQ(labels("Hai bên đàm phán cuối tuần trước.", Day{2025, 6, 2}), Labels{"2025-05"});
  EXPECT_EQ(labels("Hai bên đàm phán hồi cuối tuần.", Day{2025, 4, 2}), Labels{"2025-03"});
  EXPECT_EQ(labels("Hai bên sẽ đàm phán vào đầu tuần tới.", Day{2025, 3, 28}), Labels{"2025-03"});
  EXPECT_EQ(labels("Hai bên sẽ đàm phán trong vài tuần tới.", kThursday), Labels{}) << "a span of time";
  EXPECT_EQ(labels("Hai bên sẽ đàm phán trong những tuần tới.", kThursday), Labels{});
}

// đầu / giữa / cuối tháng 10, tháng trước / này / tới, năm ngoái / nay / tới, đầu năm,
// cuối năm, tháng 4 năm sau, 5/1 năm ngoái.
TEST_F(Dates, MonthsAndYears) {
  Day ref{2025, 11, 20};
  expect(ref, {
      {"Hai bên gặp nhau hồi cuối tháng 10.", {"2025-10"}},
      {"Hai bên gặp nhau vào đầu tháng 10.", {"2025-10"}},
      {"Hai bên gặp nhau giữa tháng 10 năm 2024.", {"2024-10"}},
      {"Hai bên gặp nhau tháng trước.", {"2025-10"}},
      {"Hai bên sẽ gặp nhau tháng tới.", {"2025-12"}},
      {"Hai bên gặp nhau trong tháng này.", {"2025-11"}},
      {"Hai bên sẽ gặp nhau vào cuối tháng.", {"2025-11"}},
      {"Hai bên gặp nhau năm ngoái.", {"2024"}},
      {"Hai bên sẽ gặp nhau năm tới.", {"2026"}},
      {"Hai bên gặp nhau hồi đầu năm.", {"2025"}},
      {"Hai bên gặp nhau cuối năm ngoái.", {"2024"}},
      {"Ông sẽ thăm Bắc Kinh vào tháng 4 năm sau.", {"2026-04"}},
      {"Ông đã thăm Bắc Kinh ngày 5 tháng 1 năm nay.", {"2025-01-05"}},
      {"Ông đã thăm Bắc Kinh ngày 5/1 năm ngoái.", {"2024-01-05"}},
      {"Hai bên sẽ gặp nhau trong những năm tới.", {}},
  });
  EXPECT_EQ(labels("Hai bên gặp nhau tháng trước.", Day{2025, 1, 10}), Labels{"2024-12"});
}

// "hai ngày trước" (ago), "một tháng trước", "ba ngày nữa": from the reference.
TEST_F(Dates, ShiftsFromTheReference) {
  expect(kThursday, {
      {"Hai ngày trước, ông Sơn điện đàm với người đồng cấp Lào.", {"2025-03-11"}},
      {"Ông Sơn điện đàm với người đồng cấp Lào hai ngày trước.", {"2025-03-11"}},
      {"Một tháng trước, ông Sơn thăm Lào.", {"2025-02"}},
      {"Hai năm trước, ông Sơn thăm Lào.", {"2023"}},
      {"Ba ngày nữa, ông Sơn sẽ thăm Lào.", {"2025-03-16"}},
  });
}

// cùng ngày, hôm đó, ngày hôm sau, N ngày sau đó, trước đó N ngày, sau đó N ngày, hai tuần
// sau (the month): from the date last given.
TEST_F(Dates, FromTheLastDateGiven) {
  auto last = [&](const std::string& follow) {
    auto l = labels("Ngày 3/3, ông Sơn tới Viêng Chăn. " + follow, kThursday);
    return l.size() == 2 ? l[1] : "?";
  };
  EXPECT_EQ(last("Cùng ngày, ông hội đàm với người đồng cấp."), "2025-03-03");
  EXPECT_EQ(last("Tối cùng ngày, ông hội đàm với người đồng cấp."), "2025-03-03");
  EXPECT_EQ(last("Hôm đó, ông hội đàm với người đồng cấp."), "2025-03-03");
  EXPECT_EQ(last("Ngày hôm sau, ông hội đàm với người đồng cấp."), "2025-03-04");
  EXPECT_EQ(last("Hai ngày sau đó, ông hội đàm với người đồng cấp."), "2025-03-05");
  EXPECT_EQ(last("Sau đó ba ngày, ông hội đàm với người đồng cấp."), "2025-03-06");
  EXPECT_EQ(last("Trước đó hai ngày, ông hội đàm với người đồng cấp."), "2025-03-01");
  EXPECT_EQ(last("Ông hội đàm với người đồng cấp hai ngày trước đó."), "2025-03-01");
  EXPECT_EQ(last("Một ngày sau, ông hội đàm với người đồng cấp."), "2025-03-04");
  EXPECT_EQ(last("Hai tuần sau, ông hội đàm với người đồng cấp."), "2025-03");
  EXPECT_EQ(last("Khoảng ba ngày sau đó, ông hội đàm với người đồng cấp."), "2025-03");
}

// "A một ngày sau khi X": X is a day before A; fronted, "Ba ngày sau X, A": A is three days
// after the date last given; "A hai ngày trước khi X hôm 15/3": A is two days before X's own date.
TEST_F(Dates, RelationsBetweenTwoEvents) {
  auto d = find("Ngày 5/3, hai bên hội đàm. Cuộc hội đàm diễn ra một ngày sau khi ông Sơn tới Viêng Chăn.", kThursday);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[1].range.label(), "2025-03-04");
  EXPECT_TRUE(d[1].forward);
  d = find("Ngày 5/3, hai bên hội đàm. Cuộc hội đàm diễn ra ba ngày sau cuộc bầu cử ở Lào.", kThursday);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[1].range.label(), "2025-03-02");
  EXPECT_TRUE(d[1].forward);
  d = find("Ngày 5/3, Lào bầu cử. Ba ngày sau cuộc bầu cử, hai bên hội đàm.", kThursday);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[1].range.label(), "2025-03-08");
  EXPECT_FALSE(d[1].forward);
  d = find("Cuộc phỏng vấn diễn ra hai ngày trước khi ông Sơn gặp ông Saleumxay hôm 11/3.", kThursday);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].range.label(), "2025-03-09");
  EXPECT_TRUE(d[0].backward);
  EXPECT_EQ(d[1].range.label(), "2025-03-11");
}

// Without a publication date, the reference is the latest date the text has stated (not a
// plan, not a deadline); a year-less date before any year takes the first year stated;
// with no date at all, the fallback.
TEST_F(Dates, TheReferenceWithoutAPublicationDate) {
  EXPECT_EQ(labels("Viêng Chăn, 10/3/2025. Hôm qua, hai bên ký hiệp định.", std::nullopt),
            (Labels{"2025-03-10", "2025-03-09"}));
  EXPECT_EQ(labels("Ngày 2/3 ông tới Lào. Ông trở về Hà Nội ngày 6/3/2025.", std::nullopt),
            (Labels{"2025-03-02", "2025-03-06"}));
  EXPECT_EQ(labels("Ngày 10/3/2025, ông cho biết hai bên sẽ gặp nhau vào ngày 20/3. Hôm nay, ông tới Lào.", std::nullopt),
            (Labels{"2025-03-10", "2025-03-20", "2025-03-10"}));
  EXPECT_EQ(labels("Ngày 10/3/2025, Lào đưa ra hạn chót tới ngày 30/3. Hôm qua, ông tới Lào.", std::nullopt),
            (Labels{"2025-03-10", "2025-03-30", "2025-03-09"}));
  EXPECT_EQ(labels("Hai bên gặp nhau hôm 24-9.", std::nullopt, Day{2025, 9, 28}), Labels{"2025-09-24"});
  EXPECT_EQ(labels("Tháng 8/2025. Hai bên gặp nhau hôm 20/8.", std::nullopt), (Labels{"2025-08", "2025-08-20"}));
}

// A relative date the reference looks forward to ("thứ Hai tới") is no anchor for the next
// relative date; a date of what happened is.
TEST_F(Dates, PlansAreNoAnchors) {
  EXPECT_EQ(labels("Hôm qua ông Sơn tới Lào, và sẽ tới Campuchia thứ Hai tới. Một ngày trước chuyến đi Lào, ông tiếp "
                   "đại sứ Nhật Bản.",
                   kThursday),
            (Labels{"2025-03-12", "2025-03-17", "2025-03-11"}));
}

// The same fact, told in other date forms and word orders: 8 March 2025, reference
// Thursday 13 March.
TEST_F(Dates, PerturbationsOfOneDate) {
  for (auto form : {"ngày 8/3", "ngày 8-3", "ngày 8.3", "ngày 8/3/2025", "ngày 8.3.2025", "ngày 8-3-2025", "2025-03-08",
                    "ngày 8 tháng 3", "ngày 8 tháng 3 năm 2025", "hôm thứ Bảy", "thứ Bảy tuần trước", "hôm thứ Bảy (8/3)",
                    "thứ Bảy ngày 8/3", "thứ Hai (8/3)", "chiều 8/3", "tối thứ Bảy", "sáng 8/3 (giờ địa phương)",
                    "5 ngày trước", "năm ngày trước", "hôm thứ 7", "vào thứ bảy"}) {
    EXPECT_EQ(labels(std::string("Ngoại trưởng hai nước đã gặp nhau tại Jakarta ") + form + ".", kThursday),
              Labels{"2025-03-08"})
        << form;
    EXPECT_EQ(labels(std::string(form) + ", ngoại trưởng hai nước đã gặp nhau tại Jakarta.", kThursday),
              Labels{"2025-03-08"})
        << form;
  }
}

// Every weekday, in the past and with a plan: one week around Thursday 13 March.
TEST_F(Dates, PerturbationsOfTheWeekday) {
  const char* names[] = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};
  const char* past[] = {"2025-03-10", "2025-03-11", "2025-03-12", "2025-03-13", "2025-03-07", "2025-03-08", "2025-03-09"};
  const char* plan[] = {"2025-03-17", "2025-03-18", "2025-03-19", "2025-03-13", "2025-03-14", "2025-03-15", "2025-03-16"};
  for (int i = 0; i < 7; ++i) {
    EXPECT_EQ(labels(std::string("Hai bên gặp nhau hôm ") + names[i] + ".", kThursday), Labels{past[i]}) << names[i];
    EXPECT_EQ(labels(std::string("Hai bên sẽ gặp nhau vào ") + names[i] + ".", kThursday), Labels{plan[i]}) << names[i];
    EXPECT_EQ(labels(std::string("Vào ") + names[i] + ", hai bên sẽ gặp nhau.", kThursday).size(), 1u) << names[i];
  }
}

// The year nearest the reference, across the turn of the year, in each date form.
TEST_F(Dates, PerturbationsAcrossTheYear) {
  Day ref{2026, 1, 3};
  for (auto form : {"ngày 29/12", "ngày 29-12", "ngày 29.12", "ngày 29 tháng 12", "hôm thứ Hai", "thứ Hai tuần này"})
    EXPECT_EQ(labels(std::string("Hai bên đàm phán ") + form + " tại Abu Dhabi.", ref), Labels{"2025-12-29"}) << form;
  EXPECT_EQ(labels("Hai bên gặp nhau hồi tháng 12.", ref), Labels{"2025-12"});
  EXPECT_EQ(labels("Hai bên gặp nhau năm ngoái.", ref), Labels{"2025"});
  EXPECT_EQ(labels("Hai bên gặp nhau tuần trước.", ref), Labels{"2025-12"});
}

// The shipped lexicon with one more line in dates.tsv (a copy in a temporary folder).
Result<Lexicon> with_line(const std::string& line) {
  namespace fs = std::filesystem;
  auto dir = fs::temp_directory_path() / ("kb-dates-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(kb::ingest::testing::kData + "/vi", dir);
  std::ofstream(dir / "dates.tsv", std::ios::app) << line << "\n";
  auto lx = Lexicon::load(dir.string());
  fs::remove_all(dir);
  return lx;
}

// A malformed line of dates.tsv is an error naming file:line.
TEST_F(Dates, AnUnknownKindNamesTheLine) {
  auto bad = with_line("hôm nọ\tsometime\t-");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().where.find("dates.tsv:"), std::string::npos);
  EXPECT_NE(bad.error().message.find("sometime"), std::string::npos);
  EXPECT_FALSE(with_line("ngày {d}\tday\tmột"));
}

// The order of numeric dates is a fact of the data, not of the stage.
TEST_F(Dates, TheNumericOrderIsData) {
  auto mf = with_line("month first\tsetting\t1");
  ASSERT_TRUE(mf);
  auto text = std::string("ngày 8/15/2025 và ngày 8/15");
  Labels got;
  for (const auto& d : find_dates(text, tokenize(text), *mf, Day{2025, 9, 1})) got.push_back(d.range.label());
  EXPECT_EQ(got, (Labels{"2025-08-15", "2025-08-15"}));
}

// "Trong khi đó" is "meanwhile", a contrast: no "khi đó" (then) inside it; "Khi đó" alone is
// the time last stated.
TEST_F(Dates, MeanwhileIsNoDate) {
  expect(kThursday, {{"Ngày 2/3, hai bên gặp nhau. Trong khi đó, phía Canada hoãn cuộc họp dự kiến chiều 9/3.", {"2025-03-02", "2025-03-09"}},
                     {"Ngày 2/3, hai bên gặp nhau. Khi đó, phía Canada chưa lên tiếng.", {"2025-03-02", "2025-03-02"}}});
}
