#pragma once
// What the host has written, counted: a request the host refused must leave every count
// as it was (the orders and their contacts and products, the imports log, and the Shopify
// plugin's inbox, its seen webhook ids and its rejected bodies).
#include <ostream>
#include <string>

#include <catch2/catch.hpp>

#include "tests/integration/import_harness.hpp"

namespace test_support {

struct WrittenState {
    std::size_t orders = 0;
    std::size_t contacts = 0;
    std::size_t products = 0;
    std::size_t imports = 0;
    std::size_t inbox = 0;
    std::size_t seen_webhooks = 0;
    std::size_t rejected_bodies = 0;

    bool operator==(const WrittenState&) const = default;
};

inline std::ostream& operator<<(std::ostream& out, const WrittenState& state) {
    return out << "{orders " << state.orders << ", contacts " << state.contacts << ", products " << state.products
               << ", imports " << state.imports << ", inbox " << state.inbox << ", seen webhooks "
               << state.seen_webhooks << ", rejected bodies " << state.rejected_bodies << "}";
}

inline WrittenState written_state(ImportHarness& harness) {
    const auto plugin_entries = [&](const std::string& prefix) {
        auto entries = harness.host().store().plugin_state("shopify")->entries(prefix);
        REQUIRE(entries);
        return entries->size();
    };
    return WrittenState{harness.dump("orders").Size(),   harness.dump("contacts").Size(),
                        harness.dump("products").Size(), harness.dump("imports").Size(),
                        plugin_entries("inbox/"),        plugin_entries("webhook/"),
                        plugin_entries("rejected/")};
}

}  // namespace test_support
