#pragma once
// One loaded library file. It is loaded from a private copy, so the file on disk can be
// replaced while the copy is in use (DESIGN.md, Adapter lifetime); destroying the object
// unloads the library and deletes the copy.
#include <filesystem>
#include <memory>
#include <string>

#include <boost/dll/shared_library.hpp>

#include "host_api/result.hpp"

namespace host::plugins {

class LoadedLibrary {
public:
    // Inspects, copies into copy_dir, loads, and compares the ABI signature with the host's.
    static host_api::Result<std::shared_ptr<LoadedLibrary>> load(const std::filesystem::path& file,
                                                                  const std::string& factory_symbol,
                                                                  const std::filesystem::path& copy_dir);
    ~LoadedLibrary();
    LoadedLibrary(const LoadedLibrary&) = delete;
    LoadedLibrary& operator=(const LoadedLibrary&) = delete;

    const std::filesystem::path& source() const { return source_; }
    const std::filesystem::path& loaded_copy() const { return copy_; }

    template <class Signature>
    Signature& get(const std::string& symbol) {
        return library_.get_alias<Signature>(symbol);
    }

private:
    LoadedLibrary(std::filesystem::path source, std::filesystem::path copy);

    std::filesystem::path source_;
    std::filesystem::path copy_;
    boost::dll::shared_library library_;
};

}  // namespace host::plugins
