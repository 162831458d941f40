// The host's pages and the JSON API they call, over real HTTP with the real plugin and the
// local Shopify: signing in (cookie, CSRF), the orders table and one order under the
// employees' rights (R4, R5, R7, R9), typing an order in, writing an item off (R23), and
// connecting a store without its token ever coming back (R1).
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include "tests/integration/import_harness.hpp"
#include "tests/integration/signed_in_browser.hpp"

using test_support::Browser;
using test_support::give_password;
using test_support::ImportHarness;
using test_support::sign_in;

namespace {

const char* const k_page_order = R"({"id":5900000000888,"name":"#1888","currency":"UAH","total_price":"490.00",
  "created_at":"2026-11-27T09:00:00+02:00","updated_at":"2026-11-27T09:00:00+02:00",
  "line_items":[{"id":6600000000888,"name":"Мед","title":"Мед","sku":"HONEY-500","quantity":2,"price":"245.00"}]})";

rapidjson::Document json_of(const host_api::OutboundResponse& answer) {
    rapidjson::Document json;
    json.Parse(answer.body.c_str());
    REQUIRE_FALSE(json.HasParseError());
    return json;
}

std::int64_t imported_page_order(ImportHarness& harness) {
    REQUIRE(harness.post_order(k_page_order));
    REQUIRE(harness.eventually([&] { return harness.dump("orders").Size() == 1; }));
    return harness.dump("orders")[0]["id"].GetInt64();
}

}  // namespace

TEST_CASE("R7 sign-in sets an HttpOnly SameSite cookie, refuses a wrong password, and signs out") {
    ImportHarness harness;
    give_password(harness, "owner", "right-one");
    const auto wrong = harness.host_request("POST", "/api/session", {}, R"({"login":"owner","password":"wrong"})");
    CHECK(wrong.status == 401);
    CHECK(wrong.body.find("bad_credentials") != std::string::npos);
    CHECK_FALSE(wrong.header("Set-Cookie"));
    const auto unknown = harness.host_request("POST", "/api/session", {}, R"({"login":"ghost","password":"x"})");
    CHECK(unknown.status == 401);

    const auto right = harness.host_request("POST", "/api/session", {}, R"({"login":"owner","password":"right-one"})");
    REQUIRE(right.status == 200);
    const auto cookie = right.header("Set-Cookie").value_or("");
    CHECK(cookie.find("HttpOnly") != std::string::npos);
    CHECK(cookie.find("SameSite=Strict") != std::string::npos);
    CHECK(right.body.find("right-one") == std::string::npos);

    auto browser = sign_in(harness, "owner");
    CHECK(browser.get("/api/session").status == 200);
    CHECK(harness.host_request("POST", "/api/session/end", {{"Cookie", browser.cookie}}).status == 403);  // no CSRF
    CHECK(browser.post("/api/session/end", "{}").status == 204);
    CHECK(browser.get("/api/session").status == 401);
    CHECK(browser.get("/api/orders").status == 401);
}

TEST_CASE("R4 R5 the orders table lists typed-in and imported orders and filters them by source") {
    ImportHarness harness;
    const auto imported = imported_page_order(harness);
    auto browser = sign_in(harness, "cashier");
    const auto created = browser.post(
        "/api/orders",
        R"({"client_name":"Тарас Мельник","client_phone":"093 777 88 99","items":[{"name":"Мед липовий","quantity":2,"price":"320.00"}]})");
    REQUIRE(created.status == 201);
    const auto refused = browser.post("/api/orders", R"({"client_name":"","items":[]})");
    CHECK(refused.status == 422);
    CHECK(refused.body.find("\"field\":\"client_name\"") != std::string::npos);

    const auto all = json_of(browser.get("/api/orders?source=all"));
    const auto host = json_of(browser.get("/api/orders?source=host"));
    const auto shops = json_of(browser.get("/api/orders?source=integrations"));
    CHECK(all["total"].GetInt() == 2);
    REQUIRE(host["orders"].Size() == 1);
    CHECK(host["orders"][0]["store"].IsNull());
    CHECK(std::string(host["orders"][0]["total"].GetString()) == "640.00");
    REQUIRE(shops["orders"].Size() == 1);
    CHECK(shops["orders"][0]["id"].GetInt64() == imported);
    CHECK(std::string(shops["orders"][0]["store"]["name"].GetString()) == "Kyiv Honey");
    CHECK(std::string(shops["orders"][0]["store"]["url"].GetString()).find("/admin/orders/5900000000888") !=
          std::string::npos);
    CHECK(json_of(browser.get("/api/orders?q=%D0%9C%D0%B5%D0%BB%D1%8C%D0%BD%D0%B8%D0%BA"))["total"].GetInt() == 1);
}

TEST_CASE("R7 an employee without the right sees a synced order listed but cannot open or change it") {
    ImportHarness harness;
    const auto order = imported_page_order(harness);
    auto cashier = sign_in(harness, "cashier");
    const auto listed = json_of(cashier.get("/api/orders"));
    CHECK(listed["total"].GetInt() == 1);
    const auto opened = cashier.get("/api/order?id=" + std::to_string(order));
    CHECK(opened.status == 403);
    CHECK(opened.body.find("missing_right") != std::string::npos);
    const auto item = harness.dump("orders")[0]["items"][0]["id"].GetInt64();
    CHECK(cashier.post("/api/orders/write-off", R"({"item_id":)" + std::to_string(item) + "}").status == 403);
    CHECK(cashier.post("/api/orders/refresh", R"({"order_ids":[)" + std::to_string(order) + "]}").status == 403);
    CHECK(cashier.get("/api/stores").status == 403);
}

TEST_CASE("R9 R23 the order page shows the four fields and the refresh wait, and writes an item off") {
    ImportHarness harness;
    const auto order = imported_page_order(harness);
    auto manager = sign_in(harness, "manager");
    auto page = json_of(manager.get("/api/order?id=" + std::to_string(order)));
    CHECK(std::string(page["store"]["name"].GetString()) == "Kyiv Honey");
    CHECK(std::string(page["store"]["external_id"].GetString()) == "5900000000888");
    CHECK(page["store"]["created_external"].IsString());
    CHECK(page["store"]["last_synced"].IsString());
    CHECK(page["refresh_wait_seconds"].GetInt64() == 0);

    CHECK(manager.post("/api/orders/refresh", R"({"order_ids":[)" + std::to_string(order) + "]}").status == 200);
    page = json_of(manager.get("/api/order?id=" + std::to_string(order)));
    CHECK(page["refresh_wait_seconds"].GetInt64() > 590);

    const auto item = page["items"][0]["id"].GetInt64();
    CHECK(manager.post("/api/orders/write-off", R"({"item_id":)" + std::to_string(item) + "}").status == 200);
    page = json_of(manager.get("/api/order?id=" + std::to_string(order)));
    CHECK(page["items"][0]["written_off"].GetBool());
    CHECK(manager.post("/api/orders/write-off", R"({"item_id":)" + std::to_string(item) + "}").status == 409);
}

TEST_CASE("R1 a store connected from the settings page never sends its token back") {
    ImportHarness harness;
    const std::string token = "shpat_browser_secret_123";
    auto owner = sign_in(harness, "owner");
    const auto form = json_of(owner.get("/api/settings/form"));
    CHECK(form["schema"]["properties"]["order_type"]["enum"].Size() >= 1);
    CHECK(form["schema"]["properties"]["token"]["writeOnly"].GetBool());

    const auto bad = owner.post("/api/stores", R"({"settings":{"name":"Second","domain":"not-a-shop.com","token":")" +
                                                   token +
                                                   R"(","client_secret":"s3cret-value","order_type":"Online order","identify_by":"sku"}})");
    CHECK(bad.status == 422);
    CHECK(bad.body.find("\"field\":\"domain\"") != std::string::npos);
    CHECK(bad.body.find("\"rule\":\"pattern\"") != std::string::npos);
    const auto often = owner.post("/api/stores", R"({"settings":{"name":"Second","domain":"second-shop.myshopify.com","token":"t","client_secret":"s","order_type":"Online order","identify_by":"sku","reconcile_interval_seconds":2}})");
    CHECK(often.status == 422);
    CHECK(often.body.find(R"("field":"reconcile_interval_seconds","rule":"minimum")") != std::string::npos);
    CHECK(often.body.find(R"("limit":"5")") != std::string::npos);
    const auto good = owner.post("/api/stores",
                                 R"({"settings":{"name":"Second","domain":"second-shop.myshopify.com","token":")" +
                                     token +
                                     R"(","client_secret":"s3cret-value","order_type":"Online order","identify_by":"sku"}})");
    CHECK(good.status == 201);
    const auto stores = owner.get("/api/stores");
    CHECK(stores.body.find("second-shop.myshopify.com") != std::string::npos);
    CHECK(stores.body.find("\"token\":\"(set)\"") != std::string::npos);
    for (const auto* body : {&bad.body, &good.body, &stores.body}) {
        CHECK(body->find(token) == std::string::npos);
        CHECK(body->find("s3cret-value") == std::string::npos);
    }
    CHECK(harness.log().find(token) == std::string::npos);
}

TEST_CASE("R12 the Nova Poshta settings keep the key write-only and check the status rules") {
    ImportHarness harness;
    auto owner = sign_in(harness, "owner");
    const auto refused = owner.post("/api/novaposhta", R"({"enabled":true,"rules":[{"status_code":"9","order_status":"Nope"}]})");
    CHECK(refused.status == 422);
    const auto saved = owner.post(
        "/api/novaposhta",
        R"({"enabled":true,"api_key":"np-key-secret-42","sender_name":"Kyiv Honey","tracking_interval_seconds":60,"rules":[{"status_code":"9","order_status":"Completed"}]})");
    CHECK(saved.status == 200);
    const auto shown = owner.get("/api/novaposhta");
    CHECK(shown.body.find("\"api_key_set\":true") != std::string::npos);
    CHECK(shown.body.find("np-key-secret-42") == std::string::npos);
    CHECK(saved.body.find("np-key-secret-42") == std::string::npos);
    const auto settings = harness.host().store().nova_poshta().nova_poshta_settings();
    REQUIRE(settings);
    CHECK(settings->api_key == "np-key-secret-42");
    CHECK(settings->status_rules.size() == 1);
    const auto too_often = owner.post("/api/novaposhta", R"({"tracking_interval_seconds":5})");
    CHECK(too_often.status == 422);
    CHECK(too_often.body.find(R"("rule":"minimum","message":"the tracking interval is at least 10 seconds","limit":"10")") !=
          std::string::npos);
    // The interval the host has is not checked again when the form sends it back unchanged.
    CHECK(owner.post("/api/novaposhta", R"({"tracking_interval_seconds":60,"sender_name":"Kyiv Honey"})").status == 200);
    // An empty key keeps the saved one.
    CHECK(owner.post("/api/novaposhta", R"({"api_key":"","sender_name":"Honey"})").status == 200);
    CHECK(harness.host().store().nova_poshta().nova_poshta_settings()->api_key == "np-key-secret-42");
}

TEST_CASE("R17 the plugins page lists the loaded libraries with their version") {
    ImportHarness harness;
    auto owner = sign_in(harness, "owner");
    const auto plugins = json_of(owner.get("/api/plugins"));
    REQUIRE(plugins["libraries"].Size() == 3);
    for (const auto& library : plugins["libraries"].GetArray()) {
        CHECK(std::string(library["state"].GetString()) == "loaded");
        CHECK(std::string(library["version"].GetString()) == "0.1.0");
    }
    auto manager = sign_in(harness, "manager");
    CHECK(manager.get("/api/plugins").status == 403);
}
