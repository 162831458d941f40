#include "host/web_api/imports_endpoint.hpp"

#include "host/web_api/json_reply.hpp"
#include "host/web_api/order_json.hpp"
#include "host/web_api/request_reading.hpp"

namespace host::web_api {

host_api::HttpResponse ImportsEndpoint::failed(const host_api::HttpRequest& request) const {
    const auto caller = access_.caller(request, store_.employees(), "manage_settings");
    if (caller.refusal) return *caller.refusal;
    auto records = store_.imports().import_records(host_api::k_import_failed);
    if (!records) return error_reply(500, records.error().message);
    return json_document(200, [&](JsonWriter& out) {
        out.StartArray();
        for (const auto& record : *records) {
            out.StartObject();
            out.Key("store");
            out.String(record.store);
            out.Key("external_id");
            out.String(record.external_id);
            out.Key("reason");
            out.String(record.reason);
            out.Key("attempts");
            out.Int(record.attempts);
            write_time(out, "updated_at", record.updated_at);
            out.EndObject();
        }
        out.EndArray();
    });
}

host_api::HttpResponse ImportsEndpoint::retry(const host_api::HttpRequest& request) const {
    const auto caller = access_.caller(request, store_.employees(), "manage_settings");
    if (caller.refusal) return *caller.refusal;
    auto body = json_object_body(request);
    if (!body) return error_reply(400, body.error().message);
    auto queued = store_.imports().requeue_failed(text_member(*body, "store"));
    if (!queued) return error_reply(500, queued.error().message);
    return json_document(200, [&](JsonWriter& out) {
        out.StartObject();
        out.Key("queued");
        out.Int(*queued);
        out.EndObject();
    });
}

}  // namespace host::web_api
