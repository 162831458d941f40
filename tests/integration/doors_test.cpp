// Bad input at the host's doors, the quick checks: every /api/ route under the
// employees' rights, the JSON API and the webhook endpoint fed what they must refuse, the
// pages' assets asked for with "..", and the orders search fed SQL's own characters. Each
// refusal is a status with a JSON error, and the host writes nothing for it.
#include <map>
#include <set>
#include <utility>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <catch2/catch.hpp>

#include "tests/integration/import_harness.hpp"
#include "tests/integration/signed_in_browser.hpp"
#include "tests/integration/written_state.hpp"
#include "tests/sim/shopify/webhook_signature.hpp"
#include "tests/support/slow_client.hpp"

using test_support::ImportHarness;
using test_support::sign_in;
using test_support::written_state;
using namespace std::chrono_literals;

namespace {

constexpr const char* k_secret = "integration-client-secret";
constexpr const char* k_domain = "kyiv-honey.myshopify.com";

// Who may call each route of the JSON API. A route the router has and this table lacks
// fails the test: a new route must say who may call it.
struct Door {
    bool open_to_all = false;  // signing in itself
    std::string right;         // "" any signed-in employee
};

const std::map<std::pair<std::string, std::string>, Door>& api_doors() {
    static const std::map<std::pair<std::string, std::string>, Door> doors = {
        {{"POST", "/api/session"}, {true, ""}},
        {{"GET", "/api/session"}, {}},
        {{"POST", "/api/session/end"}, {}},
        {{"GET", "/api/orders"}, {}},
        {{"POST", "/api/orders"}, {}},
        {{"GET", "/api/order"}, {}},
        {{"POST", "/api/orders/write-off"}, {}},
        {{"POST", "/api/orders/refresh"}, {false, "add_products_without_write_off"}},
        {{"GET", "/api/settings/form"}, {false, "manage_settings"}},
        {{"GET", "/api/stores"}, {false, "manage_settings"}},
        {{"POST", "/api/stores"}, {false, "manage_settings"}},
        {{"POST", "/api/stores/remove"}, {false, "manage_settings"}},
        {{"GET", "/api/imports/failed"}, {false, "manage_settings"}},
        {{"POST", "/api/imports/retry"}, {false, "manage_settings"}},
        {{"GET", "/api/novaposhta"}, {false, "manage_settings"}},
        {{"POST", "/api/novaposhta"}, {false, "manage_settings"}},
        {{"GET", "/api/plugins"}, {false, "manage_settings"}},
        {{"POST", "/api/adapters/swap"}, {false, "manage_settings"}},
    };
    return doors;
}

rapidjson::Document json_of(const std::string& body) {
    rapidjson::Document json;
    json.Parse(body.c_str());
    return json;
}

// A refusal as every door gives it: the status, and a JSON object with an "error".
bool refused_with(int status, int expected, const std::string& body) {
    const auto json = json_of(body);
    return status == expected && json.IsObject() && json.HasMember("error");
}

host_api::OutboundResponse webhook(ImportHarness& harness, const host_api::HttpHeaders& headers, const std::string& body) {
    return harness.host_request("POST", "/webhooks/shopify", headers, body);
}

host_api::HttpHeaders signed_headers(const std::string& body, const std::string& id) {
    return {{"Content-Type", "application/json"},
            {"X-Shopify-Topic", "orders/create"},
            {"X-Shopify-Shop-Domain", k_domain},
            {"X-Shopify-Webhook-Id", id},
            {"X-Shopify-Hmac-Sha256", sim::shopify::webhook_hmac(k_secret, body)}};
}

}  // namespace

TEST_CASE("R7 every /api/ route of the router refuses no session, a POST without CSRF and a missing right") {
    ImportHarness harness;
    const auto before = written_state(harness);
    auto cashier = sign_in(harness, "cashier");  // no right at all
    auto owner = sign_in(harness, "owner");      // every right
    std::size_t checked = 0;
    for (const auto& route : harness.host().routes().list()) {
        if (route.path.rfind("/api/", 0) != 0) continue;
        INFO(route.method << " " << route.path);
        const auto found = api_doors().find({route.method, route.path});
        if (found == api_doors().end()) FAIL("a route the test does not know: say in api_doors() who may call it");
        const auto& door = found->second;
        ++checked;
        const std::string body = route.method == "POST" ? "{}" : "";
        const host_api::HttpHeaders json = {{"Content-Type", "application/json"}};

        if (door.open_to_all) {
            const auto no_login = harness.host_request(route.method, route.path, json, body);
            CHECK(no_login.status >= 400);
            CHECK_FALSE(no_login.header("Set-Cookie"));
            continue;
        }
        const auto anonymous = harness.host_request(route.method, route.path, json, body);
        CHECK(refused_with(anonymous.status, 401, anonymous.body));
        // A wrong API token, even naming the owner, is no way in.
        const auto forged = harness.host_request(
            route.method, route.path, {{"Authorization", "Bearer forged"}, {"X-Employee", "owner"}}, body);
        CHECK(refused_with(forged.status, 401, forged.body));
        if (route.method == "POST") {
            // Signed in, but the request did not come from the host's page (no or another's token).
            const auto no_csrf =
                harness.host_request("POST", route.path, {{"Cookie", owner.cookie}, json.front()}, body);
            CHECK(refused_with(no_csrf.status, 403, no_csrf.body));
            const auto other_csrf = harness.host_request(
                "POST", route.path, {{"Cookie", cashier.cookie}, {"X-CSRF-Token", owner.csrf}, json.front()}, body);
            CHECK(refused_with(other_csrf.status, 403, other_csrf.body));
        }
        if (!door.right.empty()) {
            // The cashier's own session, even claiming to be the owner, lacks the right.
            const auto headers = host_api::HttpHeaders{
                {"Cookie", cashier.cookie}, {"X-CSRF-Token", cashier.csrf}, {"X-Employee", "owner"}, json.front()};
            const auto lacking = harness.host_request(route.method, route.path, headers, body);
            CHECK(refused_with(lacking.status, 403, lacking.body));
            CHECK(lacking.body.find("\"code\":\"missing_right\"") != std::string::npos);
        }
    }
    CHECK(checked == api_doors().size());
    CHECK(written_state(harness) == before);
}

TEST_CASE("R27 the JSON API refuses another content type, broken JSON and an oversize body, writing nothing") {
    ImportHarness harness;
    auto owner = sign_in(harness, "owner");
    const auto before = written_state(harness);
    const std::string order = R"({"client_name":"Оксана","items":[{"name":"Мед","quantity":1,"price":"100"}]})";
    const auto post_as = [&](const std::string& type, const std::string& body) {
        return harness.host_request("POST", "/api/orders",
                                    {{"Cookie", owner.cookie}, {"X-CSRF-Token", owner.csrf}, {"Content-Type", type}},
                                    body);
    };
    for (const char* type : {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=b"}) {
        INFO(type);
        const auto answer = post_as(type, order);
        CHECK(refused_with(answer.status, 400, answer.body));
        CHECK(answer.body.find("Content-Type: application/json") != std::string::npos);
    }
    for (const std::string& broken : {order.substr(0, order.size() / 2), std::string("[1,2]"), std::string("nul"),
                                      std::string("{\"client_name\":\"x\"")}) {
        INFO(broken);
        const auto answer = post_as("application/json", broken);
        CHECK(refused_with(answer.status, 400, answer.body));
    }
    const auto port = harness.host().port();
    const auto oversize = test_support::send_raw(
        port,
        "POST /api/orders HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nCookie: " +
            owner.cookie + "\r\nX-CSRF-Token: " + owner.csrf + "\r\nContent-Length: " +
            std::to_string(10 * 1024 * 1024 + 1) + "\r\n\r\n",
        10s);
    CHECK(refused_with(oversize.status, 413, oversize.body));
    CHECK(written_state(harness) == before);
    // The door still opens for a good request.
    CHECK(post_as("application/json", order).status == 201);
}

TEST_CASE("R27 the webhook door refuses missing headers, bad signatures and oversize bodies, writing nothing") {
    ImportHarness harness;
    const auto before = written_state(harness);
    const std::string body = test_support::fixture_order("shopify/webhooks/orders_create_aud.json");
    const auto good = signed_headers(body, "door-1");
    const auto dropped = [&](const std::string& name) {
        auto headers = good;
        std::erase_if(headers, [&](const auto& header) { return header.first == name; });
        return headers;
    };

    auto answer = webhook(harness, dropped("X-Shopify-Shop-Domain"), body);
    CHECK(refused_with(answer.status, 404, answer.body));
    answer = webhook(harness, dropped("X-Shopify-Hmac-Sha256"), body);
    CHECK(refused_with(answer.status, 401, answer.body));
    auto forged = good;
    forged.back().second = sim::shopify::webhook_hmac("another-secret", body);
    answer = webhook(harness, forged, body);
    CHECK(refused_with(answer.status, 401, answer.body));
    answer = webhook(harness, dropped("X-Shopify-Topic"), body);
    CHECK(refused_with(answer.status, 400, answer.body));
    answer = webhook(harness, dropped("X-Shopify-Webhook-Id"), body);
    CHECK(refused_with(answer.status, 400, answer.body));
    // Truncated or not JSON, unsigned: refused at the signature, before anything is read.
    answer = webhook(harness, dropped("X-Shopify-Hmac-Sha256"), body.substr(0, body.size() / 2));
    CHECK(refused_with(answer.status, 401, answer.body));
    // A body over the limit is refused on its length alone.
    const auto oversize = test_support::send_raw(
        harness.host().port(),
        "POST /webhooks/shopify HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n"
        "X-Shopify-Topic: orders/create\r\nX-Shopify-Shop-Domain: " +
            std::string(k_domain) + "\r\nX-Shopify-Webhook-Id: door-big\r\nX-Shopify-Hmac-Sha256: AAAA\r\nContent-Length: " +
            std::to_string(10 * 1024 * 1024 + 1) + "\r\n\r\n",
        10s);
    CHECK(refused_with(oversize.status, 413, oversize.body));
    CHECK(written_state(harness) == before);

    // Signed by the shop but not JSON (an XML webhook, text/xml): 400, and only the failure
    // record the imports log keeps for a signed delivery (R27): no order, nothing queued.
    const std::string xml = "<?xml version=\"1.0\"?><order><id>5901</id></order>";
    auto xml_headers = signed_headers(xml, "door-xml");
    xml_headers.front().second = "text/xml";
    answer = webhook(harness, xml_headers, xml);
    CHECK(refused_with(answer.status, 400, answer.body));
    auto after = written_state(harness);
    CHECK(after.imports == before.imports + 1);
    CHECK(after.rejected_bodies == before.rejected_bodies + 1);
    CHECK(after.orders == before.orders);
    CHECK(after.inbox == before.inbox);
    CHECK(after.seen_webhooks == before.seen_webhooks);
    // The door still takes a good delivery.
    CHECK(webhook(harness, good, body).status == 200);
}

TEST_CASE("R7 asset paths with .. raw, percent-encoded or with backslashes are refused and serve no file") {
    ImportHarness harness;
    const auto port = harness.host().port();
    for (const char* path :
         {"/assets/../../../../etc/passwd", "/assets/..%2f..%2f..%2f..%2fetc%2fpasswd", "/assets/%2e%2e/%2e%2e/etc/passwd",
          "/assets/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/assets/..\\..\\..\\etc\\passwd", "/assets/..%5c..%5cetc%5cpasswd",
          "/assets/%252e%252e/%252e%252e/etc/passwd", "/assets/....//....//etc/passwd", "/assets/..",
          "/assets/../manifest.json", "/assets/%2e%2e/CMakeLists.txt", "/assets/app.js/../../manifest.json",
          "/assets/..%00/app.js", "/assets/.%2e/.%2e/etc/passwd", "/..%2fassets/app.js", "/assets/..;/app.js"}) {
        INFO(path);
        const auto answer = test_support::send_raw(
            port, std::string("GET ") + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 10s);
        CHECK((answer.status == 404 || answer.status == 400));
        CHECK(json_of(answer.body).IsObject());
        CHECK(answer.body.find("root:") == std::string::npos);
        CHECK(answer.body.find("function") == std::string::npos);
    }
    // The real asset is still there.
    CHECK(test_support::send_raw(port, "GET /assets/app.js HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 10s).status ==
          200);
}

TEST_CASE("R4 searching for SQL's own characters finds exactly the orders that hold them and breaks nothing") {
    ImportHarness harness;
    auto owner = sign_in(harness, "owner");
    const std::vector<std::string> names = {"Ірина О'Брайєн", "Тарас \"Медок\" Коваль", "Олег;Сидоренко",
                                            "Анна -- Мельник",  "Знижка 50% Петро",      "Знижка 500 Павло",
                                            "Марта під_рядок",  "Марта підXрядок",       "Звичайна Людина"};
    for (const auto& name : names) {
        rapidjson::Document order(rapidjson::kObjectType);
        auto& a = order.GetAllocator();
        rapidjson::Value item(rapidjson::kObjectType);
        item.AddMember("name", "Мед", a).AddMember("quantity", 1, a).AddMember("price", "100", a);
        rapidjson::Value items(rapidjson::kArrayType);
        items.PushBack(item, a);
        order.AddMember("client_name", rapidjson::Value(name.c_str(), a), a).AddMember("items", items, a);
        rapidjson::StringBuffer text;
        rapidjson::Writer<rapidjson::StringBuffer> out(text);
        order.Accept(out);
        REQUIRE(owner.post("/api/orders", text.GetString()).status == 201);
    }
    const auto found = [&](const std::string& encoded_search) {
        const auto answer = owner.get("/api/orders?source=host&q=" + encoded_search);
        REQUIRE(answer.status == 200);
        const auto json = json_of(answer.body);
        std::set<std::string> out;
        for (const auto& row : json["orders"].GetArray()) out.insert(row["client_name"].GetString());
        return out;
    };
    using Names = std::set<std::string>;
    CHECK(found("%27") == Names{"Ірина О'Брайєн"});
    CHECK(found("%22") == Names{"Тарас \"Медок\" Коваль"});
    CHECK(found("%3B") == Names{"Олег;Сидоренко"});
    CHECK(found("--") == Names{"Анна -- Мельник"});
    CHECK(found("50%25") == Names{"Знижка 50% Петро"});
    CHECK(found("%25") == Names{"Знижка 50% Петро"});
    CHECK(found("%D0%BF%D1%96%D0%B4_") == Names{"Марта під_рядок"});
    CHECK(found("_") == Names{"Марта під_рядок"});
    CHECK(found("%27%3B%20DROP%20TABLE%20orders%3B%20--").empty());
    CHECK(found("%27%20OR%20%271%27%3D%271").empty());
    CHECK(found("").size() == names.size());
    CHECK(harness.dump("orders").Size() == names.size());
}
