#include "plugin/shopify/webhook_payload.hpp"

#include <charconv>

#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "plugin/shopify/order.hpp"

namespace shopify {
namespace {

// The few members of the order object that say which order it is, as the parser meets
// them: the body is read once, and no tree of the whole order (often tens of KiB) is built
// for three of its values. A name given twice counts the first time, as in a JSON tree.
// An id as JSON gives it: a whole number (read as uint64, never as double) or a string.
// Any other value of a wanted name counts as given, and empty.
struct OrderMembers {
    std::optional<std::string> id;
    std::optional<std::string> graphql_id;
    std::optional<std::string> updated_at;  // only a string
};

class PayloadHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, PayloadHandler> {
public:
    // The order is the top-level object, or for orders/edited the object under "order_edit".
    PayloadHandler(const char* id_name, bool under_order_edit)
        : id_name_(id_name), under_order_edit_(under_order_edit) {}

    bool StartObject() {
        if (depth_ == 0) root_is_object_ = true;
        if (depth_ == 1 && wanted_ == Wanted::order_edit && !order_edit_seen_) order_depth_ = 2;
        return enter();
    }
    bool EndObject(rapidjson::SizeType) { return leave(); }
    bool StartArray() { return enter(); }
    bool EndArray(rapidjson::SizeType) { return leave(); }
    bool Key(const char* text, rapidjson::SizeType length, bool) {
        wanted_ = Wanted::other;
        const std::string_view name(text, length);
        if (depth_ == 1 && under_order_edit_ && name == "order_edit") wanted_ = Wanted::order_edit;
        if (depth_ != order_depth_) return true;
        if (name == id_name_) wanted_ = Wanted::id;
        if (name == "admin_graphql_api_id") wanted_ = Wanted::graphql_id;
        if (name == "updated_at") wanted_ = Wanted::updated_at;
        return true;
    }
    bool String(const char* text, rapidjson::SizeType length, bool) {
        return value(std::string_view(text, length), Kind::string);
    }
    bool Uint(unsigned number) { return Uint64(number); }
    bool Uint64(std::uint64_t number) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
        return value(std::string_view(digits, static_cast<std::size_t>(end - digits)), Kind::whole_number);
    }
    bool Default() { return value({}, Kind::other); }  // null, true, false, a negative or fractional number

    bool root_is_object() const { return root_is_object_; }
    bool order_edit_seen() const { return order_edit_seen_; }
    const OrderMembers& order() const { return order_; }

private:
    enum class Wanted { other, order_edit, id, graphql_id, updated_at };
    enum class Kind { string, whole_number, other };

    bool enter() {
        if (depth_ == 1 && wanted_ == Wanted::order_edit) order_edit_seen_ = true;
        if (depth_ == order_depth_) take({}, Kind::other);  // an object or array: given, unusable
        wanted_ = Wanted::other;
        ++depth_;
        return true;
    }
    bool leave() {
        if (depth_ == order_depth_ && under_order_edit_) order_depth_ = -1;  // the first order_edit only
        --depth_;
        wanted_ = Wanted::other;
        return true;
    }
    bool value(std::string_view text, Kind kind) {
        if (depth_ == 1 && wanted_ == Wanted::order_edit) order_edit_seen_ = true;  // present, not an object
        if (depth_ == order_depth_) take(text, kind);
        wanted_ = Wanted::other;
        return true;
    }
    static std::string id_of(std::string_view text, Kind kind) {
        if (kind == Kind::string) return numeric_id(std::string(text));
        return kind == Kind::whole_number ? std::string(text) : std::string();
    }
    void take(std::string_view text, Kind kind) {
        switch (wanted_) {
            case Wanted::id:
                if (!order_.id) order_.id = id_of(text, kind);
                break;
            case Wanted::graphql_id:
                if (!order_.graphql_id) order_.graphql_id = id_of(text, kind);
                break;
            case Wanted::updated_at:
                if (!order_.updated_at) order_.updated_at = std::string(kind == Kind::string ? text : "");
                break;
            case Wanted::other:
            case Wanted::order_edit:
                break;
        }
    }

    const char* id_name_;
    const bool under_order_edit_;
    int depth_ = 0;
    int order_depth_ = under_order_edit_ ? -1 : 1;  // the depth of the order's own members
    Wanted wanted_ = Wanted::other;
    bool root_is_object_ = false;
    bool order_edit_seen_ = false;
    OrderMembers order_;
};

}  // namespace

host_api::Result<WebhookPayload> read_webhook_payload(std::string_view topic, std::string_view body) {
    const bool edited = topic == "orders/edited";
    const char* id_field = edited ? "order_id" : "id";
    PayloadHandler handler(id_field, edited);
    rapidjson::Reader reader;
    rapidjson::MemoryStream bytes(body.data(), body.size());
    // Read as rapidjson's Document reads a text (a byte order mark skipped).
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> text(bytes);
    if (!reader.Parse(text, handler))
        return host_api::permanent_error(std::string("malformed JSON: ") +
                                         rapidjson::GetParseError_En(reader.GetParseErrorCode()) + " at offset " +
                                         std::to_string(reader.GetErrorOffset()));
    if (!handler.root_is_object()) return host_api::permanent_error("malformed payload: not a JSON object");
    if (edited && !handler.order_edit_seen()) return host_api::permanent_error("incomplete payload: no order_edit");
    const auto& order = handler.order();
    WebhookPayload payload;
    payload.order_id = order.id.value_or("");
    if (payload.order_id.empty()) payload.order_id = order.graphql_id.value_or("");
    if (payload.order_id.empty() || payload.order_id.find_first_not_of("0123456789") != std::string::npos)
        return host_api::permanent_error(std::string("incomplete payload: no order ") + id_field);
    if (order.updated_at && !order.updated_at->empty()) payload.updated_at = host_api::parse_iso8601(*order.updated_at);
    return payload;
}

}  // namespace shopify
