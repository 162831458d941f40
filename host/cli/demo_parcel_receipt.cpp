#include "host/cli/demo_parcel_receipt.hpp"

#include <algorithm>
#include <iterator>
#include <optional>
#include <thread>
#include <tuple>

namespace host::cli {
namespace {

// The host's tracking runs on its own threads; the demo looks at the records it writes.
template <class Check>
bool wait_until(std::chrono::seconds limit, Check check) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (!check()) {
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return true;
}

std::vector<host_api::Waybill> waybills_with_ttn(store::HostStore& store) {
    std::vector<host_api::Waybill> found;
    auto all = store.waybills().all_waybills();
    if (!all) return found;
    std::copy_if(all->begin(), all->end(), std::back_inserter(found),
                 [](const host_api::Waybill& waybill) { return !waybill.number.empty(); });
    return found;
}

bool every_ttn_tracked(store::HostStore& store) {
    const auto waybills = waybills_with_ttn(store);
    return std::all_of(waybills.begin(), waybills.end(),
                       [](const host_api::Waybill& waybill) { return !waybill.status_code.empty(); });
}

std::optional<host_api::Waybill> waybill_at_branch(store::HostStore& store) {
    for (auto& waybill : waybills_with_ttn(store))
        if (waybill.tracking_open && waybill.status_code == k_np_at_branch) return waybill;
    return std::nullopt;
}

std::optional<host_api::Waybill> current(store::HostStore& store, host_api::WaybillId id) {
    auto found = store.waybills().waybill(id);
    return found && *found ? **found : std::optional<host_api::Waybill>();
}

// The order's number and the name of its status.
std::pair<std::string, std::string> order_and_status(store::HostStore& store, host_api::OrderId id) {
    auto order = store.orders().find_order(id);
    auto types = store.orders().order_types();
    if (!order || !*order || !types) return {"?", "?"};
    for (const auto& type : *types)
        for (const auto& status : type.statuses)
            if (status.id == (*order)->status_id) return {(*order)->number, status.name};
    return {(*order)->number, "?"};
}

std::string last_comment(store::HostStore& store, host_api::OrderId id) {
    auto comments = store.feed().comments(id);
    if (!comments || comments->empty()) return {};
    return comments->back().text;
}

}  // namespace

host_api::Result<ParcelReceipt> receive_waiting_parcel(store::HostStore& store, DemoNovaPoshta& nova_poshta,
                                                       std::chrono::seconds limit) {
    if (!wait_until(limit, [&] { return every_ttn_tracked(store); }))
        return host_api::transient_error("the host did not track every TTN within " + std::to_string(limit.count()) +
                                         " s");
    const auto waiting = waybill_at_branch(store);
    if (!waiting) return host_api::permanent_error("no parcel waits at its Nova Poshta branch");

    ParcelReceipt receipt;
    receipt.ttn = waiting->number;
    receipt.waybill_status_before = waiting->status;
    std::tie(receipt.order_number, receipt.order_status_before) = order_and_status(store, waiting->order_id);
    if (auto moved = nova_poshta.move(waiting->number, k_np_received); !moved) return moved.error();

    std::optional<host_api::Waybill> received;
    const auto recorded = wait_until(limit, [&] {
        received = current(store, waiting->id);
        return received && received->status_code == k_np_received;
    });
    if (!recorded)
        return host_api::transient_error("the host did not see TTN " + receipt.ttn + " received within " +
                                         std::to_string(limit.count()) + " s");
    receipt.waybill_status_after = received->status;
    receipt.waybill_code_after = received->status_code;
    // The status, the order's move and its comment are one unit of the tracking round.
    receipt.order_status_after = order_and_status(store, waiting->order_id).second;
    receipt.feed_comment = last_comment(store, waiting->order_id);
    return receipt;
}

}  // namespace host::cli
