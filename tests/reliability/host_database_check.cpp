#include "tests/reliability/host_database_check.hpp"

#include <map>
#include <sstream>

#include <catch2/catch.hpp>

#include "host/store/dump_writer.hpp"
#include "host/store/host_store.hpp"
#include "tests/reliability/reliability_order.hpp"

namespace reliability {
namespace {

std::string text(const rapidjson::Value& object, const char* name) {
    const auto found = object.FindMember(name);
    return found != object.MemberEnd() && found->value.IsString() ? found->value.GetString() : "";
}

// Each line of the shop's order once, by its SKU, with the quantity it was ordered in.
bool items_whole(const rapidjson::Value& order) {
    const auto& items = order["items"];
    if (!items.IsArray() || items.Size() != k_items_per_order) return false;
    std::set<std::string> articles;
    for (const auto& item : items.GetArray()) articles.insert(text(item, "article"));
    return articles.size() == k_items_per_order;
}

rapidjson::Document parsed(host::store::HostStore& store, const char* kind) {
    auto json = host::store::dump_json(store, kind);
    REQUIRE(json);
    rapidjson::Document doc;
    doc.Parse(json->c_str());
    REQUIRE(doc.IsArray());
    return doc;
}

}  // namespace

std::string HostDatabaseCheck::summary() const {
    std::ostringstream out;
    out << "orders " << orders << "/" << expected << ", doubled " << doubled_orders << ", missing " << missing_orders
        << ", unexpected " << unexpected_orders << ", orders with wrong items " << wrong_items
        << ", without client " << without_client << ", without exactly one delivery comment " << wrong_deliveries
        << ", contacts " << contacts;
    return out.str();
}

HostDatabaseCheck check_host_database(const rapidjson::Document& orders, const rapidjson::Document& feed,
                                      const rapidjson::Document& contacts, const std::set<std::string>& shop_ids) {
    HostDatabaseCheck check;
    check.expected = shop_ids.size();
    check.contacts = contacts.Size();
    std::map<std::int64_t, std::size_t> delivery_comments;  // by host order id
    for (const auto& entry : feed.GetArray())
        if (entry["order_id"].IsInt64() && text(entry, "text").find(k_carrier) != std::string::npos)
            ++delivery_comments[entry["order_id"].GetInt64()];
    std::map<std::string, std::size_t> seen;
    for (const auto& order : orders.GetArray()) {
        const auto external_id = text(order, "external_id");
        if (external_id.empty()) continue;  // made in the host, not from a store
        ++check.orders;
        if (++seen[external_id] > 1) ++check.doubled_orders;
        if (!shop_ids.count(external_id)) ++check.unexpected_orders;
        if (!items_whole(order)) ++check.wrong_items;
        if (order["client_id"].IsNull() || text(order, "client_name") == "Not set") ++check.without_client;
        if (delivery_comments[order["id"].GetInt64()] != 1) ++check.wrong_deliveries;
    }
    for (const auto& id : shop_ids)
        if (!seen.count(id)) ++check.missing_orders;
    return check;
}

HostDatabaseCheck check_host_database(const std::filesystem::path& data_dir, const std::set<std::string>& shop_ids) {
    auto store = host::store::HostStore::open(data_dir);
    REQUIRE(store);
    return check_host_database(parsed(**store, "orders"), parsed(**store, "feed"), parsed(**store, "contacts"),
                               shop_ids);
}

}  // namespace reliability
