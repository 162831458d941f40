#include "tests/sim/shopify/control_reply.hpp"

#include "tests/sim/shopify/json_fields.hpp"

namespace sim::shopify {

common::SimReply control_bad_request(const std::string& message) {
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("error");
    write_string(out, message);
    out.EndObject();
    return common::json_reply(400, buffer.GetString());
}

}  // namespace sim::shopify
