#pragma once
// Waybills (TTN records) linked to orders (R12-R16).
#include <optional>
#include <string>
#include <vector>

#include "host_api/ids.hpp"
#include "host_api/money.hpp"
#include "host_api/result.hpp"
#include "host_api/time.hpp"

namespace host_api {

inline constexpr const char* k_waybill_status_deleted = "Deleted";  // R16

struct Waybill {
    WaybillId id = 0;
    OrderId order_id = 0;
    std::string number;  // the TTN; empty until known
    std::string carrier;
    std::string status;       // the carrier's status text
    std::string status_code;  // the carrier's status code, kept even when unknown
    std::string recipient_name;
    std::string recipient_phone;
    std::string city;
    std::string branch;
    std::string sender_name;  // empty while the host's integration is disabled (R14)
    std::string sender_phone;
    std::string sender_city;
    std::string sender_branch;
    Money cost;
    bool tracking_open = false;  // still tracked: not in a final status
    Timestamp created_at{};
    Timestamp updated_at{};
};

struct WaybillStatusChange {
    std::string status_code;
    std::string status;
    Timestamp changed_at{};
};

class Waybills {
public:
    virtual ~Waybills() = default;

    // The host sets created_at and updated_at itself.
    virtual Result<WaybillId> create_waybill(const Waybill& waybill) = 0;
    // A changed status or status code is added to the waybill's history.
    virtual Result<void> update_waybill(const Waybill& waybill) = 0;
    virtual Result<std::optional<Waybill>> waybill(WaybillId id) = 0;
    virtual Result<std::vector<Waybill>> waybills_of_order(OrderId order) = 0;
    virtual Result<std::vector<Waybill>> open_waybills(const std::string& carrier) = 0;
    virtual Result<std::vector<WaybillStatusChange>> status_history(WaybillId id) = 0;
};

}  // namespace host_api
