#include "plugin/shopify/bulk_line_keys.hpp"

#include <array>
#include <cstring>

#include <rapidjson/encodedstream.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

namespace shopify {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// What follows the object: the parser, too, reads a NUL byte as the end of its text.
bool only_space_from(std::string_view line, std::size_t at) {
    for (; at < line.size() && line[at] != '\0'; ++at)
        if (!is_space(line[at])) return false;
    return true;
}

// Where the string that opened before `at` closes: the next quote with an even number of
// backslashes before it. npos when the line ends first.
std::size_t closing_quote(std::string_view line, std::size_t at) {
    while (at < line.size()) {
        const void* found = std::memchr(line.data() + at, '"', line.size() - at);
        if (found == nullptr) return std::string_view::npos;
        const auto quote = static_cast<std::size_t>(static_cast<const char*>(found) - line.data());
        std::size_t backslashes = 0;
        while (quote - backslashes > at && line[quote - backslashes - 1] == '\\') ++backslashes;
        if (backslashes % 2 == 0) return quote;
        at = quote + 1;
    }
    return std::string_view::npos;
}

enum class Scan { one_object, not_one_object, needs_parser };

// The bytes the scan acts on. Every other byte outside a string (names' colons, numbers,
// true, false, null, spaces) is passed over with one look-up, most of a line's bytes.
constexpr std::array<bool, 256> k_structural = [] {
    std::array<bool, 256> table{};
    for (const unsigned char c : {'"', '{', '[', '}', ']', ','}) table[c] = true;
    return table;
}();

// Strings are skipped whole, so no bracket or quote inside one is counted. A key is a
// string at depth 1 right after the object's "{" or a ","; only a string value directly
// after a wanted key is taken, as the parser below takes it.
Scan scan(std::string_view line, BulkLineKeys& keys) {
    // A byte order mark is not JSON, but the line is still placed (its order then fails with
    // the parser's reason instead of going missing). Its bytes are skipped as the parser
    // skips them, each as long as the mark goes on.
    std::size_t at = 0;
    for (const char mark : {'\xEF', '\xBB', '\xBF'}) {
        if (at == line.size() || line[at] != mark) break;
        ++at;
    }
    while (at < line.size() && is_space(line[at])) ++at;
    if (at == line.size() || line[at] != '{') return Scan::not_one_object;
    int depth = 0;
    bool key_next = false;
    std::string* wanted = nullptr;
    for (; at < line.size(); ++at) {
        const char c = line[at];
        if (!k_structural[static_cast<unsigned char>(c)]) continue;
        if (c == '"') {
            const auto end = closing_quote(line, at + 1);
            if (end == std::string_view::npos) return Scan::not_one_object;
            const auto text = line.substr(at + 1, end - at - 1);
            if (depth == 1 && key_next) {
                wanted = text == "id" ? &keys.id : text == "__parentId" ? &keys.parent : nullptr;
                key_next = false;
            } else if (depth == 1 && wanted != nullptr) {
                if (text.find('\\') != std::string_view::npos) return Scan::needs_parser;  // an escape to decode
                wanted->assign(text);
                wanted = nullptr;
            }
            at = end;
        } else if (c == '{' || c == '[') {
            wanted = nullptr;
            key_next = ++depth == 1;
        } else if (c == '}' || c == ']') {
            wanted = nullptr;
            if (--depth == 0) return only_space_from(line, at + 1) ? Scan::one_object : Scan::not_one_object;
        } else if (c == ',' && depth == 1) {
            wanted = nullptr;
            key_next = true;
        }
    }
    return Scan::not_one_object;  // cut short
}

// The parser's reading, for a wanted value that holds an escape: its handler keeps the two
// keys' values at depth 1 as the line is parsed, without building the line's tree.
class LineKeysHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, LineKeysHandler> {
public:
    explicit LineKeysHandler(BulkLineKeys& keys) : keys_(keys) {}

    bool StartObject() {
        if (depth_ == 0) object_ = true;  // the line itself, not an object inside an array
        return enter();
    }
    bool EndObject(rapidjson::SizeType) { return leave(); }
    bool StartArray() { return enter(); }
    bool EndArray(rapidjson::SizeType) { return leave(); }
    bool Key(const char* text, rapidjson::SizeType length, bool) {
        const std::string_view key(text, length);
        wanted_ = depth_ != 1 ? nullptr : key == "id" ? &keys_.id : key == "__parentId" ? &keys_.parent : nullptr;
        return true;
    }
    bool String(const char* text, rapidjson::SizeType length, bool) {
        if (wanted_ != nullptr) wanted_->assign(text, length);
        return Default();
    }
    bool Default() {
        wanted_ = nullptr;
        return true;
    }
    bool is_object() const { return object_; }

private:
    bool enter() {
        ++depth_;
        return Default();
    }
    bool leave() {
        --depth_;
        return Default();
    }

    BulkLineKeys& keys_;
    int depth_ = 0;
    bool object_ = false;
    std::string* wanted_ = nullptr;
};

std::optional<BulkLineKeys> parsed_keys(std::string_view line) {
    BulkLineKeys keys;
    LineKeysHandler handler(keys);
    rapidjson::Reader reader;
    rapidjson::MemoryStream bytes(line.data(), line.size());
    // Read as rapidjson's Document reads a text (a byte order mark skipped), like the scan.
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> text(bytes);
    if (!reader.Parse(text, handler) || !handler.is_object()) return std::nullopt;
    return keys;
}

}  // namespace

std::optional<BulkLineKeys> read_bulk_line_keys(std::string_view line) {
    BulkLineKeys keys;
    switch (scan(line, keys)) {
        case Scan::one_object:
            return keys;
        case Scan::not_one_object:
            return std::nullopt;
        case Scan::needs_parser:
            break;
    }
    return parsed_keys(line);
}

}  // namespace shopify
