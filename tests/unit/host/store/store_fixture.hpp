#pragma once
// Shared by the store tests: a fresh data folder with a HostStore on it, and helpers that
// fail the test with the store's own error message.
#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "host/store/host_store.hpp"
#include "tests/support/temp_dir.hpp"

namespace store_test {

template <class T>
T value_of(host_api::Result<T> result) {
    if (!result) FAIL("unexpected error: " << result.error().message);
    return std::move(result).value();
}

inline void require_ok(const host_api::Result<void>& result) {
    if (!result) FAIL("unexpected error: " << result.error().message);
}

struct StoreFixture {
    test_support::TempDir dir;
    host::store::HostStore store{dir.path()};

    host_api::OrderTypeId online_order_type() { return value_of(store.orders().order_types()).front().id; }

    host_api::NewOrder shop_order(const std::string& external_id) {
        host_api::NewOrder order;
        order.order_type_id = online_order_type();
        order.number = "#" + external_id;
        order.origin =
            host_api::OrderOrigin{"Kyiv Shop", external_id, "https://kyiv.myshopify.com/admin/orders/" + external_id,
                                  host_api::Timestamp{std::chrono::seconds{1700000000}},
                                  host_api::Timestamp{std::chrono::seconds{1700000600}}};
        order.total = {19950, "UAH"};
        order.created_at = host_api::Timestamp{std::chrono::seconds{1700000100}};
        return order;
    }

    host_api::OrderId create_shop_order(const std::string& external_id) {
        return value_of(store.orders().create_order(shop_order(external_id)));
    }

    host_api::OrderItem item_of(host_api::OrderId order, std::int64_t quantity) {
        host_api::OrderItem item;
        item.order_id = order;
        item.name = "Чашка керамічна";
        item.article = "CUP-1";
        item.code = "8072389/4420001";
        item.quantity = quantity;
        item.price = {9975, "UAH"};
        return item;
    }
};

}  // namespace store_test
