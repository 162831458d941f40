#pragma once
// The demo's Shopify: the local Shopify server (shopify-sim, built beside exchange-host)
// started as a child process on a free loopback port, filled with the sample products and
// orders through its control API. Stopped when this object goes.
#include <filesystem>
#include <memory>
#include <string>

#include "host/cli/demo_server_process.hpp"
#include "host/http/outbound_client.hpp"
#include "host_api/result.hpp"

namespace host::cli {

struct DemoShopOptions {
    std::filesystem::path executable;  // shopify-sim
    std::filesystem::path ca_file;     // where the server writes the CA to trust
    std::string domain;
    std::string token;
    std::string client_secret;
    std::string webhook_url;
};

class DemoShop {
public:
    static host_api::Result<std::unique_ptr<DemoShop>> start(const DemoShopOptions& options);

    std::string api_url() const { return "https://127.0.0.1:" + std::to_string(server_->port()); }
    // POSTs each element of a JSON array (or the one object) to /_sim/<kind>; how many took.
    host_api::Result<int> post_all(const std::string& kind, const std::string& json_array);

private:
    DemoShop(DemoShopOptions options, std::unique_ptr<DemoServerProcess> server);

    DemoShopOptions options_;
    std::unique_ptr<DemoServerProcess> server_;
    http::OutboundClient client_;
};

}  // namespace host::cli
