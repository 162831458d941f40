#pragma once
// The pieces of an order as the JSON API writes them: money as a decimal string with its
// currency, times as ISO 8601 UTC, the store of an integration's order.
#include <optional>

#include "host/web_api/json_reply.hpp"
#include "host_api/money.hpp"
#include "host_api/orders.hpp"
#include "host_api/time.hpp"

namespace host::web_api {

inline void write_time(JsonWriter& out, const char* key, host_api::Timestamp at) {
    out.Key(key);
    out.String(host_api::format_iso8601(at));
}

inline void write_money(JsonWriter& out, const char* amount_key, const host_api::Money& money) {
    out.Key(amount_key);
    out.String(host_api::format_amount(money));
    out.Key("currency");
    out.String(money.currency);
}

// "store": null for an order made in the host, else its name, external id and admin link.
inline void write_store(JsonWriter& out, const std::optional<host_api::OrderOrigin>& origin) {
    out.Key("store");
    if (!origin) {
        out.Null();
        return;
    }
    out.StartObject();
    out.Key("name");
    out.String(origin->store);
    out.Key("external_id");
    out.String(origin->external_id);
    out.Key("url");
    out.String(origin->external_url);
    write_time(out, "created_external", origin->created_external);
    write_time(out, "last_synced", origin->last_synced);
    out.EndObject();
}

}  // namespace host::web_api
