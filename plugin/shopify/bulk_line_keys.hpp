#pragma once
// What the index of a bulk file needs of each line: its top-level "id" and "__parentId".
// The index reads every line of a file of many thousand orders, so a line is read by its
// quotes and brackets alone; each line is parsed in full, and refused with its reason,
// only when its order is decoded.
#include <optional>
#include <string>
#include <string_view>

namespace shopify {

struct BulkLineKeys {
    std::string id;      // empty when the line has none
    std::string parent;  // "__parentId": empty on an order's own line
};

// nullopt when the line is not one JSON object: an array, a number, text after the object,
// or a line cut short.
std::optional<BulkLineKeys> read_bulk_line_keys(std::string_view line);

}  // namespace shopify
