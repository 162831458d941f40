#include <dlfcn.h>

#include <atomic>
#include <set>
#include <thread>

#include <catch2/catch.hpp>

#include "tests/unit/host/plugins/test_host.hpp"

namespace {

using test_support::built_library;

std::unique_ptr<test_support::TestHost> host_with_generation1() {
    return test_support::start_test_host(
        test_support::manifest_with_libraries("libshopify_plugin.so", "libnova_poshta_adapter.so",
                                              "libgeneration1_adapter.so"),
        {{"libshopify_plugin.so", built_library("libshopify_plugin.so")},
         {"libnova_poshta_adapter.so", built_library("libnova_poshta_adapter.so")},
         {"libgeneration1_adapter.so", built_library("libgeneration1_adapter.so")}});
}

host_api::OrderId new_order(host::store::HostStore& store) {
    auto types = store.orders().order_types();
    REQUIRE(types);
    host_api::NewOrder order;
    order.order_type_id = types->front().id;
    order.total = host_api::Money{100, "UAH"};
    order.created_at = host_api::now();
    auto id = store.orders().create_order(order);
    REQUIRE(id);
    return *id;
}

std::multiset<std::string> comment_texts(host::store::HostStore& store, host_api::OrderId order) {
    auto comments = store.feed().comments(order);
    REQUIRE(comments);
    std::multiset<std::string> texts;
    for (const auto& comment : *comments) texts.insert(comment.text);
    return texts;
}

// The private copies the host loaded adapters from (DESIGN.md: copied before loading).
std::set<std::filesystem::path> loaded_copies(const test_support::TestHost& host) {
    std::set<std::filesystem::path> copies;
    const auto folder = host.dir.path() / "data" / "loaded-libraries";
    for (const auto& entry : std::filesystem::directory_iterator(folder)) copies.insert(entry.path());
    return copies;
}

bool still_loaded(const std::filesystem::path& library) {
    void* handle = ::dlopen(library.c_str(), RTLD_NOW | RTLD_NOLOAD);
    if (handle == nullptr) return false;
    ::dlclose(handle);  // RTLD_NOLOAD took a reference of its own
    return true;
}

host_api::Result<void> apply_once(host::plugins::AdapterRegistry& adapters, host_api::OrderId order) {
    auto adapter = adapters.adapter("generic");
    if (!adapter) return adapter.error();
    return (*adapter)->apply(host_api::DeliveryTarget{order, "1001", "Test store"}, host_api::Delivery{}, std::nullopt);
}

}  // namespace

TEST_CASE("R17 a caller's snapshot keeps the old library loaded across a swap, then it is unloaded") {
    auto host = host_with_generation1();
    auto& adapters = host->runtime->plugins()->adapters();
    auto& store = host->runtime->store();
    const auto order = new_order(store);
    const auto first_copies = loaded_copies(*host);

    auto held = adapters.adapter("generic");
    REQUIRE(held);
    REQUIRE(adapters.load("generic", built_library("libgeneration2_adapter.so")));
    CHECK(adapters.statuses().size() == 2);

    REQUIRE(apply_once(adapters, order));  // a new call: the new library
    REQUIRE((*held)->apply(host_api::DeliveryTarget{order, "1001", "Test store"}, {}, std::nullopt));  // the old one
    CHECK(comment_texts(store, order) == std::multiset<std::string>{"generation 1", "generation 2"});

    std::filesystem::path old_copy;
    for (const auto& copy : first_copies)
        if (copy.filename().string().find("generation1") != std::string::npos) old_copy = copy;
    REQUIRE_FALSE(old_copy.empty());
    CHECK(still_loaded(old_copy));
    held = host_api::Result<std::shared_ptr<host_api::ShippingAdapter>>(host_api::permanent_error("released"));
    host->runtime->stop();  // waits for the reaper
    CHECK_FALSE(still_loaded(old_copy));
    CHECK_FALSE(std::filesystem::exists(old_copy));
}

TEST_CASE("R17 a broken library offered as a swap is refused and the old adapter stays") {
    auto host = host_with_generation1();
    auto& adapters = host->runtime->plugins()->adapters();
    const auto order = new_order(host->runtime->store());
    auto swapped = adapters.load("generic", built_library("libwrong_version_adapter.so"));
    REQUIRE_FALSE(swapped);
    CHECK(swapped.error().message.find("host API version 99") != std::string::npos);
    REQUIRE(apply_once(adapters, order));
    CHECK(comment_texts(host->runtime->store(), order) == std::multiset<std::string>{"generation 1"});
    for (const auto& status : adapters.statuses()) {
        if (status.id != "generic") continue;
        CHECK(status.state == "loaded");
        CHECK(status.generation == 1);
        CHECK(status.reason.find("host API version 99") != std::string::npos);
    }
    CHECK(host->log().find("keeping the adapter already loaded") != std::string::npos);
}

TEST_CASE("R17 swapping an adapter 20 times while another thread calls it loses no call") {
    auto host = host_with_generation1();
    auto& adapters = host->runtime->plugins()->adapters();
    auto& store = host->runtime->store();
    const auto order = new_order(store);

    std::atomic<bool> done{false};
    std::atomic<int> calls{0};
    std::atomic<int> failures{0};
    std::thread caller([&] {
        while (!done.load()) {
            if (apply_once(adapters, order)) {
                ++calls;
            } else {
                ++failures;
            }
        }
    });
    std::set<std::filesystem::path> every_copy = loaded_copies(*host);
    for (int swap = 0; swap < 20; ++swap) {
        const auto library = swap % 2 == 0 ? "libgeneration2_adapter.so" : "libgeneration1_adapter.so";
        REQUIRE(adapters.load("generic", built_library(library)));
        for (const auto& copy : loaded_copies(*host)) every_copy.insert(copy);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    // Let the caller run on the last library for a moment too.
    const int before = calls.load();
    while (calls.load() < before + 5) std::this_thread::yield();
    done = true;
    caller.join();

    CHECK(failures.load() == 0);
    const auto texts = comment_texts(store, order);
    CHECK(static_cast<int>(texts.size()) == calls.load());  // every call wrote exactly one comment
    CHECK(texts.count("generation 1") > 0);
    CHECK(texts.count("generation 2") > 0);

    host->runtime->stop();
    int unloaded = 0;
    for (const auto& copy : every_copy) {
        if (copy.filename().string().find("generation") == std::string::npos) continue;
        CHECK_FALSE(still_loaded(copy));
        ++unloaded;
    }
    CHECK(unloaded == 21);  // the first load and 20 swaps
}
