#pragma once
// An order typed in by an employee (an order "created in the host", the other kind of
// R4's Store filter): the client found by phone or created, the lines, the total, in the
// host's currency and the first order type, all in one transaction.
#include <string>
#include <vector>

#include "host/store/host_store.hpp"

namespace host::store {

struct EnteredLine {
    std::string name;
    std::int64_t quantity = 1;
    std::int64_t price_minor = 0;
};

struct EnteredOrder {
    std::string client_name;
    std::string client_phone;  // as typed: "067 123 45 67", "+380671234567"
    std::vector<EnteredLine> lines;
};

host_api::Result<host_api::OrderId> enter_order(HostStore& store, const EnteredOrder& order);

// A phone as typed in Ukraine in the E.164 form contacts keep ("" when it has no digits).
std::string e164_phone(const std::string& typed);

}  // namespace host::store
