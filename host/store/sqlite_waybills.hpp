#pragma once
// host_api::Waybills over the host database: TTN records linked to orders, with a status
// history (R12-R16). The store stamps created_at and updated_at itself.
#include <functional>
#include <vector>

#include "host/store/database.hpp"
#include "host_api/waybills.hpp"

namespace host::store {

class SqliteWaybills final : public host_api::Waybills {
public:
    explicit SqliteWaybills(Database& db) : db_(db) {}

    // A waybill created with a status (or status code) starts its history with it.
    host_api::Result<host_api::WaybillId> create_waybill(const host_api::Waybill& waybill) override;
    // Writes every field but order_id and created_at.
    host_api::Result<void> update_waybill(const host_api::Waybill& waybill) override;
    host_api::Result<std::optional<host_api::Waybill>> waybill(host_api::WaybillId id) override;
    host_api::Result<std::vector<host_api::Waybill>> waybills_of_order(host_api::OrderId order) override;
    host_api::Result<std::vector<host_api::Waybill>> open_waybills(const std::string& carrier) override;
    host_api::Result<std::vector<host_api::WaybillStatusChange>> status_history(host_api::WaybillId id) override;

    // Host only (dumps): every waybill, by id.
    host_api::Result<std::vector<host_api::Waybill>> all_waybills();

private:
    void add_history(host_api::WaybillId id, const host_api::Waybill& waybill, host_api::Timestamp at);
    std::vector<host_api::Waybill> select(const std::string& where, const std::function<void(Statement&)>& bind);

    Database& db_;
};

}  // namespace host::store
