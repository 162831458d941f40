#pragma once
// Everything the host offers a loaded library, handed to Plugin::start and
// ShippingAdapter::start. The references stay valid until the library's stop() returns.
#include <memory>
#include <string>

#include <spdlog/logger.h>

#include "host_api/catalog.hpp"
#include "host_api/connection_status.hpp"
#include "host_api/contacts.hpp"
#include "host_api/employees.hpp"
#include "host_api/event_feed.hpp"
#include "host_api/host_settings.hpp"
#include "host_api/http.hpp"
#include "host_api/import_log.hpp"
#include "host_api/nova_poshta_integration.hpp"
#include "host_api/orders.hpp"
#include "host_api/plugin_state.hpp"
#include "host_api/scheduler.hpp"
#include "host_api/transactions.hpp"
#include "host_api/waybills.hpp"

namespace host_api {

class ShippingAdapters;

struct HostContext {
    std::string library_id;  // the plugin's or adapter's id from manifest.json
    // The host's own logger: spdlog keeps one registry per library, so a library must log
    // through this one rather than spdlog::default_logger().
    std::shared_ptr<spdlog::logger> logger;

    HostSettings& settings;  // currency, public URL
    OrderBook& orders;
    Catalog& catalog;
    Contacts& contacts;
    EventFeed& feed;
    Waybills& waybills;
    NovaPoshtaIntegration& nova_poshta;
    Employees& employees;
    ImportLog& imports;
    PluginState& state;  // this library's own namespace
    Transactions& transactions;
    HttpRoutes& routes;
    OutboundHttp& http;
    Scheduler& scheduler;
    ShippingAdapters& adapters;
    ConnectionStatus& connections;
};

}  // namespace host_api
