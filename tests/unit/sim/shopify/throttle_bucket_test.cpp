#include <catch2/catch.hpp>

#include "tests/sim/shopify/plan.hpp"
#include "tests/sim/shopify/query_cost.hpp"
#include "tests/sim/shopify/throttle_bucket.hpp"

using namespace sim::shopify;
using namespace std::chrono_literals;

TEST_CASE("R28 the bucket takes the requested cost, refunds the unused part and refills at the restore rate") {
    const auto start = ThrottleBucket::Clock::now();
    ThrottleBucket bucket(2000, 100, start);
    auto admitted = bucket.admit(896, start);
    REQUIRE(admitted.admitted);
    CHECK(admitted.status.currently_available == Approx(1104));
    // The query used 122 of its 896 points.
    CHECK(bucket.refund(896 - 122, start).currently_available == Approx(1878));
    // 1.5 s later 150 points came back, never more than the maximum.
    CHECK(bucket.status(start + 1500ms).currently_available == Approx(2000));
    bucket.set_available(100, start + 1500ms);
    CHECK(bucket.status(start + 2500ms).currently_available == Approx(200));
    CHECK(bucket.status(start + 2500ms).maximum_available == Approx(2000));
    CHECK(bucket.status(start + 2500ms).restore_rate == Approx(100));
}

TEST_CASE("R28 a request for more than the bucket holds is refused and takes nothing") {
    const auto start = ThrottleBucket::Clock::now();
    ThrottleBucket bucket(2000, 100, start);
    bucket.set_available(300, start);
    const auto refused = bucket.admit(301, start);
    CHECK_FALSE(refused.admitted);
    CHECK(refused.status.currently_available == Approx(300));
    CHECK(bucket.admit(300, start).admitted);
    CHECK(bucket.status(start).currently_available == Approx(0));
    // Two seconds later 200 points are back: enough for 200, not for 201.
    CHECK_FALSE(bucket.admit(201, start + 2s).admitted);
    CHECK(bucket.admit(200, start + 2s).admitted);
}

TEST_CASE("R28 plans size the bucket as Shopify does, Basic withholds customer data") {
    CHECK(limits_of(Plan::basic).maximum_available == 2000);
    CHECK(limits_of(Plan::basic).restore_rate == 100);
    CHECK(limits_of(Plan::basic).withholds_customer_data);
    CHECK(limits_of(Plan::grow).maximum_available == 2000);
    CHECK_FALSE(limits_of(Plan::grow).withholds_customer_data);
    CHECK(limits_of(Plan::advanced).maximum_available == 4000);
    CHECK(limits_of(Plan::advanced).restore_rate == 200);
    CHECK(limits_of(Plan::plus).maximum_available == 20000);
    CHECK(limits_of(Plan::plus).restore_rate == 1000);
    CHECK(parse_plan("advanced") == Plan::advanced);
    CHECK_FALSE(parse_plan("shopify"));
}

TEST_CASE("R28 OrdersByIds cost: 22 per order, its fulfillments included, plus 2 + 5 per line") {
    CHECK(query_cost::connection(20, 5) == 102);
    CHECK(query_cost::k_fulfillments == 12);
    CHECK(query_cost::order_with_lines(20) == 124);
    CHECK(query_cost::orders_by_ids_requested(3, 20) == 372);
    // The plugin's batch (7 orders of up to 20 lines) stays under the single-query limit.
    CHECK(query_cost::orders_by_ids_requested(7, 20) == 868);
    CHECK(query_cost::orders_by_ids_requested(7, 20) <= query_cost::k_single_query_limit);
    CHECK(query_cost::orders_by_ids_requested(9, 20) > query_cost::k_single_query_limit);
}
