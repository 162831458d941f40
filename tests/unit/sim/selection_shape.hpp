#pragma once
// The field tree a GraphQL query selects (fragments merged into their parent), and a
// check that a JSON answer has exactly those fields: no more, no fewer, same names.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

namespace sim_test {

struct Selection {
    std::map<std::string, Selection> fields;  // empty: a scalar
};

// The selection set of the document's first operation. Throws std::runtime_error on text
// it cannot read.
Selection parse_selection(std::string_view query);

// Problems found, as "path: what"; empty when the value matches the selection.
std::vector<std::string> shape_problems(const rapidjson::Value& value, const Selection& selection,
                                        const std::string& path = "");

}  // namespace sim_test
