#pragma once
// A file's whole text, as the tests read fixtures, sources and a child's output.
#include <filesystem>
#include <string>

namespace test_support {

// Its bytes as they are; a file that cannot be opened throws, naming it, so a test fails
// on the missing file rather than on an empty text.
std::string read_text(const std::filesystem::path& path);

}  // namespace test_support
