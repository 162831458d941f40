#include "host/runtime/default_paths.hpp"

#include <boost/dll/runtime_symbol_info.hpp>

namespace host::runtime {

std::filesystem::path executable_dir() {
    return std::filesystem::path(boost::dll::program_location().string()).parent_path();
}

std::filesystem::path default_manifest_path() {
    const std::filesystem::path here = std::filesystem::current_path() / "manifest.json";
    if (std::filesystem::exists(here)) return here;
    return std::filesystem::weakly_canonical(executable_dir() / ".." / ".." / "manifest.json");
}

std::filesystem::path default_library_dir() {
    return std::filesystem::weakly_canonical(executable_dir() / ".." / "lib");
}

}  // namespace host::runtime
