#pragma once
// What the host's database holds after a reliability run, against the orders the shop
// has: every order once (by Shopify id), each with its items once, its client and one
// delivery comment. Read from the host's dumps, as a script would.
#include <cstdint>
#include <filesystem>
#include <set>
#include <string>

#include <rapidjson/document.h>

namespace reliability {

struct HostDatabaseCheck {
    std::size_t expected = 0;
    std::size_t orders = 0;            // host orders from the store
    std::size_t doubled_orders = 0;    // host orders beyond the first with one Shopify id
    std::size_t missing_orders = 0;    // shop orders with no host order
    std::size_t unexpected_orders = 0; // host orders of ids the shop never had
    std::size_t wrong_items = 0;       // orders whose items are not each line once
    std::size_t without_client = 0;
    std::size_t wrong_deliveries = 0;  // orders without exactly one delivery comment
    std::size_t contacts = 0;

    bool whole() const {
        return orders == expected && doubled_orders == 0 && missing_orders == 0 && unexpected_orders == 0 &&
               wrong_items == 0 && without_client == 0 && wrong_deliveries == 0;
    }
    // One line a reader can copy: "orders 10000/10000, doubled 0, missing 0, …".
    std::string summary() const;
};

// From the dumps of orders, feed and contacts (JSON arrays).
HostDatabaseCheck check_host_database(const rapidjson::Document& orders, const rapidjson::Document& feed,
                                      const rapidjson::Document& contacts, const std::set<std::string>& shop_ids);
// The same from a host data folder (the host may be running: SQLite in WAL lets a reader in).
HostDatabaseCheck check_host_database(const std::filesystem::path& data_dir, const std::set<std::string>& shop_ids);

}  // namespace reliability
