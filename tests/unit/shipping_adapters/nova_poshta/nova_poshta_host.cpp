#include "tests/unit/shipping_adapters/nova_poshta/nova_poshta_host.hpp"

#include <fstream>
#include <mutex>

#include "tests/sim/nova_poshta/document_registry.hpp"

namespace adapter_test {
namespace {

sim::nova_poshta::SimOptions sim_options() {
    sim::nova_poshta::SimOptions options;
    options.api_key = k_np_key;
    return options;
}

}  // namespace

NovaPoshtaHost::NovaPoshtaHost(bool enabled, std::vector<host_api::NovaPoshtaStatusRule> rules)
    : sim(sim_options()),
      now(*host_api::parse_iso8601("2026-11-28T10:00:00Z")),
      adapter([this] { return now; }),
      ca_file_(host.dir() / "novaposhta-ca.pem") {
    {
        std::ofstream file(ca_file_, std::ios::binary);
        file << sim.ca_pem();
    }
    auto initial = settings(enabled);
    initial.status_rules = std::move(rules);
    save(initial);
    REQUIRE(adapter.start(host.context()));
}

NovaPoshtaHost::~NovaPoshtaHost() { adapter.stop(); }

host_api::NovaPoshtaSettings NovaPoshtaHost::settings(bool enabled) const {
    host_api::NovaPoshtaSettings settings;
    settings.enabled = enabled;
    settings.api_key = k_np_key;
    settings.sender_name = "ФОП Петренко Іван";
    settings.sender_phone = "+380501112233";
    settings.sender_city = "Львів";
    settings.sender_branch = "Відділення №2: вул. Городоцька, 11";
    settings.tracking_interval_seconds = 300;
    settings.api_url = sim.api_url();
    settings.ca_file = ca_file_.string();
    return settings;
}

void NovaPoshtaHost::save(const host_api::NovaPoshtaSettings& settings) {
    REQUIRE(host.store().nova_poshta().save(settings));
}

void NovaPoshtaHost::next_round() {
    now += std::chrono::seconds(301);
    REQUIRE(adapter.track());
}

void NovaPoshtaHost::document(const std::string& number, const std::string& status_code, const std::string& phone) {
    sim::nova_poshta::DocumentChange change;
    change.number = number;
    change.status_code = status_code;
    change.phone = phone;
    REQUIRE(sim.documents().put(change));
}

host_api::Waybill NovaPoshtaHost::waybill(host_api::OrderId order) {
    const auto all = host.waybills(order);
    REQUIRE(all.size() == 1);
    return all.front();
}

std::int64_t NovaPoshtaHost::rows_written() {
    auto& database = host.store().database();
    std::lock_guard lock(database.mutex());
    auto statement = database.prepare("SELECT total_changes()");
    REQUIRE(statement.step());
    return statement.column_int64(0);
}

}  // namespace adapter_test
