#pragma once
// The shop's orders, kept as the REST JSON they came in (the webhook body), by id.
// Thread-safe: the GraphQL endpoint reads while the control API writes.
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>

#include <rapidjson/document.h>

#include "host_api/result.hpp"
#include "host_api/time.hpp"

namespace sim::shopify {

struct OrderChange {
    std::string id;
    bool created = false;
    std::string updated_at;  // as stored, REST text
    std::string body;        // the stored REST order, compact JSON (a webhook body)
};

class OrderBook {
public:
    enum class Stamp {
        as_given,  // loading a file, or a test's keep_updated_at: times stay what the order says
        now,       // a change in the shop: updated_at moves to now, on create as on update
    };

    // Creates or replaces the order with the id it carries (an exact integer). With
    // Stamp::now updated_at becomes now whatever the order says, as Shopify stamps every
    // created or changed order; a known order's is always later than before. created_at
    // stays what the order says (now when it has none).
    host_api::Result<OrderChange> put(const rapidjson::Value& order, Stamp stamp,
                                      host_api::Timestamp now = host_api::now());
    // Sets cancelled_at (and cancel_reason "other" when unset) and moves updated_at.
    host_api::Result<OrderChange> cancel(const std::string& id, host_api::Timestamp now = host_api::now());

    // Runs `reader` on the stored order; false when the id is unknown.
    bool read(const std::string& id, const std::function<void(const rapidjson::Value&)>& reader) const;
    // Runs `visit` on every stored order, under one read lock: searches see one moment.
    void each(const std::function<void(const std::string& id, const rapidjson::Value& order)>& visit) const;
    std::optional<std::string> rest_json(const std::string& id) const;
    std::size_t size() const;

    // REST times carry an offset; the local shop keeps UTC: "2026-11-28T14:30:22+00:00".
    static std::string rest_time(host_api::Timestamp time);

private:
    mutable std::shared_mutex mutex_;
    std::map<std::string, std::unique_ptr<rapidjson::Document>> orders_;
};

}  // namespace sim::shopify
