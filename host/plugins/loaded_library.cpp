#include "host/plugins/loaded_library.hpp"

#include <unistd.h>

#include <atomic>

#include "host/plugins/library_inspection.hpp"
#include "host_api/abi.hpp"
#include "host_api/export.hpp"

namespace host::plugins {
namespace {

std::atomic<std::uint64_t> g_copy_counter{0};

std::filesystem::path unique_copy_path(const std::filesystem::path& file, const std::filesystem::path& copy_dir) {
    const auto serial = g_copy_counter.fetch_add(1);
    return copy_dir / (file.stem().string() + "-" + std::to_string(::getpid()) + "-" + std::to_string(serial) +
                       file.extension().string());
}

}  // namespace

LoadedLibrary::LoadedLibrary(std::filesystem::path source, std::filesystem::path copy)
    : source_(std::move(source)), copy_(std::move(copy)) {}

LoadedLibrary::~LoadedLibrary() {
    library_.unload();
    std::error_code ignored;
    std::filesystem::remove(copy_, ignored);
}

host_api::Result<std::shared_ptr<LoadedLibrary>> LoadedLibrary::load(const std::filesystem::path& file,
                                                                      const std::string& factory_symbol,
                                                                      const std::filesystem::path& copy_dir) {
    if (auto inspected = inspect_library(file, factory_symbol); !inspected) return inspected.error();
    std::error_code error;
    std::filesystem::create_directories(copy_dir, error);
    const auto copy = unique_copy_path(file, copy_dir);
    if (!std::filesystem::copy_file(file, copy, std::filesystem::copy_options::overwrite_existing, error))
        return library_refusal(file, "cannot copy to " + copy.string() + ": " + error.message());
    std::shared_ptr<LoadedLibrary> loaded(new LoadedLibrary(file, copy));
    // RTLD_NOW: an unresolved symbol refuses the library here, not in the middle of a call.
    loaded->library_.load(copy.string(), boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local, error);
    if (error) return library_refusal(file, "cannot be loaded: " + error.message());
    const auto& signature_of = loaded->library_.get_alias<host_api::SignatureGetter>(host_api::k_signature_symbol);
    const host_api::AbiSignature* signature = signature_of();
    const auto mismatch = host_api::abi_mismatch(host_api::current_abi_signature(), *signature);
    if (!mismatch.empty()) return library_refusal(file, mismatch);
    return loaded;
}

}  // namespace host::plugins
