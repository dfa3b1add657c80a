// SHA-256 (FIPS 180-4), for documents.content_hash: the same bytes ingested twice are
// recognised without comparing whole texts. Small and dependency-free on purpose.
#pragma once
#include <string>
#include <string_view>

namespace kb {

// Lower-case hex digest of the bytes.
std::string sha256_hex(std::string_view bytes);

}  // namespace kb
