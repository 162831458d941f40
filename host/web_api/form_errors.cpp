#include "host/web_api/form_errors.hpp"

#include "host/web_api/json_reply.hpp"

namespace host::web_api {

host_api::HttpResponse invalid_reply(const std::vector<connections::FieldError>& errors) {
    return error_reply(422, "invalid", errors.front().message, [&](JsonWriter& out) {
        out.Key("fields");
        out.StartArray();
        for (const auto& error : errors) {
            out.StartObject();
            out.Key("field");
            out.String(error.field);
            out.Key("rule");
            out.String(error.rule);
            out.Key("message");
            out.String(error.message);
            if (!error.limit.empty()) {
                out.Key("limit");
                out.String(error.limit);
            }
            out.EndObject();
        }
        out.EndArray();
    });
}

}  // namespace host::web_api
