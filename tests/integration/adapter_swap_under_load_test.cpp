#include <dlfcn.h>

#include <atomic>
#include <map>
#include <thread>

#include <catch2/catch.hpp>

#include "tests/integration/import_harness.hpp"
#include "tests/support/paths.hpp"

using test_support::ImportHarness;

namespace {

// Even orders go by Nova Poshta (a waybill each), odd ones by Укрпошта (a feed comment each).
std::string swap_order_json(int n) {
    const auto id = std::to_string(300000 + n);
    const std::string carrier = n % 2 == 0 ? "Нова Пошта" : "Укрпошта";
    return R"({"id":)" + id + R"(,"name":"#)" + id + R"(","currency":"UAH","total_price":"315.00",)" +
           R"("created_at":"2026-11-27T09:00:00+02:00","updated_at":"2026-11-27T09:00:00+02:00",)" +
           R"("shipping_address":{"first_name":"Олена","last_name":"Коваленко","phone":"0671234567",)" +
           R"("address1":"вул. Хрещатик, 22","city":"Київ","zip":"01001","country":"Ukraine","country_code":"UA"},)" +
           R"("note_attributes":[{"name":"np_branch","value":"Відділення №5"}],)" + R"("shipping_lines":[{"title":")" +
           carrier + R"(","code":"c","source":"shopify","price":"70.00"}],)" + R"("line_items":[{"id":)" + id +
           R"(1,"name":"Мед","title":"Мед","sku":"HONEY-500","quantity":1,)" +
           R"("price":"245.00","product_id":8101,"variant_id":4701,"variant_title":""}]})";
}

}  // namespace

TEST_CASE("R17 1000 orders imported while both adapters are swapped 50 times: each order has exactly its delivery") {
    ImportHarness harness(test_support::HarnessOptions{sim::shopify::Plan::plus});
    constexpr int k_orders = 1000;
    std::atomic<int> refused{0};
    std::thread sender([&] {
        for (int n = 0; n < k_orders; ++n)
            if (!harness.post_order(swap_order_json(n))) ++refused;
    });
    auto& adapters = harness.host().plugins()->adapters();
    int swaps = 0;
    for (; swaps < 50; ++swaps) {
        const bool nova = swaps % 2 == 0;
        const auto library =
            test_support::library_dir() / (nova ? "libnova_poshta_adapter.so" : "libgeneric_adapter.so");
        REQUIRE(adapters.load(nova ? "nova_poshta" : "generic", library));
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    sender.join();
    REQUIRE(refused.load() == 0);
    REQUIRE(harness.eventually([&] { return harness.dump("orders").Size() == k_orders; }, std::chrono::seconds(180)));
    // Deliveries a swap caught mid-way are kept pending and applied on the next round.
    REQUIRE(harness.eventually([&] {
        return harness.dump("waybills").Size() == k_orders / 2 && harness.dump("feed").Size() == k_orders / 2;
    }));
    // Each dump is kept in a variable: a range-for over a temporary's GetArray() would
    // read a freed document.
    const auto waybills = harness.dump("waybills");
    std::map<std::int64_t, int> waybills_per_order;
    for (const auto& waybill : waybills.GetArray()) ++waybills_per_order[waybill["order_id"].GetInt64()];
    const auto comments = harness.dump("feed");
    std::map<std::int64_t, int> comments_per_order;
    for (const auto& comment : comments.GetArray()) ++comments_per_order[comment["order_id"].GetInt64()];
    CHECK(waybills_per_order.size() == k_orders / 2);
    CHECK(comments_per_order.size() == k_orders / 2);
    for (const auto& [order, count] : waybills_per_order) CHECK(count == 1);
    for (const auto& [order, count] : comments_per_order) CHECK(count == 1);
    for (const auto& status : adapters.statuses()) {
        CHECK(status.state == "loaded");
        CHECK(status.generation == 26);  // the first load and 25 swaps each
    }
    // Every replaced library is unloaded once its last call is done.
    harness.host().stop();
    int still_loaded = 0;
    for (const auto& entry : std::filesystem::directory_iterator(harness.data_dir() / "loaded-libraries")) {
        void* handle = ::dlopen(entry.path().c_str(), RTLD_NOW | RTLD_NOLOAD);
        if (handle != nullptr) {
            ++still_loaded;
            ::dlclose(handle);
        }
    }
    CHECK(still_loaded == 0);
}
