#pragma once
// The Nova Poshta adapter started in a real host (SQLite store, outbound HTTPS) with the
// local Nova Poshta on a free loopback port as its API, and a clock the test moves.
#include <filesystem>
#include <string>
#include <vector>

#include "host_api/nova_poshta_integration.hpp"
#include "shipping_adapters/nova_poshta/nova_poshta_adapter.hpp"
#include "tests/sim/nova_poshta/novaposhta_sim.hpp"
#include "tests/unit/shipping_adapters/adapter_host_fixture.hpp"

namespace adapter_test {

inline constexpr const char* k_np_key = "np-test-key-5f1c0d9e7a";

class NovaPoshtaHost {
public:
    explicit NovaPoshtaHost(bool enabled = true, std::vector<host_api::NovaPoshtaStatusRule> rules = {});
    ~NovaPoshtaHost();

    AdapterHost host{"nova_poshta"};
    sim::nova_poshta::NovaPoshtaSim sim;
    host_api::Timestamp now;
    adapters::nova_poshta::NovaPoshtaAdapter adapter;

    // The host's integration as these tests set it: the sender, the local API, its CA.
    host_api::NovaPoshtaSettings settings(bool enabled) const;
    void save(const host_api::NovaPoshtaSettings& settings);
    // The clock moved past the tracking interval, then the host's periodic call.
    void next_round();
    // The local Nova Poshta knows this TTN in this status, for this recipient phone.
    void document(const std::string& number, const std::string& status_code,
                  const std::string& phone = "380671234567");
    // The order's only waybill.
    host_api::Waybill waybill(host_api::OrderId order);
    // Rows the host's database has written since it opened (SQLite total_changes()).
    std::int64_t rows_written();

private:
    std::filesystem::path ca_file_;
};

}  // namespace adapter_test
