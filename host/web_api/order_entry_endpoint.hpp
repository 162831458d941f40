#pragma once
// Changes an employee makes to orders in the pages: POST /api/orders makes an order by
// hand (an order created in the host, R4's other kind), POST /api/orders/write-off takes
// an item out of stock (R23; an integration's order needs the R7 right).
#include <rapidjson/document.h>

#include "host/store/host_store.hpp"
#include "host/store/order_entry.hpp"
#include "host/web_api/api_access.hpp"

namespace host::web_api {

class OrderEntryEndpoint {
public:
    OrderEntryEndpoint(const ApiAccess& access, store::HostStore& store) : access_(access), store_(store) {}

    host_api::HttpResponse create(const host_api::HttpRequest& request) const;
    host_api::HttpResponse write_off(const host_api::HttpRequest& request) const;

private:
    static std::vector<store::EnteredLine> lines_of(const rapidjson::Value& items, std::vector<std::string>& problems);

    const ApiAccess& access_;
    store::HostStore& store_;
};

}  // namespace host::web_api
