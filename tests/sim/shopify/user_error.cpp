#include "tests/sim/shopify/user_error.hpp"

namespace sim::shopify {

void write_user_errors(JsonWriter& out, const std::vector<UserError>& errors) {
    out.Key("userErrors");
    out.StartArray();
    for (const auto& error : errors) {
        out.StartObject();
        out.Key("field");
        if (error.field) {
            out.StartArray();
            for (const auto& name : *error.field) write_string(out, name);
            out.EndArray();
        } else {
            out.Null();
        }
        out.Key("message");
        write_string(out, error.message);
        out.EndObject();
    }
    out.EndArray();
}

}  // namespace sim::shopify
