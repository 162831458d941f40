// Connecting stores as the CLI and the pages do (R1, R2): the manifest's settings schema
// with the host's order types, a display name kept to one shop, reconnecting a known
// shop, and what is shown of a connection (no secret).
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include "host/connections/connection_forms.hpp"
#include "host/store/host_store.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/temp_dir.hpp"

using host::connections::ConnectionForms;

namespace {

struct FormsFixture {
    test_support::TempDir dir;
    host::store::HostStore store{dir.path()};
    host::plugins::Manifest manifest = host::plugins::load_manifest(test_support::source_dir() / "manifest.json").value();
    ConnectionForms forms = ConnectionForms::create(manifest, store).value();

    host::connections::ConnectOutcome connect(const std::string& settings_json) {
        rapidjson::Document settings;
        settings.Parse(settings_json.c_str());
        auto outcome = forms.connect(settings);
        REQUIRE(outcome);
        return *outcome;
    }
};

std::string shop(const std::string& name, const std::string& domain, const std::string& token = "shpat_secret_1") {
    return R"({"name":")" + name + R"(","domain":")" + domain + R"(","token":")" + token +
           R"(","client_secret":"secret_2","order_type":"Online order","identify_by":"sku"})";
}

}  // namespace

TEST_CASE("R1 a valid connection is saved, and what is shown of it holds no secret", "[connection_forms]") {
    FormsFixture f;
    const auto outcome = f.connect(shop("Kyiv Honey", "kyiv-honey.myshopify.com"));
    REQUIRE(outcome.errors.empty());
    const auto saved = f.store.connections().find(outcome.id);
    REQUIRE(saved);
    REQUIRE(*saved);
    const auto shown = f.forms.shown(**saved, {{"webhooks", "refused"}});
    CHECK(shown.find("shpat_secret_1") == std::string::npos);
    CHECK(shown.find("secret_2") == std::string::npos);
    CHECK(shown.find(R"x("token":"(set)")x") != std::string::npos);
    CHECK(shown.find(R"x("client_id":"(not set)")x") == std::string::npos);  // client_id is no secret
    CHECK(shown.find(R"("notices":{"webhooks":"refused"})") != std::string::npos);
}

TEST_CASE("R1 every bad field is reported at its field with the rule it failed", "[connection_forms]") {
    FormsFixture f;
    const auto outcome = f.connect(
        R"({"name":"","domain":"not-a-shop.com","client_secret":"s","order_type":"Walk-in","identify_by":"sku","reconcile_interval_seconds":4000})");
    CHECK(outcome.id == 0);
    std::map<std::string, std::pair<std::string, std::string>> by_field;
    for (const auto& error : outcome.errors) by_field[error.field] = {error.rule, error.limit};
    CHECK(by_field["domain"].first == "pattern");
    CHECK(by_field["order_type"].first == "enum");  // the host's order types are the options
    CHECK(by_field["token"].first == "anyOf");      // a token or a client id
    CHECK(by_field["reconcile_interval_seconds"] == std::pair<std::string, std::string>{"maximum", "3600"});
    CHECK(by_field.count("name") == 1);
    CHECK(f.store.connections().list("").value().empty());
}

TEST_CASE("R2 a second shop may not take a connected shop's name, and a known shop reconnects", "[connection_forms]") {
    FormsFixture f;
    const auto first = f.connect(shop("Kyiv Honey", "kyiv-honey.myshopify.com"));
    const auto taken = f.connect(shop("Kyiv Honey", "lviv-honey.myshopify.com"));
    REQUIRE(taken.errors.size() == 1);
    CHECK(taken.errors[0].field == "name");
    CHECK(taken.errors[0].rule == "taken");

    REQUIRE(f.forms.disconnect(first.id));
    const auto again = f.connect(shop("Kyiv Honey", "kyiv-honey.myshopify.com", "shpat_new_token"));
    CHECK(again.id == first.id);
    const auto saved = f.store.connections().find(first.id).value();
    REQUIRE(saved);
    CHECK(saved->connected);
    CHECK(saved->settings_json.find("shpat_new_token") != std::string::npos);
    CHECK_FALSE(f.forms.disconnect(999));
}

TEST_CASE("R2 R11 a shop connected again under a new name takes its orders and import log lines along",
          "[connection_forms]") {
    FormsFixture f;
    const auto first = f.connect(shop("Kyiv Honey", "kyiv-honey.myshopify.com"));
    auto types = f.store.orders().order_types().value();
    host_api::NewOrder imported;
    imported.number = "#1001";
    imported.order_type_id = types.front().id;
    imported.origin = host_api::OrderOrigin{"Kyiv Honey", "5901", "", {}, {}};
    imported.total = host_api::Money{49000, "UAH"};
    const auto order_id = f.store.orders().create_order(imported).value();
    REQUIRE(f.store.imports().record_attempt("Kyiv Honey", "5901", host_api::k_import_imported, ""));
    REQUIRE(f.store.imports().record_attempt("Kyiv Honey", "5902", host_api::k_import_failed, "timeout"));

    const auto renamed = f.connect(shop("Kyiv Honey Shop", "kyiv-honey.myshopify.com"));
    REQUIRE(renamed.errors.empty());
    CHECK(renamed.id == first.id);
    auto found = f.store.orders().find_by_origin("Kyiv Honey Shop", "5901").value();
    REQUIRE(found);
    CHECK(found->id == order_id);
    CHECK_FALSE(f.store.orders().find_by_origin("Kyiv Honey", "5901").value());
    auto record = f.store.imports().import_record("Kyiv Honey Shop", "5901").value();
    REQUIRE(record);
    CHECK(record->state == host_api::k_import_imported);
    CHECK_FALSE(f.store.imports().import_record("Kyiv Honey", "5902").value());
    CHECK(f.store.imports().requeue_failed("Kyiv Honey Shop").value() == 1);  // still retried
}
