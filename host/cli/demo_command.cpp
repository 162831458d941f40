// demo: the main job on the embedded defaults. Starts the host, a local Nova Poshta that
// knows the sample TTNs (the host's integration tracks them) and a local Shopify filled
// with sample orders (Ukrainian ones and the public fixtures), connects the store,
// receives the webhooks, imports, has one parcel received and the host track it, and
// prints what arrived; then serves until Ctrl-C (--once: exits after the report). It
// works in DATA/demo, emptied at every start.
#include <fstream>
#include <memory>
#include <sstream>
#include <thread>

#include <rapidjson/document.h>

#include "host/cli/commands.hpp"
#include "host/cli/demo_nova_poshta.hpp"
#include "host/cli/demo_office.hpp"
#include "host/cli/demo_parcel_receipt.hpp"
#include "host/cli/demo_report.hpp"
#include "host/cli/demo_shop.hpp"
#include "host/cli/host_options_from_arguments.hpp"
#include "host/cli/host_start.hpp"
#include "host/runtime/default_paths.hpp"
#include "host/runtime/host_runtime.hpp"

namespace host::cli {
namespace {

constexpr const char* k_domain = "kyiv-honey-demo.myshopify.com";
constexpr const char* k_token = "shpat_demo_access_token";
constexpr const char* k_secret = "demo_client_secret";
constexpr const char* k_np_api_key = "demo_nova_poshta_api_key";
// Short, so that a parcel's new status shows within seconds against the local server; the
// real API is asked every few minutes (the integration's default is 300 s, and
// `novaposhta set` takes no less than 10 s). The host offers its adapters a round every
// tick; the integration's interval decides which they take.
constexpr int k_np_tracking_seconds = 1;
constexpr auto k_tracking_tick = std::chrono::milliseconds(500);

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
    for (const auto* name :
         {"webhooks/orders_test_webhook.json", "rest/order_python_api.json", "webhooks/orders_create_aud.json"}) {
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

// The host's integration on the local Nova Poshta: what `novaposhta set --enabled true`
// writes, with the demo's sender and the rule "received (code 9) -> Completed".
host_api::NovaPoshtaSettings nova_poshta_integration(const DemoNovaPoshta& nova_poshta) {
    host_api::NovaPoshtaSettings settings;
    settings.enabled = true;
    settings.api_key = k_np_api_key;
    settings.sender_name = "Kyiv Honey";
    settings.sender_phone = "380441234567";
    settings.sender_city = "Київ";
    settings.sender_branch = "Відділення №1";
    settings.tracking_interval_seconds = k_np_tracking_seconds;
    settings.api_url = nova_poshta.api_url();
    settings.ca_file = nova_poshta.ca_file().string();
    // "Online order" has New, In progress, Shipped, Completed, Cancelled (the seeded type).
    settings.status_rules = {{k_np_received, "Completed"}};
    return settings;
}

// Started, and the host's integration pointed at it, before the host starts: the first
// tracking round already asks it.
host_api::Result<std::unique_ptr<DemoNovaPoshta>> start_nova_poshta(const std::filesystem::path& data_dir,
                                                                    const std::filesystem::path& repository) {
    auto nova_poshta =
        DemoNovaPoshta::start({runtime::executable_dir() / "novaposhta-sim", data_dir / "demo-nova-poshta-ca.pem",
                               k_np_api_key, repository / "demo" / "sample_nova_poshta_documents.json"});
    if (!nova_poshta) return nova_poshta.error();
    auto store = store::HostStore::open(data_dir);
    if (!store) return store.error();
    if (auto saved = (*store)->nova_poshta().save(nova_poshta_integration(**nova_poshta)); !saved) return saved.error();
    return nova_poshta;
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

// The local Shopify, connected as a store and filled with the samples; back once their
// webhooks brought them in (or 60 s passed).
host_api::Result<std::unique_ptr<DemoShop>> import_samples(CliContext& context, runtime::HostRuntime& host,
                                                           const std::filesystem::path& repository) {
    const auto ca_file = context.data_dir / "demo-shopify-ca.pem";
    const std::string webhook_url = "http://127.0.0.1:" + std::to_string(host.port()) + "/webhooks/shopify";
    auto shop =
        DemoShop::start({runtime::executable_dir() / "shopify-sim", ca_file, k_domain, k_token, k_secret, webhook_url});
    if (!shop) return host_api::permanent_error("cannot start the local Shopify: " + shop.error().message);
    context.out << "local Shopify " << k_domain << " at " << (*shop)->api_url() << "\n";
    if (auto added = host.store().connections().add("shopify", store_settings(**shop, ca_file)); !added)
        return added.error();
    host.pick_up_changes();

    auto posted = fill_shop(**shop, repository);
    if (!posted) return posted.error();
    context.out << "sent " << *posted << " orders to the local Shopify; its webhooks bring them in...\n";
    context.out.flush();
    if (!imports_settled(host.store(), *posted, std::chrono::seconds(60)))
        context.out << "(not every order arrived within 60 s; the report shows what did)\n";
    return shop;
}

// How to move a parcel yourself while the demo serves: the host tracks it within seconds.
void print_parcel_hint(CliContext& context, const DemoNovaPoshta& nova_poshta) {
    context.out << "a parcel's journey on the local Nova Poshta (9: received, order to Completed): curl --cacert "
                << nova_poshta.ca_file().string() << " -d '{\"number\":\"TTN\",\"status_code\":\"9\"}' "
                << nova_poshta.base_url() << "/_sim/documents\n";
}

}  // namespace

int run_demo(CliContext& context) {
    context.data_dir /= "demo";
    std::error_code ignored;
    std::filesystem::remove_all(context.data_dir, ignored);
    std::filesystem::create_directories(context.data_dir, ignored);
    auto options = host_options_from(context);
    if (!options) return fail(context, options.error().message);
    const auto repository = options->manifest.parent_path();
    options->allow_loopback_outbound = true;  // the local Shopify and Nova Poshta listen on loopback
    options->tracking_interval = k_tracking_tick;
    auto nova_poshta = start_nova_poshta(context.data_dir, repository);
    if (!nova_poshta) return fail(context, "cannot start the local Nova Poshta: " + nova_poshta.error().message);
    auto host = runtime::HostRuntime::start(*options, context.logger);
    if (!host) return fail(context, "cannot start the host: " + host.error().message);
    context.out << "exchange-host demo: the host listens on http://" << options->listen_address << ":"
                << (*host)->port() << "\nloaded libraries:\n";
    print_libraries(context, **host);
    context.out << "local Nova Poshta at " << (*nova_poshta)->api_url() << ", tracked every " << k_np_tracking_seconds
                << " s\n";

    if (auto opened = open_demo_office((*host)->store()); !opened)
        return fail(context, "cannot seed the demo's employees and orders: " + opened.error().message);
    auto shop = import_samples(context, **host, repository);
    if (!shop) return fail(context, shop.error().message);
    context.out << "the parcel waiting at its Nova Poshta branch is received; the host's tracking picks it up...\n";
    context.out.flush();
    const auto receipt = receive_waiting_parcel((*host)->store(), **nova_poshta, std::chrono::seconds(30));
    print_demo_report((*host)->store(), receipt, context.out);
    if (context.arguments.has("once")) return k_exit_ok;
    context.out << "\nserving until Ctrl-C: GET http://" << options->listen_address << ":" << (*host)->port()
                << "/health; in another terminal: build/bin/exchange-host --data " << context.data_dir.string()
                << " dump orders (or waybills, feed)\n";
    print_parcel_hint(context, **nova_poshta);
    print_pages_hint(context.out, "http://" + options->listen_address + ":" + std::to_string((*host)->port()));
    context.out.flush();
    (*host)->wait_for_stop();
    return k_exit_ok;
}

}  // namespace host::cli
