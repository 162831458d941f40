#include "plugin/sync/shop_check.hpp"

#include "plugin/shopify/graphql_operations.hpp"
#include "plugin/shopify/json_reading.hpp"

namespace shopify::sync {
namespace {

std::string currency_notice(const std::string& shop_currency, const std::string& host_currency) {
    if (shop_currency.empty() || shop_currency == host_currency) return "";
    return "The shop sells in " + shop_currency + " and the host counts in " + host_currency +
           ": its orders are not imported until the currencies match (they wait in the failed imports).";
}

std::string plan_notice(const std::string& plan) {
    if (plan.find("Basic") == std::string::npos) return "";
    return "The shop is on the " + plan +
           " plan: Shopify withholds clients' names, phones and addresses, so imported orders get the client "
           "\"Not set\".";
}

}  // namespace

host_api::Result<void> check_shop(host_api::HostContext& host, const StoreSettings& store, GraphqlClient& client) {
    auto answer = client.execute(k_shop_info, k_shop_info_query, "{}", 2);
    if (!answer) return answer.error();
    const auto& shop = answer->document["data"]["shop"];
    if (!shop.IsObject()) return host_api::transient_error("shop " + store.domain + ": ShopInfo without a shop");
    const auto currency = text_at(shop, "currencyCode");
    const auto plan = shop.HasMember("plan") ? text_at(shop["plan"], "displayName") : "";
    host.logger->info("store {}: shop {} sells in {} on the {} plan", store.name, store.domain, currency, plan);
    if (auto reported = host.connections.report(store.connection_id, "currency",
                                                currency_notice(currency, host.settings.currency()));
        !reported)
        return reported.error();
    return host.connections.report(store.connection_id, "customer_data", plan_notice(plan));
}

}  // namespace shopify::sync
