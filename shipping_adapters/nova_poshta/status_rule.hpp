#pragma once
// R13: "when the shipment reaches this status code, move the order to this status".
// Applied once per change of a TTN's status code; the feed says why the order moved.
#include <optional>
#include <string>
#include <vector>

#include "host_api/host_context.hpp"

namespace adapters::nova_poshta {

struct StatusChange {
    host_api::OrderId order_id = 0;
    std::string number;       // the TTN
    std::string status_code;  // the new code
    std::string status;       // Nova Poshta's text for it
};

// The order status name the order was moved to, nullopt when no rule names the code or
// the order is already there. An Error when the host refuses; a rule naming a status the
// order's type does not have is an Error too (permanent: the rules need fixing).
host_api::Result<std::optional<std::string>> apply_status_rule(host_api::HostContext& host,
                                                               const std::vector<host_api::NovaPoshtaStatusRule>& rules,
                                                               const StatusChange& change);

// "Nova Poshta: Відправлення отримано (code 9) — order moved to Completed"
std::string status_rule_comment(const StatusChange& change, const std::string& order_status);

}  // namespace adapters::nova_poshta
