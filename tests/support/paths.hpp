#pragma once
// Where tests find the fixtures, the sources and the built binaries.
#include <filesystem>

namespace test_support {

inline std::filesystem::path fixtures_dir() { return EXCHANGE_FIXTURES_DIR; }
inline std::filesystem::path source_dir() { return EXCHANGE_SOURCE_DIR; }
inline std::filesystem::path binary_dir() { return EXCHANGE_BINARY_DIR; }
inline std::filesystem::path library_dir() { return binary_dir() / "lib"; }
inline std::filesystem::path host_executable() { return binary_dir() / "bin" / "exchange-host"; }

}  // namespace test_support
