// Which adapter a Shopify order's delivery reaches, end to end: the order is posted to the
// local Shopify, arrives by webhook over HTTPS and GraphQL, and the host's database is read
// afterwards (R12, R15).
#include <map>
#include <string>

#include <catch2/catch.hpp>

#include "tests/integration/import_harness.hpp"

using test_support::ImportHarness;

namespace {

struct Destination {
    std::string city;
    std::string address1;
    std::string address2;
    std::string country;
    std::string country_code;  // left out of the address when empty
};

const Destination k_kyiv{"Київ", "вул. Хрещатик, 22", "Відділення №5", "Ukraine", "UA"};
const Destination k_warsaw{"Warszawa", "ul. Marszałkowska 10", "lok. 4", "Poland", "PL"};

std::string order_json(std::int64_t id, const std::string& title, const std::string& code, const Destination& to) {
    const std::string number = std::to_string(id);
    const std::string country_code = to.country_code.empty() ? "" : R"(,"country_code":")" + to.country_code + "\"";
    return R"({"id":)" + number + R"(,"name":"#)" + number + R"(","currency":"UAH","total_price":"315.00",)" +
           R"("created_at":"2026-12-01T09:00:00+02:00","updated_at":"2026-12-01T09:00:00+02:00",)" +
           R"("shipping_address":{"first_name":"Olena","last_name":"Kowalska","phone":"+48601234567",)" +
           R"("address1":")" + to.address1 + R"(","address2":")" + to.address2 + R"(","city":")" + to.city +
           R"(","zip":"00-001","country":")" + to.country + "\"" + country_code + "}," +
           R"("shipping_lines":[{"title":")" + title + R"(","code":")" + code +
           R"(","source":"shopify","price":"70.00"}],)" + R"("line_items":[{"id":)" + number +
           R"(1,"name":"Мед","title":"Мед","sku":"HONEY-500","quantity":1,)" +
           R"("price":"245.00","product_id":8101,"variant_id":4701,"variant_title":""}]})";
}

// What the host holds for each Shopify order id: its waybills and its delivery comments.
struct HeldDelivery {
    int waybills = 0;
    std::string comments;
};

std::map<std::string, HeldDelivery> held_deliveries(ImportHarness& harness) {
    std::map<std::int64_t, std::string> shopify_id_of;
    const auto orders = harness.dump("orders");
    for (const auto& order : orders.GetArray())
        shopify_id_of[order["id"].GetInt64()] = order["external_id"].GetString();
    std::map<std::string, HeldDelivery> held;
    const auto waybills = harness.dump("waybills");
    for (const auto& waybill : waybills.GetArray()) ++held[shopify_id_of[waybill["order_id"].GetInt64()]].waybills;
    const auto feed = harness.dump("feed");
    for (const auto& comment : feed.GetArray())
        held[shopify_id_of[comment["order_id"].GetInt64()]].comments += std::string(comment["text"].GetString()) + "\n";
    return held;
}

}  // namespace

TEST_CASE("R15 Nova Poshta Global in Ukrainian and Latin spelling to Warsaw is a feed comment, not a waybill") {
    ImportHarness harness;
    REQUIRE(harness.post_order(order_json(710001, "Нова Пошта Глобал", "standard", k_warsaw)));
    REQUIRE(harness.post_order(order_json(710002, "Nova Poshta Global", "standard", k_warsaw)));
    REQUIRE(harness.post_order(order_json(710003, "Нова Пошта", "np-international", k_warsaw)));
    REQUIRE(harness.eventually([&] { return held_deliveries(harness).size() == 3; }));

    auto held = held_deliveries(harness);
    for (const auto* id : {"710001", "710002", "710003"}) {
        INFO("order " << id);
        CHECK(held[id].waybills == 0);
        CHECK(held[id].comments.find("Warszawa") != std::string::npos);
    }
    CHECK(held["710001"].comments.find("Delivery: Нова Пошта Глобал") != std::string::npos);
    CHECK(held["710002"].comments.find("Delivery: Nova Poshta Global") != std::string::npos);
}

TEST_CASE("R12 R15 a Nova Poshta line to an address abroad is a feed comment with a log line saying why") {
    ImportHarness harness;
    REQUIRE(harness.post_order(order_json(720001, "Нова Пошта", "branch", k_warsaw)));
    REQUIRE(harness.post_order(order_json(720002, "Нова Пошта", "branch", k_kyiv)));
    REQUIRE(harness.eventually([&] { return held_deliveries(harness).size() == 2; }));

    auto held = held_deliveries(harness);
    CHECK(held["720001"].waybills == 0);
    CHECK(held["720001"].comments.find("Delivery: Нова Пошта") != std::string::npos);
    CHECK(harness.log().find("delivery of order #720001 goes to generic: Nova Poshta serves recipients in UA only, "
                             "not a recipient in PL") != std::string::npos);
    // The same line to Kyiv is a waybill, and nothing is said about it.
    CHECK(held["720002"].waybills == 1);
    CHECK(held["720002"].comments.empty());
    CHECK(harness.log().find("delivery of order #720002 goes to") == std::string::npos);
}

TEST_CASE("R12 an address without a country code gets a waybill when it names a Nova Poshta branch") {
    ImportHarness harness;
    const Destination no_code{"Львів", "вул. Городоцька, 1", "Відділення №12", "", ""};
    REQUIRE(harness.post_order(order_json(730001, "Новая Почта", "branch", no_code)));
    REQUIRE(harness.eventually([&] { return held_deliveries(harness).size() == 1; }));

    auto held = held_deliveries(harness);
    CHECK(held["730001"].waybills == 1);
    const auto waybills = harness.dump("waybills");
    CHECK(std::string(waybills[0]["city"].GetString()) == "Львів");
    CHECK(std::string(waybills[0]["branch"].GetString()) == "Відділення №12");
}

TEST_CASE("R16 an order whose address moves abroad has its waybill marked Deleted and a comment instead") {
    ImportHarness harness;
    REQUIRE(harness.post_order(order_json(740001, "Нова Пошта", "branch", k_kyiv)));
    REQUIRE(harness.eventually([&] { return held_deliveries(harness)["740001"].waybills == 1; }));

    REQUIRE(harness.post_order(order_json(740001, "Нова Пошта", "branch", k_warsaw)));
    REQUIRE(harness.eventually([&] { return !held_deliveries(harness)["740001"].comments.empty(); }));
    CHECK(held_deliveries(harness)["740001"].comments.find("Warszawa") != std::string::npos);
    const auto waybills = harness.dump("waybills");
    REQUIRE(waybills.Size() == 1);
    CHECK(std::string(waybills[0]["status"].GetString()) == "Deleted");
}
