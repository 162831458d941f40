#pragma once
// Where the host finds manifest.json and the built libraries when no flag says: the
// current folder's manifest.json (run from the repository root), else the one two levels
// above the executable (build/bin/ -> repository root); libraries in ../lib beside bin/.
#include <filesystem>

namespace host::runtime {

std::filesystem::path executable_dir();
std::filesystem::path default_manifest_path();
std::filesystem::path default_library_dir();

}  // namespace host::runtime
