#include "plugin/shopify/bulk_file_download.hpp"

#include <chrono>
#include <cstdint>
#include <string_view>

namespace shopify {
namespace {

// The total of "bytes A-B/TOTAL"; 0 when it is not there.
std::uint64_t total_of(const std::string& content_range) {
    const auto slash = content_range.rfind('/');
    if (slash == std::string::npos || slash + 1 >= content_range.size()) return 0;
    try {
        return std::stoull(content_range.substr(slash + 1));
    } catch (...) {
        return 0;
    }
}

// The pieces, gathered into blocks of 1 MiB before they go to the file: they arrive a TLS
// record (16 KiB) at a time, and through stdio's own buffer of 4 KiB each took two or three
// writes, thousands for a file of megabytes. (setvbuf given no buffer of its caller's
// keeps glibc's own size.)
class BlockWriter {
public:
    explicit BlockWriter(std::FILE* file) : file_(file) { block_.reserve(k_block); }

    bool append(std::string_view bytes) {
        block_.append(bytes);
        return block_.size() < k_block || flush();
    }
    bool flush() {
        const bool written = block_.empty() || std::fwrite(block_.data(), 1, block_.size(), file_) == block_.size();
        block_.clear();
        return written;
    }

private:
    static constexpr std::size_t k_block = 1024 * 1024;

    std::FILE* file_;
    std::string block_;
};

}  // namespace

host_api::Result<SpooledFile> download_bulk_file(host_api::OutboundHttp& http, const std::string& url,
                                                 const std::string& ca_file, std::uint64_t range_bytes) {
    SpooledFile file(std::tmpfile());
    if (!file) return host_api::transient_error("no temporary file for the initial import's file");
    BlockWriter writer(file.get());
    std::uint64_t offset = 0;
    for (;;) {
        // Each piece goes to the file as it arrives, a block at a time: a range is never held
        // whole in memory.
        std::uint64_t received = 0;
        bool written = true;
        host_api::OutboundRequest request;
        request.method = "GET";
        request.url = url;
        request.ca_file = ca_file;
        request.timeout = std::chrono::minutes(5);
        request.headers = {
            {"Range", "bytes=" + std::to_string(offset) + "-" + std::to_string(offset + range_bytes - 1)}};
        request.body_sink = [&](std::string_view piece) {
            received += piece.size();
            return written = writer.append(piece);
        };
        auto answer = http.send(request);
        if (!written)
            return host_api::transient_error("the initial import's file could not be written to a temporary file");
        if (!answer) return answer.error();
        if (answer->status == 416) break;  // past the end: a file whose size is a whole number of ranges
        if (answer->status != 200 && answer->status != 206)
            return host_api::transient_error("the initial import's file answered HTTP " +
                                             std::to_string(answer->status));
        // A whole file after some of its ranges would follow them in the file: start again.
        if (answer->status == 200 && offset != 0)
            return host_api::transient_error("the initial import's file came whole after some of its ranges");
        offset += received;
        if (answer->status == 200 || received == 0) break;  // the whole file at once
        const auto total = total_of(answer->header("Content-Range").value_or(""));
        if (total != 0 ? offset >= total : received < range_bytes) break;
    }
    if (!writer.flush() || std::fflush(file.get()) != 0)
        return host_api::transient_error("the temporary file could not be written");
    return file;
}

}  // namespace shopify
