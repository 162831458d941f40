#pragma once
// Failures the tests ask for on API requests (POST /_sim/faults): a 500, or a connection
// closed without an answer, each request failing with probability `rate`. Seeded, so a
// run repeats. Thread-safe.
#include <cstdint>
#include <mutex>
#include <optional>
#include <random>
#include <string_view>
#include <vector>

namespace sim::nova_poshta {

enum class Fault { none, server_error, drop };

struct FaultSettings {
    double rate = 0;           // 0 turns faults off, 1 fails every request
    std::vector<Fault> kinds;  // chosen among uniformly; empty means both
    std::uint64_t seed = 1;
};

std::optional<Fault> parse_fault(std::string_view name);  // "500", "drop"

class FaultInjector {
public:
    void configure(FaultSettings settings);
    // The fault for the next request, or Fault::none.
    Fault next();

private:
    std::mutex mutex_;
    FaultSettings settings_;
    std::mt19937_64 random_{1};
};

}  // namespace sim::nova_poshta
