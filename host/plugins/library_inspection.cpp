#include "host/plugins/library_inspection.hpp"

#include <algorithm>
#include <string>
#include <vector>  // boost/dll/library_info.hpp 1.74 uses std::vector without including it

#include <boost/dll/library_info.hpp>

#include "host_api/abi.hpp"

namespace host::plugins {
host_api::Error library_refusal(const std::filesystem::path& file, const std::string& reason) {
    return host_api::permanent_error(file.string() + ": " + reason);
}

host_api::Result<void> inspect_library(const std::filesystem::path& file, const std::string& factory_symbol) {
    std::error_code error;
    if (!std::filesystem::exists(file, error)) return library_refusal(file, "file not found");
    if (!std::filesystem::is_regular_file(file, error)) return library_refusal(file, "not a regular file");
    std::vector<std::string> symbols;
    try {
        boost::dll::library_info info(file);
        symbols = info.symbols();
    } catch (const std::exception&) {
        return library_refusal(file, "not a shared library (no readable ELF header)");
    }
    const auto exports = [&](const std::string& name) {
        return std::find(symbols.begin(), symbols.end(), name) != symbols.end();
    };
    if (!exports(host_api::k_signature_symbol))
        return library_refusal(file, std::string("does not export ") + host_api::k_signature_symbol);
    if (!exports(factory_symbol)) return library_refusal(file, "does not export " + factory_symbol);
    return host_api::success();
}

}  // namespace host::plugins
