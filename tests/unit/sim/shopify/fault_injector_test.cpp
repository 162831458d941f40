#include <catch2/catch.hpp>

#include "tests/sim/shopify/fault_injector.hpp"
#include "tests/unit/sim/sim_fixture.hpp"

using sim_test::RunningSim;

namespace {

const char* k_order = "gid://shopify/Order/450789469";

void load(RunningSim& running) {
    const auto json = sim_test::fixture("shopify/rest/order_ruby.json");
    running.sim().load_orders(json);
}

}  // namespace

TEST_CASE("R28 fault 429 at rate 1: every GraphQL request gets 429 with Retry-After") {
    RunningSim running;
    load(running);
    REQUIRE(running.control("/_sim/faults", R"({"rate":1.0,"kinds":["429"],"seed":7})").status == 200);
    for (int i = 0; i < 3; ++i) {
        const auto answer = running.orders_by_ids({k_order}, 1);
        REQUIRE(answer.answered);
        CHECK(answer.status == 429);
        CHECK(answer.header("Retry-After") == std::optional<std::string>("1.0"));
    }
    // Only GraphQL is faulted: the control API answers.
    CHECK(running.stats()["graphql_requests"].GetUint64() == 3);
    REQUIRE(running.control("/_sim/faults", R"({"rate":0})").status == 200);
    CHECK(running.orders_by_ids({k_order}, 1).status == 200);
}

TEST_CASE("R28 fault 500 at rate 1: every GraphQL request gets a 500 with a JSON error") {
    RunningSim running;
    load(running);
    REQUIRE(running.control("/_sim/faults", R"({"rate":1,"kinds":["500"]})").status == 200);
    const auto answer = running.orders_by_ids({k_order}, 1);
    REQUIRE(answer.answered);
    CHECK(answer.status == 500);
    const auto json = answer.json();
    REQUIRE_FALSE(json.HasParseError());
    CHECK(std::string(json["errors"][0]["extensions"]["code"].GetString()) == "INTERNAL_SERVER_ERROR");
    CHECK(running.stats()["cost_used"].GetUint64() == 0);
}

TEST_CASE("R28 fault drop at rate 1: the connection closes without an answer") {
    RunningSim running;
    load(running);
    REQUIRE(running.control("/_sim/faults", R"({"rate":1,"kinds":["drop"]})").status == 200);
    const auto answer = running.orders_by_ids({k_order}, 1);
    CHECK_FALSE(answer.answered);
    CHECK_FALSE(answer.error.empty());
    REQUIRE(running.control("/_sim/faults", R"({"rate":0,"kinds":["drop"]})").status == 200);
    CHECK(running.orders_by_ids({k_order}, 1).status == 200);
}

TEST_CASE("R28 faults at a partial rate follow the seed, so a run repeats") {
    using namespace sim::shopify;
    const auto draw = [] {
        FaultInjector faults;
        faults.configure(FaultSettings{0.5, {}, 42});
        std::vector<Fault> drawn;
        for (int i = 0; i < 40; ++i) drawn.push_back(faults.next());
        return drawn;
    };
    const auto first = draw();
    CHECK(first == draw());
    const auto failures = std::count_if(first.begin(), first.end(), [](Fault f) { return f != Fault::none; });
    CHECK(failures > 5);
    CHECK(failures < 35);
    for (const auto kind : {Fault::too_many_requests, Fault::server_error, Fault::drop})
        CHECK(std::find(first.begin(), first.end(), kind) != first.end());
}
