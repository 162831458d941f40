#include <catch2/catch.hpp>

#include "host/plugins/carrier_matcher.hpp"
#include "host/plugins/manifest.hpp"
#include "tests/support/paths.hpp"

namespace {

host::plugins::CarrierMatcher project_matcher() {
    auto manifest = host::plugins::load_manifest(test_support::source_dir() / "manifest.json");
    REQUIRE(manifest);
    return host::plugins::CarrierMatcher(manifest->adapters);
}

// A delivery to Kyiv by this shipping line; the country code and the Nova Poshta place as given.
host_api::Delivery delivery(const std::string& title, const std::string& code = "", const std::string& country = "UA",
                            const std::string& np_city = "Київ", const std::string& np_branch = "Відділення №5") {
    host_api::Delivery out;
    out.carrier = title;
    out.method_code = code;
    out.recipient.country_code = country;
    out.np_city = np_city;
    out.np_branch = np_branch;
    return out;
}

std::string adapter_for(const host::plugins::CarrierMatcher& matcher, const host_api::Delivery& delivery) {
    return matcher.adapter_for(delivery).adapter_id;
}

}  // namespace

TEST_CASE("R12 Nova Poshta Ukraine shipping methods go to the nova_poshta adapter") {
    const auto matcher = project_matcher();
    CHECK(adapter_for(matcher, delivery("Нова Пошта")) == "nova_poshta");
    CHECK(adapter_for(matcher, delivery("НОВА ПОШТА — відділення")) == "nova_poshta");
    CHECK(adapter_for(matcher, delivery("Доставка Новою Поштою")) == "nova_poshta");
    CHECK(adapter_for(matcher, delivery("Новая Почта, отделение")) == "nova_poshta");
    CHECK(adapter_for(matcher, delivery("nova poshta (branch)")) == "nova_poshta");
    CHECK(adapter_for(matcher, delivery("Nova Post courier")) == "nova_poshta");
    const auto chosen = matcher.adapter_for(delivery("Нова Пошта"));
    CHECK(chosen.passed_over.empty());
}

TEST_CASE("R12 a shipping line whose title names no carrier is taken by its code") {
    const auto matcher = project_matcher();
    CHECK(adapter_for(matcher, delivery("До відділення", "nova-poshta-warehouse")) == "nova_poshta");
    CHECK(adapter_for(matcher, delivery("Branch delivery", "NOVA_POSHTA")) == "nova_poshta");
    CHECK(adapter_for(matcher, delivery("Branch delivery", "ukrposhta")) == "generic");
}

TEST_CASE("R15 every spelling of an international Nova Poshta service goes to the generic adapter") {
    const auto matcher = project_matcher();
    for (const char* title :
         {"Nova Poshta Global", "NOVA POSHTA GLOBAL", "Нова Пошта Глобал", "НОВА ПОШТА ГЛОБАЛ", "Новая Почта Глобал",
          "Нова Пошта International", "Нова Пошта Інтернешнл", "Новая Почта Интернешнл", "Нова Пошта міжнародна",
          "Нова Пошта: Міжнародна доставка", "Новая Почта международная"}) {
        INFO(title);
        CHECK(adapter_for(matcher, delivery(title)) == "generic");
    }
    // The service named only in the code: the title alone would have taken it.
    CHECK(adapter_for(matcher, delivery("Нова Пошта", "np-global-parcel")) == "generic");
    CHECK(adapter_for(matcher, delivery("Нова Пошта", "NP_INTERNATIONAL")) == "generic");
}

TEST_CASE("R15 other carriers and an empty title go to the generic adapter") {
    const auto matcher = project_matcher();
    CHECK(adapter_for(matcher, delivery("Укрпошта")) == "generic");
    CHECK(adapter_for(matcher, delivery("Standard Shipping")) == "generic");
    CHECK(adapter_for(matcher, delivery("")) == "generic");
}

TEST_CASE("R15 Nova Poshta takes recipients in Ukraine only and says why it passed one over") {
    const auto matcher = project_matcher();
    const auto to_poland = matcher.adapter_for(delivery("Нова Пошта", "", "PL", "Warszawa", "ul. Marszałkowska 1"));
    CHECK(to_poland.adapter_id == "generic");
    CHECK(to_poland.passed_over == "Nova Poshta serves recipients in UA only, not a recipient in PL");
    // No country code: the Nova Poshta city or branch the shop wrote decides.
    CHECK(adapter_for(matcher, delivery("Нова Пошта", "", "", "Львів", "")) == "nova_poshta");
    CHECK(adapter_for(matcher, delivery("Нова Пошта", "", "", "", "Відділення №1")) == "nova_poshta");
    const auto nowhere = matcher.adapter_for(delivery("Нова Пошта", "", "", "", ""));
    CHECK(nowhere.adapter_id == "generic");
    CHECK(nowhere.passed_over.find("with no country and no Nova Poshta city or branch") != std::string::npos);
}

TEST_CASE("Cyrillic capitals fold to lower case, Ukrainian letters included") {
    CHECK(host::plugins::fold_case("ПОШТА") == "пошта");
    CHECK(host::plugins::fold_case("ЄІЇҐ") == "єіїґ");
    CHECK(host::plugins::fold_case("Nova") == "nova");
}
