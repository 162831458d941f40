#pragma once
// One connected store's settings, read from the JSON the host validated against the
// settings schema of manifest.json (R1).
#include <chrono>
#include <string>

#include "host_api/catalog.hpp"
#include "host_api/result.hpp"
#include "host_api/store_connection.hpp"

namespace shopify {

struct StoreSettings {
    host_api::ConnectionId connection_id = 0;
    std::string name;           // display name: the Store column and the order's origin (R5, R9)
    std::string domain;         // my-shop.myshopify.com
    std::string token;          // secret: the custom app's Admin API access token, or
    std::string client_id;      // the app's client id, for the client credentials grant
    std::string client_secret;  // secret: verifies webhooks; with client_id, gets tokens
    std::string order_type;     // host order type name (R8)
    host_api::ProductKey identify_by = host_api::ProductKey::article;
    std::chrono::seconds reconcile_interval{60};
    // The custom attributes (note attributes) that carry Nova Poshta delivery data.
    std::string np_city_attribute = "np_city";
    std::string np_branch_attribute = "np_branch";
    std::string np_ttn_attribute = "np_ttn";
    std::string api_url;  // https://… for a local Shopify; empty: https://<domain>
    std::string ca_file;

    std::string api_base() const { return api_url.empty() ? "https://" + domain : api_url; }
    // The order in the Shopify admin (R5).
    std::string admin_order_url(const std::string& order_id) const;
};

host_api::Result<StoreSettings> parse_store_settings(const host_api::StoreConnection& connection);

}  // namespace shopify
