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

}  // namespace

TEST_CASE("R12 Nova Poshta Ukraine shipping methods go to the nova_poshta adapter") {
    const auto matcher = project_matcher();
    CHECK(matcher.adapter_for("Нова Пошта") == "nova_poshta");
    CHECK(matcher.adapter_for("НОВА ПОШТА — відділення") == "nova_poshta");
    CHECK(matcher.adapter_for("Доставка Новою Поштою") == "nova_poshta");
    CHECK(matcher.adapter_for("nova poshta (branch)") == "nova_poshta");
    CHECK(matcher.adapter_for("Nova Post courier") == "nova_poshta");
}

TEST_CASE("R15 Nova Poshta Global, international and other carriers go to the generic adapter") {
    const auto matcher = project_matcher();
    CHECK(matcher.adapter_for("Nova Poshta Global") == "generic");
    CHECK(matcher.adapter_for("Нова Пошта International") == "generic");
    CHECK(matcher.adapter_for("Нова Пошта міжнародна") == "generic");
    CHECK(matcher.adapter_for("Укрпошта") == "generic");
    CHECK(matcher.adapter_for("Standard Shipping") == "generic");
    CHECK(matcher.adapter_for("") == "generic");
}

TEST_CASE("Cyrillic capitals fold to lower case, Ukrainian letters included") {
    CHECK(host::plugins::fold_case("ПОШТА") == "пошта");
    CHECK(host::plugins::fold_case("ЄІЇҐ") == "єіїґ");
    CHECK(host::plugins::fold_case("Nova") == "nova");
}
