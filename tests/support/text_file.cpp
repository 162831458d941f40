#include "tests/support/text_file.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace test_support {

std::string read_text(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

}  // namespace test_support
