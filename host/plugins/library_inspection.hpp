#pragma once
// Checks a library file before it is loaded: it exists, it is a shared library, and it
// exports the ABI signature and the factory the host will call (R29). Nothing in the
// file runs during the check.
#include <filesystem>
#include <string>

#include "host_api/result.hpp"

namespace host::plugins {

// Why a library file is refused, naming the file: what the manager logs and shows.
host_api::Error library_refusal(const std::filesystem::path& file, const std::string& reason);

host_api::Result<void> inspect_library(const std::filesystem::path& file, const std::string& factory_symbol);

}  // namespace host::plugins
