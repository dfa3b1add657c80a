#include "ingest/read.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <regex>

#include "core/text.hpp"
#include "ingest/header.hpp"

namespace kb::ingest {

namespace fs = std::filesystem;

// What kind of thing a path is, for "not a regular file" errors.
static const char* kind_name(fs::file_type t) {
  switch (t) {
    case fs::file_type::fifo: return "a FIFO";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::block: return "a block device";
    case fs::file_type::character: return "a character device";
    default: return "not a regular file";
  }
}

Result<Document> read_file(const std::string& path, const Languages* languages) {
  std::error_code ec;
  auto st = fs::status(path, ec);
  if (ec && ec != std::errc::no_such_file_or_directory) return Error{ec.message(), path, {}};
  if (!fs::exists(st)) {
    // A dangling symlink exists as a link: say so rather than "no such file".
    if (fs::is_symlink(fs::symlink_status(path, ec))) return Error{"a symbolic link to nothing", path, {}};
    return Error{"no such file", path, {}};
  }
  // Folders are expanded to their *.txt files before reading; one that gets here has none.
  if (fs::is_directory(st)) return Error{"a folder with no .txt articles in it", path, {}};
  // Reading a FIFO or a device could block or never end.
  if (!fs::is_regular_file(st)) return Error{fmt::format("not a regular file ({})", kind_name(st.type())), path, {}};
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Error{fmt::format("cannot open the file: {}", std::strerror(errno)), path, {}};
  // Read at most one byte past the limit: the file may grow while it is read.
  std::string bytes;
  char buf[1 << 16];
  ssize_t n = 0;
  while (bytes.size() <= max_file_bytes && (n = ::read(fd, buf, sizeof buf)) != 0) {
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      return Error{fmt::format("cannot read the file: {}", std::strerror(err)), path, {}};
    }
    bytes.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  if (bytes.size() > max_file_bytes)
    return Error{fmt::format("file too large (more than {} bytes)", max_file_bytes), path, {}};
  return read_bytes(std::move(bytes), path, languages);
}

// " date 2025-09-28 Title..." (or " date 2025-06 Title...") at the very start: the
// corpus's own header, date and title on one line.
static bool take_date_header(Document& d) {
  static const std::regex re(R"(^\s*date (\d{4}-\d{2}(?:-\d{2})?)[ \t]*)");
  std::smatch m;
  std::string head = d.text.substr(0, 200);  // the header is the first line; never scan a whole file
  if (!std::regex_search(head, m, re)) return false;
  d.published = parse_date_literal(m[1].str());
  d.text.erase(0, static_cast<std::size_t>(m.length(0)));
  return true;
}

Result<Document> read_bytes(std::string bytes, const std::string& path, const Languages* languages) {
  // A byte-order mark is no text: left in, it hides the header line and starts the title.
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
  if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) return Error{"empty file", path, {}};
  if (auto nul = bytes.find('\0'); nul != std::string::npos)
    return Error{"binary file, not text (NUL byte)", fmt::format("{}: byte {}", path, nul), {}};
  if (auto bad = text::invalid_utf8_at(bytes))
    return Error{"invalid UTF-8 (articles must be UTF-8)", fmt::format("{}: byte {}", path, *bad), {}};
  // Letters, after folding (Vietnamese letters fold to a-z; other scripts stay non-ASCII):
  // a file of punctuation and digits is no article, whatever its name.
  auto folded = text::fold(bytes);
  auto letters = std::count_if(folded.begin(), folded.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  });
  if (letters < 3) return Error{"no article text in the file (no words, only digits and signs)", path, {}};
  Document d;
  d.path = path;
  d.file_name = fs::path(path).filename().string();
  d.text = text::nfc(bytes);
  d.raw = std::move(bytes);
  // Windows line ends would shift nothing but look odd in evidence; drop the CRs.
  std::erase(d.text, '\r');
  const Lexicon* lx = languages ? &languages->detect(d.text) : nullptr;
  if (lx) d.language = lx->language;
  if (take_date_header(d)) {
    auto first = d.text.find_first_not_of(" \t\n");
    if (first != std::string::npos) {
      auto eol = d.text.find('\n', first);
      d.title = text::trim(d.text.substr(first, eol == std::string::npos ? std::string::npos : eol - first));
    }
  } else {
    auto h = read_header(d.text, lx);
    d.title = std::move(h.title);
    if ((d.published = h.published)) d.text.erase(h.date_line_begin, h.date_line_end - h.date_line_begin);
  }
  return d;
}

}  // namespace kb::ingest
