#include <map>
#include <set>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <catch2/catch.hpp>

#include "tests/integration/import_harness.hpp"
#include "tests/support/child_process.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/text_file.hpp"

using test_support::fixture_order;
using test_support::HarnessOptions;
using test_support::ImportHarness;

namespace {

std::string text(const rapidjson::Value& object, const char* name) {
    const auto& value = object[name];
    return value.IsString() ? value.GetString() : "";
}

const rapidjson::Value* order_by_external_id(const rapidjson::Document& orders, const std::string& id) {
    for (const auto& order : orders.GetArray())
        if (text(order, "external_id") == id) return &order;
    return nullptr;
}

// The demo's orders, one JSON text each.
std::vector<std::string> demo_orders() {
    rapidjson::Document doc;
    doc.Parse(test_support::read_text(test_support::source_dir() / "demo" / "sample_orders.json").c_str());
    std::vector<std::string> out;
    for (const auto& order : doc.GetArray()) {
        rapidjson::StringBuffer buffer;
        rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
        order.Accept(writer);
        out.emplace_back(buffer.GetString());
    }
    return out;
}

}  // namespace

TEST_CASE("R8 R9 R10 every Shopify fixture is imported end to end through webhook and GraphQL") {
    struct Fixture {
        std::string file;
        std::string currency;
        std::string id;
        std::string number;
        std::string total;
        unsigned items;
    };
    const auto fixture = GENERATE(values<Fixture>({
        {"shopify/rest/order_python_api.json", "USD", "450789469", "#1001", "409.94", 3},
        {"shopify/rest/order_ruby.json", "USD", "450789469", "#1001", "409.94", 3},
        {"shopify/rest/orders_ruby.json", "USD", "450789469", "#1001", "409.94", 3},
        {"shopify/rest/order_with_properties_ruby.json", "USD", "450789469", "#1001", "409.94", 2},
        {"shopify/webhooks/orders_test_webhook.json", "USD", "820982911946154508", "#9999", "403.00", 2},
        {"shopify/webhooks/orders_create_aud.json", "AUD", "2998557704341", "#1030", "59.45", 1},
        // Shop money (AUD), not the presentment money (USD).
        {"shopify/webhooks/orders_create_usd_presentment.json", "AUD", "2998548365461", "#1029", "60.33", 1},
    }));
    INFO(fixture.file);
    ImportHarness harness(HarnessOptions{sim::shopify::Plan::grow, fixture.currency, fixture.currency});
    REQUIRE(harness.post_order(fixture_order(fixture.file)));
    const bool settled = harness.imports_settled(1);
    INFO(harness.log());
    REQUIRE(settled);
    const auto orders = harness.dump("orders");
    REQUIRE(orders.Size() == 1);
    const auto& order = orders[0];
    CHECK(text(order, "external_id") == fixture.id);  // exact, even above 2^53
    CHECK(text(order, "number") == fixture.number);
    CHECK(text(order, "store") == "Kyiv Honey");
    CHECK(text(order, "status") == "New");
    CHECK(text(order, "order_type") == "Online order");
    CHECK(text(order, "external_url") == "https://kyiv-honey.myshopify.com/admin/orders/" + fixture.id);
    CHECK(text(order, "total") == fixture.total);
    CHECK(text(order, "currency") == fixture.currency);
    CHECK(order["items"].Size() == fixture.items);
    CHECK_FALSE(order["last_synced"].IsNull());
    for (const auto& item : order["items"].GetArray()) CHECK_FALSE(item["written_off"].GetBool());
}

TEST_CASE("R3 an order in another currency than the host's is a failed import with its reason") {
    ImportHarness harness(HarnessOptions{sim::shopify::Plan::grow, "UAH", "AUD"});
    REQUIRE(harness.post_order(fixture_order("shopify/webhooks/orders_create_aud.json")));
    REQUIRE(harness.imports_settled(1));
    const auto imports = harness.dump("imports");
    REQUIRE(imports.Size() == 1);
    CHECK(text(imports[0], "state") == "failed");
    CHECK(text(imports[0], "reason").find("currency AUD differs from the host currency UAH") != std::string::npos);
    CHECK(harness.dump("orders").Size() == 0);
}

TEST_CASE("R11 R28 duplicated, reordered and repeated deliveries make one host order with the latest state") {
    ImportHarness harness;
    REQUIRE(harness.control("/_sim/webhooks", R"({"duplicate": 2, "reorder": true})") == 200);
    auto orders = demo_orders();
    REQUIRE(harness.post_order(orders[0]));
    // The same order changed twice more: quantities 2 -> 4 -> 5 on the first line.
    for (int quantity : {4, 5}) {
        std::string changed = orders[0];
        const auto compact = changed.find("\"quantity\":2");
        REQUIRE(compact != std::string::npos);
        changed.replace(compact, 12, "\"quantity\":" + std::to_string(quantity));
        REQUIRE(harness.post_order(changed));
    }
    REQUIRE(harness.control("/_sim/webhooks/flush", "{}") == 200);
    REQUIRE(harness.eventually([&] {
        const auto dumped = harness.dump("orders");
        return dumped.Size() == 1 && dumped[0]["items"][0]["quantity"].GetInt64() == 5;
    }));
    CHECK(harness.dump("orders").Size() == 1);
    const auto stats = harness.sim_stats();
    CHECK(stats["webhooks_sent"].GetInt() >= 9);  // three deliveries, each three times
}

TEST_CASE("R24 R25 R26 the demo's clients: one contact for one phone in three formats, Not set without data") {
    ImportHarness harness;
    for (const auto& order : demo_orders()) REQUIRE(harness.post_order(order));
    REQUIRE(harness.imports_settled(6));
    const auto contacts = harness.dump("contacts");
    std::set<std::string> phones;
    for (const auto& contact : contacts.GetArray()) phones.insert(text(contact, "phone"));
    CHECK(phones.count("+380671234567") == 1);
    const auto orders = harness.dump("orders");
    const auto* first = order_by_external_id(orders, "5900000000001");
    const auto* second = order_by_external_id(orders, "5900000000002");
    const auto* guest = order_by_external_id(orders, "5900000000003");
    REQUIRE(first != nullptr);
    REQUIRE(second != nullptr);
    REQUIRE(guest != nullptr);
    CHECK((*first)["client_id"].GetInt64() == (*second)["client_id"].GetInt64());
    CHECK(text(*guest, "client_name") == "Not set");
    CHECK((*guest)["client_id"].IsNull());
    // R3: the USD order is kept as a failed import.
    const auto* usd = order_by_external_id(orders, "5900000000005");
    CHECK(usd == nullptr);
}

TEST_CASE("R25 on the Basic plan the client is Not set and the order still imports") {
    ImportHarness harness(HarnessOptions{sim::shopify::Plan::basic});
    REQUIRE(harness.post_order(demo_orders()[0]));
    REQUIRE(harness.imports_settled(1));
    const auto orders = harness.dump("orders");
    REQUIRE(orders.Size() == 1);
    CHECK(text(orders[0], "client_name") == "Not set");
    CHECK(orders[0]["items"].Size() == 2);
}

TEST_CASE("R27 a webhook with a bad signature is refused with 401 and writes nothing") {
    ImportHarness harness;
    host::http::OutboundClient client({}, true);
    host_api::OutboundRequest request;
    request.method = "POST";
    request.url = "http://127.0.0.1:" + std::to_string(harness.host().port()) + "/webhooks/shopify";
    request.body = demo_orders()[0];
    request.headers = {{"X-Shopify-Topic", "orders/create"},
                       {"X-Shopify-Shop-Domain", "kyiv-honey.myshopify.com"},
                       {"X-Shopify-Webhook-Id", "bad-signature-1"},
                       {"X-Shopify-Hmac-Sha256", "bm90IHRoZSByaWdodCBzaWduYXR1cmU="}};
    auto response = client.send(request);
    REQUIRE(response);
    CHECK(response->status == 401);
    CHECK(harness.dump("imports").Size() == 0);
    CHECK(harness.dump("orders").Size() == 0);
    auto seen = harness.host().store().plugin_state("shopify")->get("webhook/bad-signature-1");
    CHECK_FALSE(*seen);
}

TEST_CASE("R3 a failed import is retried by stores retry and imported once the cause is gone") {
    ImportHarness harness(HarnessOptions{sim::shopify::Plan::grow, "UAH", "UAH"});
    // Else the initial import's file may catch the order once it is UAH, and import it first.
    REQUIRE(harness.initial_import_done());
    // The order is refused while its currency is AUD; Shopify's state then changes to UAH.
    std::string order = demo_orders()[0];
    const auto at = order.find("\"currency\":\"UAH\"");
    REQUIRE(at != std::string::npos);
    std::string aud = order;
    aud.replace(at, 16, "\"currency\":\"AUD\"");
    REQUIRE(harness.post_order(aud));
    REQUIRE(harness.imports_settled(1));
    CHECK(std::string(harness.dump("imports")[0]["state"].GetString()) == "failed");
    REQUIRE(harness.control("/_sim/webhooks", R"({"enabled": false})") == 200);
    REQUIRE(harness.post_order(order));
    const auto retried = test_support::run_command({test_support::host_executable().string(), "--data",
                                                    harness.data_dir().string(), "stores", "retry", "Kyiv Honey"});
    REQUIRE(retried.exit_code == 0);
    CHECK(retried.out == "1 failed import(s) queued again\n");
    CHECK(harness.eventually([&] { return harness.dump("orders").Size() == 1; }));
    CHECK(std::string(harness.dump("imports")[0]["state"].GetString()) == "imported");
}

TEST_CASE("R3 an order refused for its currency is imported after settings set changes the host's currency") {
    ImportHarness harness(HarnessOptions{sim::shopify::Plan::grow, "UAH", "AUD"});
    REQUIRE(harness.post_order(fixture_order("shopify/webhooks/orders_create_aud.json")));
    REQUIRE(harness.imports_settled(1));
    CHECK(std::string(harness.dump("imports")[0]["state"].GetString()) == "failed");
    // The running host reads the currency at each import: no restart.
    const auto set = test_support::run_command({test_support::host_executable().string(), "--data",
                                                harness.data_dir().string(), "settings", "set", "--currency", "AUD"});
    REQUIRE(set.exit_code == 0);
    const auto retried = test_support::run_command(
        {test_support::host_executable().string(), "--data", harness.data_dir().string(), "stores", "retry"});
    REQUIRE(retried.exit_code == 0);
    CHECK(harness.eventually([&] { return harness.dump("orders").Size() == 1; }));
    CHECK(std::string(harness.dump("imports")[0]["state"].GetString()) == "imported");
    CHECK(std::string(harness.dump("orders")[0]["currency"].GetString()) == "AUD");
}

TEST_CASE("a store connected with a client id imports through tokens from the client credentials grant") {
    HarnessOptions options;
    options.client_credentials = true;
    ImportHarness harness(options);
    REQUIRE(harness.post_order(demo_orders()[0]));
    CHECK(harness.eventually([&] { return harness.dump("orders").Size() == 1; }));
    CHECK(harness.log().find("access token granted") != std::string::npos);
    CHECK(harness.log().find("integration-client-secret") == std::string::npos);
}

TEST_CASE("R18 an order with 130 line items is imported whole, the lines past the first page paged in") {
    ImportHarness harness;
    rapidjson::Document order;
    order.Parse(demo_orders()[0].c_str());
    auto& allocator = order.GetAllocator();
    rapidjson::Value lines(rapidjson::kArrayType);
    for (int i = 1; i <= 130; ++i) {
        const std::string sku = "PART-" + std::to_string(i);
        rapidjson::Value line(rapidjson::kObjectType);
        line.AddMember("id", rapidjson::Value(static_cast<std::int64_t>(6700000000000 + i)), allocator);
        line.AddMember("name", rapidjson::Value(("Spare part " + std::to_string(i)).c_str(), allocator), allocator);
        line.AddMember("title", rapidjson::Value(("Spare part " + std::to_string(i)).c_str(), allocator), allocator);
        line.AddMember("sku", rapidjson::Value(sku.c_str(), allocator), allocator);
        line.AddMember("quantity", 1, allocator);
        line.AddMember("price", "1.00", allocator);
        lines.PushBack(line, allocator);
    }
    order["line_items"] = lines;
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    order.Accept(writer);
    REQUIRE(harness.post_order(buffer.GetString()));
    REQUIRE(harness.eventually([&] { return harness.dump("orders").Size() == 1; }));
    const auto imported = harness.dump("orders");
    const auto& items = imported[0]["items"];
    REQUIRE(items.Size() == 130);
    std::set<std::string> articles;
    for (const auto& item : items.GetArray()) articles.insert(item["article"].GetString());
    CHECK(articles.size() == 130);
    CHECK(articles.count("PART-130") == 1);
}
