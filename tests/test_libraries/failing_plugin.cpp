// A plugin whose start fails: the host must refuse it and keep running (R29).
#include "host_api/export.hpp"

namespace {

class FailingPlugin final : public host_api::PluginBase {
protected:
    host_api::Result<void> on_start(host_api::HostContext& host) override {
        (void)host.routes.add_route("GET", "/failing-plugin", [](const host_api::HttpRequest&) {
            return host_api::HttpResponse{200, "text/plain", {}, "should never be served"};
        });
        return host_api::permanent_error("cannot reach its database");
    }
    void on_stop() override {}
    host_api::Result<void> on_store_connected(const host_api::StoreConnection&) override { return host_api::success(); }
    host_api::Result<void> on_store_changed(const host_api::StoreConnection&) override { return host_api::success(); }
    host_api::Result<void> on_store_removed(const host_api::StoreConnection&) override { return host_api::success(); }
    host_api::Result<std::vector<host_api::RefreshOutcome>> on_refresh_orders(const std::vector<host_api::OrderId>&,
                                                                              host_api::EmployeeId) override {
        return std::vector<host_api::RefreshOutcome>{};
    }
    host_api::Result<std::int64_t> on_refresh_wait_seconds(host_api::OrderId) override { return std::int64_t{0}; }
};

}  // namespace

HOST_API_EXPORT_PLUGIN(FailingPlugin)
