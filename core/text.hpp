// Unicode helpers shared by ingest, dsl and render. Everything here takes and returns
// UTF-8. "Folding" is how names and search text are compared: NFD, combining marks
// removed, case folded, and đ/Đ mapped to d — SQLite's own remove_diacritics keeps đ,
// so "dien kremlin" would otherwise never find "Điện Kremlin".
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kb::text {

// Byte offset of the first invalid UTF-8 sequence, or nullopt when the text is valid.
std::optional<std::size_t> invalid_utf8_at(std::string_view s);

// Unicode NFC (composed) form. Input must be valid UTF-8.
std::string nfc(std::string_view s);

// Lower case, no diacritics, đ -> d, punctuation -> space, runs of space collapsed,
// trimmed. "Điện Kremlin" -> "dien kremlin", "Sergey-Lavrov" -> "sergey lavrov".
std::string fold(std::string_view s);

// Like fold() but keeps every character's position: out[i] is the fold of the code point
// starting at byte offsets[i] of the input. Used by the gazetteer matcher so that a match
// in folded text maps back to exact offsets in the article.
struct Folded {
  std::string text;                  // folded text, one folded unit per input code point
  std::vector<std::size_t> source;   // for each byte of `text`, the input byte it came from
};
Folded fold_with_offsets(std::string_view s);

// Terminal display width (combining marks 0, East Asian wide 2).
std::size_t display_width(std::string_view s);

// Decode one code point at s[i]; advances i. Returns U+FFFD on malformed input.
char32_t next_code_point(std::string_view s, std::size_t& i);

// Lower-case (Unicode case folding) but keep diacritics: "Ông" -> "ông".
std::string lower(std::string_view s);

// True when the first letter of the word is upper case (Unicode aware).
bool starts_upper(std::string_view word);
// True when the word has letters and none of them is lower case ("VOV", "HÀ", "NLĐO").
bool all_upper(std::string_view word);

std::string trim(std::string_view s);
// The same as a view into `s`, for loops that trim again and again.
std::string_view trim_view(std::string_view s);

// Text made safe to show on a terminal, for text that comes from files, articles and
// statements: C0 controls and DEL become \n \r \t or \xHH, C1 controls (U+0080–U+009F)
// \u00HH, and bytes that are not UTF-8 \xHH. So such text can neither send an escape
// sequence nor start a line of its own. With keep_newlines, '\n' stays (multi-line values).
// Backslashes are kept as they are: the escapes are for reading, not for decoding.
std::string escape_controls(std::string_view s, bool keep_newlines = false);

// The first `n` code points of `s` (never a cut character), with "…" when it was longer.
std::string prefix_chars(std::string_view s, std::size_t n);

}  // namespace kb::text
