#pragma once
// Failures the tests ask for on GraphQL requests (POST /_sim/faults): a 429 with
// Retry-After, a 500, or a connection closed without an answer, each request failing
// with probability `rate`. Seeded, so a run repeats. Thread-safe.
#include <cstdint>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace sim::shopify {

enum class Fault { none, too_many_requests, server_error, drop };

struct FaultSettings {
    double rate = 0;           // 0 turns faults off, 1 fails every request
    std::vector<Fault> kinds;  // chosen among uniformly; empty means all three
    std::uint64_t seed = 1;
};

std::optional<Fault> parse_fault(std::string_view name);  // "429", "500", "drop"
const char* fault_name(Fault fault);

class FaultInjector {
public:
    void configure(FaultSettings settings);
    FaultSettings settings() const;
    // The fault for the next request, or Fault::none.
    Fault next();

private:
    mutable std::mutex mutex_;
    FaultSettings settings_;
    std::mt19937_64 random_{1};
};

}  // namespace sim::shopify
