#include "shipping_adapters/nova_poshta/waiting_waybills.hpp"

#include <charconv>
#include <string>

namespace adapters::nova_poshta {
namespace {

constexpr const char* k_prefix = "waiting/";

std::string key_of(host_api::WaybillId id) { return k_prefix + std::to_string(id); }

}  // namespace

host_api::Result<void> WaitingWaybills::add(host_api::WaybillId id) { return state_.put(key_of(id), "1"); }

host_api::Result<void> WaitingWaybills::remove(host_api::WaybillId id) { return state_.erase(key_of(id)); }

host_api::Result<std::vector<host_api::WaybillId>> WaitingWaybills::all() {
    auto entries = state_.entries(k_prefix);
    if (!entries) return entries.error();
    std::vector<host_api::WaybillId> ids;
    const std::size_t prefix = std::string(k_prefix).size();
    for (const auto& [key, value] : *entries) {
        host_api::WaybillId id = 0;
        const char* begin = key.data() + prefix;
        const char* end = key.data() + key.size();
        if (std::from_chars(begin, end, id).ptr == end) ids.push_back(id);
    }
    return ids;
}

}  // namespace adapters::nova_poshta
