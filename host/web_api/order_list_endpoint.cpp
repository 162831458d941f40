#include "host/web_api/order_list_endpoint.hpp"

#include <algorithm>
#include <charconv>

#include "host/web_api/order_json.hpp"
#include "host/web_api/request_reading.hpp"

namespace host::web_api {
namespace {

std::optional<store::OrderSource> source_named(const std::string& name) {
    if (name.empty() || name == "all") return store::OrderSource::all;
    if (name == "host") return store::OrderSource::host;
    if (name == "integrations") return store::OrderSource::integrations;
    return std::nullopt;
}

int page_number(const std::string& text) {
    int page = 1;
    std::from_chars(text.data(), text.data() + text.size(), page);
    return std::max(page, 1);
}

void write_row(JsonWriter& out, const store::OrderTableRow& row) {
    out.StartObject();
    out.Key("id");
    out.Int64(row.id);
    out.Key("number");
    out.String(row.number);
    write_time(out, "created_at", row.created_at);
    out.Key("client_name");
    out.String(row.client_name);
    out.Key("client_phone");
    out.String(row.client_phone);
    write_money(out, "total", row.total);
    out.Key("status");
    out.String(row.status);
    write_store(out, row.origin);
    out.Key("has_waybill");
    out.Bool(row.has_waybill);
    out.EndObject();
}

}  // namespace

host_api::HttpResponse OrderListEndpoint::handle(const host_api::HttpRequest& request) const {
    const auto caller = access_.caller(request, store_.employees(), "");
    if (caller.refusal) return *caller.refusal;
    const auto source = source_named(query_parameter(request.query, "source"));
    if (!source) return error_reply(400, "source is all, host or integrations");
    store::OrderTableQuery query{*source, query_parameter(request.query, "q"),
                                 page_number(query_parameter(request.query, "page")), k_per_page};
    auto page = store_.order_listing().table(query);
    if (!page) return error_reply(500, page.error().message);
    auto stores = store_.order_listing().stores();
    if (!stores) return error_reply(500, stores.error().message);
    return json_document(200, [&](JsonWriter& out) {
        out.StartObject();
        out.Key("orders");
        out.StartArray();
        for (const auto& row : page->rows) write_row(out, row);
        out.EndArray();
        out.Key("page");
        out.Int(query.page);
        out.Key("pages");
        out.Int64(std::max<std::int64_t>(1, (page->total + k_per_page - 1) / k_per_page));
        out.Key("total");
        out.Int64(page->total);
        out.Key("stores");
        out.StartArray();
        for (const auto& name : *stores) out.String(name);
        out.EndArray();
        out.EndObject();
    });
}

}  // namespace host::web_api
