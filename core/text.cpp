#include "core/text.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace kb::text {

std::optional<std::size_t> invalid_utf8_at(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) return i;
    i += static_cast<std::size_t>(n);
  }
  return std::nullopt;
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
  utf8proc_int32_t cp = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                            static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) {
    ++i;
    return 0xFFFD;
  }
  i += static_cast<std::size_t>(n);
  return static_cast<char32_t>(cp);
}

static void append_utf8(std::string& out, char32_t cp) {
  utf8proc_uint8_t buf[4];
  auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

static std::string map(std::string_view s, int options) {
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                        static_cast<utf8proc_ssize_t>(s.size()), &out,
                        static_cast<utf8proc_option_t>(options));
  if (n < 0) return std::string(s);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

std::string nfc(std::string_view s) { return map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE); }

std::string lower(std::string_view s) {
  return map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

// Fold one code point into `out`; returns false when it folds to a separator.
static bool fold_code_point(char32_t cp, std::string& out) {
  if (cp == U'đ' || cp == U'Đ') {
    out.push_back('d');
    return true;
  }
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  bool letter_or_digit = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
  bool mark = cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME;
  if (mark) return true;  // a lone combining mark folds to nothing
  if (!letter_or_digit) return false;
  utf8proc_int32_t buf[8];
  int last = 0;
  auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 8,
                                   static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                                  UTF8PROC_CASEFOLD),
                                   &last);
  if (n <= 0) return false;
  for (utf8proc_ssize_t k = 0; k < n && k < 8; ++k) {
    char32_t c = static_cast<char32_t>(buf[k]);
    if (c == U'đ') c = U'd';
    append_utf8(out, c);
  }
  return true;
}

Folded fold_with_offsets(std::string_view s) {
  Folded f;
  f.text.reserve(s.size());
  f.source.reserve(s.size());
  bool pending_space = false;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    char32_t cp = next_code_point(s, i);
    std::string unit;
    if (fold_code_point(cp, unit)) {
      if (unit.empty()) continue;
      if (pending_space && !f.text.empty()) {
        f.text.push_back(' ');
        f.source.push_back(start);
      }
      pending_space = false;
      f.text += unit;
      f.source.insert(f.source.end(), unit.size(), start);
    } else {
      pending_space = true;
    }
  }
  return f;
}

std::string fold(std::string_view s) { return fold_with_offsets(s).text; }

std::size_t display_width(std::string_view s) {
  std::size_t w = 0, i = 0;
  while (i < s.size()) {
    char32_t cp = next_code_point(s, i);
    int cw = utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp));
    if (cw > 0) w += static_cast<std::size_t>(cw);
  }
  return w;
}

bool starts_upper(std::string_view word) {
  std::size_t i = 0;
  if (word.empty()) return false;
  char32_t cp = next_code_point(word, i);
  return utf8proc_isupper(static_cast<utf8proc_int32_t>(cp));
}

bool all_upper(std::string_view word) {
  bool letter = false;
  for (std::size_t i = 0; i < word.size();) {
    auto cp = static_cast<utf8proc_int32_t>(next_code_point(word, i));
    if (utf8proc_islower(cp)) return false;
    letter = letter || utf8proc_isupper(cp);
  }
  return letter;
}

std::string escape_controls(std::string_view s, bool keep_newlines) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7f) {
      out += s[i++];
    } else if (c < 0x80) {
      ++i;
      if (c == '\n' && keep_newlines) out += '\n';
      else if (c == '\n') out += "\\n";
      else if (c == '\r') out += "\\r";
      else if (c == '\t') out += "\\t";
      else out += fmt::format("\\x{:02x}", c);
    } else {
      utf8proc_int32_t cp;
      auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
      if (n <= 0) {
        out += fmt::format("\\x{:02x}", c);
        ++i;
      } else {
        if (cp <= 0x9f) out += fmt::format("\\u{:04x}", cp);
        else out.append(s.substr(i, static_cast<std::size_t>(n)));
        i += static_cast<std::size_t>(n);
      }
    }
  }
  return out;
}

std::string_view trim_view(std::string_view s) {
  const char* ws = " \t\r\n\f\v";
  auto b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(ws);
  // Also trim the no-break space U+00A0, common in web text.
  s = s.substr(b, e - b + 1);
  constexpr std::string_view nbsp = "\xC2\xA0";
  while (s.size() >= 2 && s.substr(0, 2) == nbsp) s.remove_prefix(2);
  while (s.size() >= 2 && s.substr(s.size() - 2) == nbsp) s.remove_suffix(2);
  return s;
}

std::string trim(std::string_view s) { return std::string(trim_view(s)); }

std::string prefix_chars(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t k = 0; k < n && i < s.size(); ++k) next_code_point(s, i);
  return i < s.size() ? std::string(s.substr(0, i)) + "…" : std::string(s);
}

}  // namespace kb::text
