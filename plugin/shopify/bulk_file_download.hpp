#pragma once
// The bulk operation's result file, fetched in byte ranges (Range: bytes=A-B, as Shopify's
// storage serves it) into an unnamed temporary file: a file of 100,000 orders is far larger
// than one HTTP answer may be, and the host never holds it whole in memory. A server that
// ignores Range answers 200 with the whole file, which is taken as it is.
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

#include "host_api/http.hpp"
#include "host_api/result.hpp"

namespace shopify {

struct FileCloser {
    void operator()(std::FILE* file) const noexcept { std::fclose(file); }
};
using SpooledFile = std::unique_ptr<std::FILE, FileCloser>;  // removed by the system on close

inline constexpr std::uint64_t k_bulk_range_bytes = 8 * 1024 * 1024;

host_api::Result<SpooledFile> download_bulk_file(host_api::OutboundHttp& http, const std::string& url,
                                                 const std::string& ca_file,
                                                 std::uint64_t range_bytes = k_bulk_range_bytes);

}  // namespace shopify
