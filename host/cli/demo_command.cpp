// demo: the main job on the embedded defaults. Starts the host and a local Shopify filled
// with sample orders (Ukrainian ones and the public fixtures), connects the store,
// receives the webhooks, imports, and prints what arrived; then serves until Ctrl-C
// (--once: exits after the report). It works in DATA/demo, emptied at every start.
#include <fstream>
#include <sstream>
#include <thread>

#include <rapidjson/document.h>

#include "host/cli/commands.hpp"
#include "host/cli/demo_report.hpp"
#include "host/cli/demo_shop.hpp"
#include "host/cli/host_options_from_arguments.hpp"
#include "host/cli/host_start.hpp"
#include "host/runtime/host_runtime.hpp"
#include "host/runtime/default_paths.hpp"

namespace host::cli {
namespace {

constexpr const char* k_domain = "kyiv-honey-demo.myshopify.com";
constexpr const char* k_token = "shpat_demo_access_token";
constexpr const char* k_secret = "demo_client_secret";

std::string read_text(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The public fixtures, when the shared folder sits beside the repository.
std::vector<std::filesystem::path> fixture_orders(const std::filesystem::path& repository) {
    const auto fixtures = repository / ".." / "shared" / "fixtures" / "shopify";
    std::vector<std::filesystem::path> files;
    for (const auto* name : {"webhooks/orders_test_webhook.json", "rest/order_python_api.json",
                             "webhooks/orders_create_aud.json"}) {
        if (std::filesystem::exists(fixtures / name)) files.push_back(fixtures / name);
    }
    return files;
}

std::string store_settings(const DemoShop& shop, const std::filesystem::path& ca_file) {
    return std::string("{\"name\":\"Kyiv Honey\",\"domain\":\"") + k_domain + "\",\"token\":\"" + k_token +
           "\",\"client_secret\":\"" + k_secret +
           "\",\"order_type\":\"Online order\",\"identify_by\":\"sku\",\"api_url\":\"" + shop.api_url() +
           "\",\"ca_file\":\"" + ca_file.string() + "\"}";
}

// Every posted order has a line in the imports log that is not pending.
bool imports_settled(store::HostStore& store, std::size_t expected, std::chrono::seconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
        auto records = store.imports().import_records("");
        std::size_t settled = 0;
        if (records)
            for (const auto& record : *records) settled += record.state != host_api::k_import_pending ? 1 : 0;
        if (settled >= expected) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

host_api::Result<std::size_t> fill_shop(DemoShop& shop, const std::filesystem::path& repository) {
    auto products = shop.post_all("products", read_text(repository / "demo" / "sample_products.json"));
    if (!products) return products.error();
    auto orders = shop.post_all("orders", read_text(repository / "demo" / "sample_orders.json"));
    if (!orders) return orders.error();
    std::size_t posted = static_cast<std::size_t>(*orders);
    for (const auto& file : fixture_orders(repository)) {
        auto one = shop.post_all("orders", read_text(file));
        if (one) posted += static_cast<std::size_t>(*one);
    }
    return posted;
}

}  // namespace

int run_demo(CliContext& context) {
    context.data_dir /= "demo";
    std::error_code ignored;
    std::filesystem::remove_all(context.data_dir, ignored);
    auto options = host_options_from(context);
    if (!options) return fail(context, options.error().message);
    const auto repository = options->manifest.parent_path();
    options->allow_loopback_outbound = true;  // the local Shopify listens on loopback
    auto host = runtime::HostRuntime::start(*options, context.logger);
    if (!host) return fail(context, "cannot start the host: " + host.error().message);
    context.out << "exchange-host demo: the host listens on http://" << options->listen_address << ":" << (*host)->port()
                << "\nloaded libraries:\n";
    print_libraries(context, **host);

    const auto ca_file = context.data_dir / "demo-shopify-ca.pem";
    const std::string webhook_url = "http://127.0.0.1:" + std::to_string((*host)->port()) + "/webhooks/shopify";
    auto shop = DemoShop::start({runtime::executable_dir() / "shopify-sim", ca_file, k_domain, k_token, k_secret, webhook_url});
    if (!shop) return fail(context, "cannot start the local Shopify: " + shop.error().message);
    context.out << "local Shopify " << k_domain << " at " << (*shop)->api_url() << "\n";
    if (auto added = (*host)->store().connections().add("shopify", store_settings(**shop, ca_file)); !added)
        return fail(context, added.error().message);
    (*host)->pick_up_changes();

    auto posted = fill_shop(**shop, repository);
    if (!posted) return fail(context, posted.error().message);
    context.out << "sent " << *posted << " orders to the local Shopify; its webhooks bring them in...\n";
    context.out.flush();
    if (!imports_settled((*host)->store(), *posted, std::chrono::seconds(60)))
        context.out << "(not every order arrived within 60 s; the report shows what did)\n";
    print_demo_report((*host)->store(), context.out);
    if (context.arguments.has("once")) return k_exit_ok;
    context.out << "\nserving until Ctrl-C: GET http://" << options->listen_address << ":" << (*host)->port()
                << "/health; in another terminal: build/bin/exchange-host --data " << context.data_dir.string()
                << " dump orders\n";
    context.out.flush();
    (*host)->wait_for_stop();
    return k_exit_ok;
}

}  // namespace host::cli
