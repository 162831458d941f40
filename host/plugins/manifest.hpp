#pragma once
// manifest.json: what the plugin is and what it brings (DESIGN.md, The house).
#include <filesystem>
#include <string>
#include <vector>

#include "host_api/result.hpp"

namespace host::plugins {

struct AdapterEntry {
    std::string id;
    std::string name;
    std::string library;                 // file name, looked up in the library folder
    std::vector<std::string> takes;      // carrier patterns this adapter handles
    std::vector<std::string> refuses;    // patterns that rule it out even if one of takes matches
    std::vector<std::string> countries;  // ISO codes of the recipients it serves; empty: any country
    bool fallback = false;               // takes every carrier no other adapter takes
};

struct Manifest {
    std::filesystem::path path;
    std::string id;
    std::string name;
    std::string version;
    int host_api_version = 0;
    std::string library;
    std::vector<std::string> outbound_hosts;
    std::vector<AdapterEntry> adapters;
    std::string settings_schema;  // JSON Schema of a store connection, as JSON text
};

// Reads and validates the file; the error is one line naming the file and what is wrong.
host_api::Result<Manifest> load_manifest(const std::filesystem::path& path);

}  // namespace host::plugins
