#include "host/http/host_pattern.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace {

struct Case {
    std::string pattern;
    std::string host;
    bool matches;
};

}  // namespace

TEST_CASE("host_matches admits exact hosts and wildcard subdomains, and nothing else", "[http][outbound]") {
    const std::vector<Case> cases = {
        {"api.novaposhta.ua", "api.novaposhta.ua", true},
        {"api.novaposhta.ua", "API.NovaPoshta.UA", true},
        {"api.novaposhta.ua", "api.novaposhta.ua.", true},
        {"api.novaposhta.ua", "novaposhta.ua", false},
        {"api.novaposhta.ua", "evil-api.novaposhta.ua", false},
        {"api.novaposhta.ua", "x.api.novaposhta.ua", false},
        {"api.novaposhta.ua", "api.novaposhta.ua.evil.com", false},
        {"*.myshopify.com", "shop.myshopify.com", true},
        {"*.myshopify.com", "My-Shop.MyShopify.COM", true},
        {"*.myshopify.com", "a.b.myshopify.com", true},
        {"*.myshopify.com", "shop.myshopify.com.", true},
        {"*.myshopify.com", "myshopify.com", false},
        {"*.myshopify.com", ".myshopify.com", false},
        {"*.myshopify.com", "a..myshopify.com", false},
        {"*.myshopify.com", "evilmyshopify.com", false},
        {"*.myshopify.com", "shop.myshopify.com.evil.com", false},
        {"*.myshopify.com", "shop.myshopify.co", false},
        {"*", "anything", false},
        {"*.", "a.", false},
        {"", "", false},
        {"*.myshopify.com", "", false},
    };
    for (const auto& c : cases) {
        INFO("pattern \"" << c.pattern << "\", host \"" << c.host << "\"");
        CHECK(host::http::host_matches(c.pattern, c.host) == c.matches);
    }
}
