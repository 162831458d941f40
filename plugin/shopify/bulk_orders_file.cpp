#include "plugin/shopify/bulk_orders_file.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>

#include <rapidjson/document.h>

#include "plugin/shopify/bulk_line_keys.hpp"
#include "plugin/shopify/graphql_order_decoder.hpp"

namespace shopify {
namespace {

constexpr std::size_t k_read_block = 1024 * 1024;
// Small enough that a child line far from its parent costs little to read, large enough
// that a file of 100,000 orders takes a few hundred reads, not 200,000.
constexpr std::size_t k_read_window = 256 * 1024;

// The lines are parsed in place (their strings decoded within their own bytes, not copied
// out), so they must outlive the order's tree: the caller keeps them.
host_api::Result<Order> decode_with_children(rapidjson::Document& order, std::vector<std::string>& children) {
    auto& allocator = order.GetAllocator();
    rapidjson::Value nodes(rapidjson::kArrayType);
    for (auto& line : children) {
        // Parsed into the order's allocator, so that it moves into the order uncopied.
        rapidjson::Document child(&allocator);
        child.ParseInsitu(line.data());
        if (child.HasParseError() || !child.IsObject())
            return host_api::permanent_error("a line item line is not JSON");
        child.RemoveMember("__parentId");
        nodes.PushBack(child.Move(), allocator);
    }
    rapidjson::Value connection(rapidjson::kObjectType);
    connection.AddMember("nodes", nodes, allocator);
    order.RemoveMember("lineItems");
    order.AddMember("lineItems", connection, allocator);
    return decode_graphql_order(order);
}

}  // namespace

BulkOrdersFile::BulkOrdersFile(std::string jsonl) : text_(std::move(jsonl)) {
    std::size_t start = 0;
    while (start < text_.size()) {
        auto end = text_.find('\n', start);
        if (end == std::string::npos) end = text_.size();
        if (end > start)
            index_line(std::string_view(text_).substr(start, end - start),
                       Span{start, static_cast<std::uint32_t>(end - start)});
        start = end + 1;
    }
}

BulkOrdersFile::BulkOrdersFile(std::FILE* file) : file_(file) {
    std::rewind(file_);
    std::string pending;  // the start of a line cut by the end of a block
    std::uint64_t pending_offset = 0;
    std::vector<char> block(k_read_block);
    std::uint64_t block_offset = 0;
    for (std::size_t got; (got = std::fread(block.data(), 1, block.size(), file_)) > 0; block_offset += got) {
        std::size_t start = 0;
        // memchr, not a loop over the bytes: it looks at many bytes per step.
        for (const char* newline; (newline = static_cast<const char*>(
                                       std::memchr(block.data() + start, '\n', got - start))) != nullptr;) {
            const auto i = static_cast<std::size_t>(newline - block.data());
            if (pending.empty()) {
                if (i > start)
                    index_line(std::string_view(block.data() + start, i - start),
                               Span{block_offset + start, static_cast<std::uint32_t>(i - start)});
            } else {
                pending.append(block.data() + start, i - start);
                index_line(pending, Span{pending_offset, static_cast<std::uint32_t>(pending.size())});
                pending.clear();
            }
            start = i + 1;
        }
        if (start < got) {
            if (pending.empty()) pending_offset = block_offset + start;
            pending.append(block.data() + start, got - start);
        }
    }
    if (!pending.empty()) index_line(pending, Span{pending_offset, static_cast<std::uint32_t>(pending.size())});
}

void BulkOrdersFile::index_line(std::string_view line, Span span) {
    auto keys = read_bulk_line_keys(line);
    if (!keys) return;  // no object, or cut short: it cannot be placed
    if (keys->parent.empty())
        orders_.push_back(OrderLine{std::move(keys->id), span});
    else
        children_[std::move(keys->parent)].push_back(span);
}

std::string BulkOrdersFile::line_at(Span span) const {
    if (file_ == nullptr) return text_.substr(span.offset, span.length);
    const bool in_window = span.offset >= window_offset_ && span.offset + span.length <= window_offset_ + window_size_;
    if (!in_window && !read_window_at(span)) return {};  // read as a line that is not JSON: the order fails
    return window_.substr(span.offset - window_offset_, span.length);
}

// The window from the span's start: at least the span, more when the file has it. The
// buffer only grows: resized for each read, it was filled with zeros before each read.
bool BulkOrdersFile::read_window_at(Span span) const {
    const auto wanted = std::max<std::size_t>(k_read_window, span.length);
    if (window_.size() < wanted) window_.resize(wanted);
    window_offset_ = span.offset;
    std::size_t done = 0;
    while (done < wanted) {
        const auto got =
            ::pread(fileno(file_), window_.data() + done, wanted - done, static_cast<off_t>(span.offset + done));
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;  // the end of the file, or an error: a line not read whole fails
        done += static_cast<std::size_t>(got);
    }
    window_size_ = done;
    return done >= span.length;
}

BulkOrder BulkOrdersFile::order(std::size_t index) const {
    const auto& [gid, span] = orders_.at(index);
    auto line = line_at(span);
    rapidjson::MemoryPoolAllocator<> tree_allocator(tree_memory_.data(), tree_memory_.size());
    rapidjson::Document order(&tree_allocator);
    order.ParseInsitu(line.data());
    if (order.HasParseError() || !order.IsObject())
        return BulkOrder{numeric_id(gid), host_api::permanent_error("the order line could not be read back")};
    std::vector<std::string> children;
    if (const auto found = children_.find(gid); found != children_.end())
        for (const auto child : found->second) children.push_back(line_at(child));
    return BulkOrder{numeric_id(gid), decode_with_children(order, children)};
}

std::vector<BulkOrder> read_bulk_orders(const std::string& jsonl) {
    const BulkOrdersFile file(jsonl);
    std::vector<BulkOrder> out;
    for (std::size_t i = 0; i < file.size(); ++i) out.push_back(file.order(i));
    return out;
}

}  // namespace shopify
