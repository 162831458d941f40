#include "host/web_api/order_entry_endpoint.hpp"

#include <algorithm>

#include "host/store/order_entry.hpp"
#include "host/web_api/form_errors.hpp"
#include "host/web_api/json_reply.hpp"
#include "host/web_api/order_detail_endpoint.hpp"
#include "host/web_api/request_reading.hpp"

namespace host::web_api {
std::vector<store::EnteredLine> OrderEntryEndpoint::lines_of(const rapidjson::Value& items,
                                                             std::vector<std::string>& problems) {
    std::vector<store::EnteredLine> lines;
    for (const auto& item : items.GetArray()) {
        if (!item.IsObject()) continue;
        store::EnteredLine line{text_member(item, "name"), whole_number_member(item, "quantity").value_or(0), 0};
        const auto price = host_api::parse_minor_units(text_member(item, "price"));
        if (line.name.empty()) continue;  // an empty row of the form
        if (line.quantity < 1 || !price || *price < 0) {
            problems.push_back("each line needs a quantity of at least 1 and a price such as 199.50");
            continue;
        }
        line.price_minor = *price;
        lines.push_back(line);
    }
    return lines;
}

host_api::HttpResponse OrderEntryEndpoint::create(const host_api::HttpRequest& request) const {
    const auto caller = access_.caller(request, store_.employees(), "");
    if (caller.refusal) return *caller.refusal;
    auto body = json_object_body(request);
    if (!body) return error_reply(400, body.error().message);
    std::vector<connections::FieldError> problems;
    const auto client_name = text_member(*body, "client_name");
    if (client_name.empty()) problems.push_back({"client_name", "the client's name is required", "required"});
    std::vector<std::string> line_problems;
    std::vector<store::EnteredLine> lines;
    if (body->HasMember("items") && (*body)["items"].IsArray()) lines = lines_of((*body)["items"], line_problems);
    if (!line_problems.empty())
        problems.push_back({"items", line_problems.front(), "items"});
    else if (lines.empty())
        problems.push_back({"items", "add at least one line with a product name", "items"});
    if (!problems.empty()) return invalid_reply(problems);
    auto id = store::enter_order(store_, store::EnteredOrder{client_name, text_member(*body, "client_phone"), lines});
    if (!id) return error_reply(500, id.error().message);
    return json_document(201, [&](JsonWriter& out) {
        out.StartObject();
        out.Key("id");
        out.Int64(*id);
        out.EndObject();
    });
}

host_api::HttpResponse OrderEntryEndpoint::write_off(const host_api::HttpRequest& request) const {
    const auto signed_in = access_.caller(request, store_.employees(), "");
    if (signed_in.refusal) return *signed_in.refusal;
    auto body = json_object_body(request);
    if (!body) return error_reply(400, body.error().message);
    const auto item = whole_number_member(*body, "item_id");
    if (!item) return error_reply(400, "the body must be {\"item_id\": id}");
    auto order_id = store_.orders().order_of_item(*item);
    if (!order_id) return error_reply(500, order_id.error().message);
    if (!*order_id) return error_reply(404, "no item " + std::to_string(*item));
    auto order = store_.orders().find_order(**order_id);
    if (!order || !*order) return error_reply(404, "no order of item " + std::to_string(*item));
    const auto caller = order_caller(access_, store_, request, **order);
    if (caller.refusal) return *caller.refusal;
    const auto line = std::find_if((*order)->items.begin(), (*order)->items.end(),
                                   [&](const host_api::OrderItem& one) { return one.id == *item; });
    if (line == (*order)->items.end()) return error_reply(404, "no item " + std::to_string(*item));
    if (line->written_off) return error_reply(409, "refused", line->name + " is already written off");
    if (auto done = store_.orders().write_off_item(*item); !done)
        return error_reply(409, "refused", done.error().message);
    (void)store_.feed().add_comment((*order)->id, caller.employee->name, "Written off: " + line->name);
    return json_document(200, [](JsonWriter& out) {
        out.StartObject();
        out.Key("written_off");
        out.Bool(true);
        out.EndObject();
    });
}

}  // namespace host::web_api
