// The initial import's file fetched in byte ranges into a temporary file and read back from
// disk (the host never holds a large file whole), over real HTTPS.
#include <cstdio>
#include <string>

#include <catch2/catch.hpp>

#include "host/http/outbound_client.hpp"
#include "plugin/shopify/bulk_file_download.hpp"
#include "plugin/shopify/bulk_orders_file.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/test_certificate.hpp"
#include "tests/support/tls_test_server.hpp"
#include "tests/support/quiet_logger.hpp"

namespace {

// A bulk file of `count` one-line orders (no line items).
std::string orders_file(int count) {
    std::string text;
    for (int n = 1; n <= count; ++n) {
        const auto id = std::to_string(5000 + n);
        text += R"({"id":"gid://shopify/Order/)" + id + R"(","name":"#)" + id +
                R"(","createdAt":"2026-11-27T09:00:00Z","updatedAt":"2026-11-27T09:00:00Z","currencyCode":"UAH",)" +
                R"("totalPriceSet":{"shopMoney":{"amount":"10.00","currencyCode":"UAH"}}})" + "\n";
    }
    return text;
}

// Serves `file` as a storage bucket does: a "Range: bytes=A-B" request gets 206 and that part.
host_api::HttpResponse ranged(const std::string& file, const host_api::HttpRequest& request) {
    host_api::HttpResponse response;
    response.content_type = "application/jsonl";
    const auto range = request.header("Range").value_or("");
    if (range.rfind("bytes=", 0) != 0) {
        response.body = file;
        return response;
    }
    const auto dash = range.find('-');
    const auto first = std::stoull(range.substr(6, dash - 6));
    if (first >= file.size()) {
        response.status = 416;
        return response;
    }
    const auto last = std::min<std::uint64_t>(std::stoull(range.substr(dash + 1)), file.size() - 1);
    response.status = 206;
    response.headers = {{"Content-Range", "bytes " + std::to_string(first) + "-" + std::to_string(last) + "/" +
                                              std::to_string(file.size())}};
    response.body = file.substr(first, last - first + 1);
    return response;
}

// `text` in a temporary file, as the download leaves it.
shopify::SpooledFile spooled_file_of(const std::string& text) {
    shopify::SpooledFile spooled(std::tmpfile());
    REQUIRE(spooled);
    REQUIRE(std::fwrite(text.data(), 1, text.size(), spooled.get()) == text.size());
    REQUIRE(std::fflush(spooled.get()) == 0);
    return spooled;
}

// `file` fetched from a server that serves it in ranges, `range_bytes` at a time; the
// requests it answered in `requests`.
shopify::SpooledFile download_in_ranges(const std::string& file, std::uint64_t range_bytes, int& requests) {
    const auto certificate = test_support::TestCertificate::generate();
    test_support::TempDir dir;
    certificate.write_ca(dir / "ca.pem");
    test_support::TlsTestServer server(certificate,
                                       [&](const host_api::HttpRequest& request) { return ranged(file, request); });
    host::http::OutboundClient client({}, true, test_support::quiet_logger("download-test"));
    auto spooled =
        shopify::download_bulk_file(client, server.url("/bulk/1.jsonl"), (dir / "ca.pem").string(), range_bytes);
    REQUIRE(spooled);
    requests = server.requests();
    return std::move(*spooled);
}

std::string read_all(std::FILE* file) {
    std::rewind(file);
    std::string text;
    char block[4096];
    for (std::size_t got; (got = std::fread(block, 1, sizeof block, file)) > 0;) text.append(block, got);
    return text;
}

}  // namespace

TEST_CASE("R8 the bulk file comes in byte ranges into a temporary file, whole and unchanged") {
    const auto file = orders_file(300);
    int requests = 0;
    // Ranges much smaller than the file, and not a divisor of it: lines are cut between them.
    const auto spooled = download_in_ranges(file, 1000, requests);
    CHECK(read_all(spooled.get()) == file);
    CHECK(requests == static_cast<int>((file.size() + 999) / 1000));

    const shopify::BulkOrdersFile orders(spooled.get());
    REQUIRE(orders.size() == 300);
    const auto last = orders.order(299);
    REQUIRE(last.order);
    CHECK(last.id == "5300");
    CHECK(orders.order(0).id == "5001");
}

// The pieces go to the file in blocks of 1 MiB: blocks that end inside a range, and a
// last block shorter than the others.
TEST_CASE("R8 a bulk file of megabytes comes whole, its ranges and its write blocks cut anywhere") {
    const auto file = orders_file(12000);
    REQUIRE(file.size() > 2 * 1024 * 1024);
    int requests = 0;
    const auto spooled = download_in_ranges(file, 700001, requests);
    CHECK(read_all(spooled.get()) == file);
    CHECK(requests == static_cast<int>((file.size() + 700000) / 700001));
    CHECK(shopify::BulkOrdersFile(spooled.get()).size() == 12000);
}

TEST_CASE("R8 a server that ignores Range gives the whole file in one answer") {
    const auto certificate = test_support::TestCertificate::generate();
    test_support::TempDir dir;
    certificate.write_ca(dir / "ca.pem");
    const auto file = orders_file(20);
    test_support::TlsTestServer server(certificate, [&](const host_api::HttpRequest&) {
        host_api::HttpResponse response;
        response.body = file;
        return response;
    });
    host::http::OutboundClient client({}, true, test_support::quiet_logger("download-test"));
    auto spooled = shopify::download_bulk_file(client, server.url("/bulk/1.jsonl"), (dir / "ca.pem").string(), 100);
    REQUIRE(spooled);
    CHECK(read_all(spooled->get()) == file);
    CHECK(server.requests() == 1);
}

TEST_CASE("R8 a server that gives ranges, then the whole file, fails the download instead of doubling its start") {
    const auto certificate = test_support::TestCertificate::generate();
    test_support::TempDir dir;
    certificate.write_ca(dir / "ca.pem");
    const auto file = orders_file(20);
    int answered = 0;
    test_support::TlsTestServer server(certificate, [&](const host_api::HttpRequest& request) {
        if (answered++ == 0) return ranged(file, request);
        host_api::HttpResponse whole;  // a Range it no longer honours
        whole.body = file;
        return whole;
    });
    host::http::OutboundClient client({}, true, test_support::quiet_logger("download-test"));
    auto spooled = shopify::download_bulk_file(client, server.url("/bulk/1.jsonl"), (dir / "ca.pem").string(), 100);
    REQUIRE_FALSE(spooled);
    CHECK(spooled.error().message.find("came whole after some of its ranges") != std::string::npos);
    CHECK(server.requests() == 2);
}

TEST_CASE("R8 a bulk file read back from disk gives the orders it gives from memory") {
    // Over 1 MiB, so lines are cut by the reader's blocks too.
    const auto text = orders_file(6000);
    REQUIRE(text.size() > 1024 * 1024);
    const auto spooled = spooled_file_of(text);
    const shopify::BulkOrdersFile from_disk(spooled.get());
    const shopify::BulkOrdersFile from_memory(text);
    REQUIRE(from_disk.size() == 6000);
    REQUIRE(from_memory.size() == 6000);
    for (std::size_t i : {std::size_t{0}, std::size_t{1234}, std::size_t{5999}}) {
        const auto disk = from_disk.order(i);
        const auto memory = from_memory.order(i);
        REQUIRE(disk.order);
        REQUIRE(memory.order);
        CHECK(disk.id == memory.id);
        CHECK(disk.order->name == memory.order->name);
    }
}

TEST_CASE("R8 R18 a bulk file on disk gives every order with its line items, lines far apart or longer than a read") {
    // The first order's line item comes after a megabyte of other orders, and the second
    // order's line item is longer than the reader takes from the disk at once.
    const std::string first = R"({"id":"gid://shopify/Order/1","name":"#1","createdAt":"2026-11-27T09:00:00Z",)"
                              R"("updatedAt":"2026-11-27T09:00:00Z","currencyCode":"UAH",)"
                              R"("totalPriceSet":{"shopMoney":{"amount":"10.00","currencyCode":"UAH"}}})";
    const std::string second = R"({"id":"gid://shopify/Order/2","name":"#2","createdAt":"2026-11-27T09:00:00Z",)"
                               R"("updatedAt":"2026-11-27T09:00:00Z","currencyCode":"UAH",)"
                               R"("totalPriceSet":{"shopMoney":{"amount":"10.00","currencyCode":"UAH"}}})";
    const auto item = [](const std::string& order, const std::string& name) {
        return R"({"id":"gid://shopify/LineItem/)" + order + R"(0","name":")" + name +
               R"(","currentQuantity":1,"originalUnitPriceSet":{"shopMoney":{"amount":"10.00","currencyCode":"UAH"}},)" +
               R"("__parentId":"gid://shopify/Order/)" + order + R"("})";
    };
    const std::string long_name(600 * 1024, 'x');
    const auto filler = orders_file(6000);
    const std::string text =
        first + "\n" + second + "\n" + item("2", long_name) + "\n" + filler + item("1", "Мед") + "\n";
    const auto spooled = spooled_file_of(text);
    const shopify::BulkOrdersFile from_disk(spooled.get());
    const shopify::BulkOrdersFile from_memory(text);
    REQUIRE(from_disk.size() == 6002);
    for (std::size_t i = 0; i < from_disk.size(); ++i) {
        const auto disk = from_disk.order(i);
        const auto memory = from_memory.order(i);
        REQUIRE(disk.order);
        REQUIRE(memory.order);
        REQUIRE(disk.order->name == memory.order->name);
        REQUIRE(disk.order->line_items.size() == memory.order->line_items.size());
    }
    const auto one = from_disk.order(0);
    REQUIRE(one.order->line_items.size() == 1);
    CHECK(one.order->line_items[0].name == "Мед");
    const auto two = from_disk.order(1);
    REQUIRE(two.order->line_items.size() == 1);
    CHECK(two.order->line_items[0].name == long_name);
}
