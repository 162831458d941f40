#pragma once
// The bulk operation's result file, fetched in byte ranges (Range: bytes=A-B, as Shopify's
// storage serves it) into an unnamed temporary file, each range written as it arrives, in
// blocks of 1 MiB: a file of 100,000 orders is over 100 MiB, and the host holds neither it
// nor a range of it in memory. A range is one request of its own, with its own timeout. A
// server that ignores Range answers 200 with the whole file, which is taken as it is.
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
