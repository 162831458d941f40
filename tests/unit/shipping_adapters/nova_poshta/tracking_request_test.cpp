#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include "shipping_adapters/nova_poshta/tracking_request.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/text_file.hpp"

using namespace adapters::nova_poshta;

namespace {

rapidjson::Document parsed(const std::string& text) {
    rapidjson::Document json;
    json.Parse(text.c_str());
    REQUIRE_FALSE(json.HasParseError());
    return json;
}

std::string fixture(const std::string& name) {
    return test_support::read_text(test_support::fixtures_dir() / "novaposhta" / name);
}

}  // namespace

TEST_CASE("R13 the getStatusDocuments request is the envelope of the published example") {
    const auto ours = parsed(status_documents_request(
        "fake-token", {{"20400048799000", "380600000000"}, {"20400048799001", "380600000000"}}));
    const auto published = parsed(fixture("trackingdocument_request_GetStatusDocumentsDefault.json"));
    CHECK(ours == published);
}

TEST_CASE("R13 a document without a usable phone is asked with an empty Phone") {
    const auto json = parsed(status_documents_request("k", {{"59000777777777", ""}}));
    const auto& document = json["methodProperties"]["Documents"][0];
    CHECK(std::string(document["DocumentNumber"].GetString()) == "59000777777777");
    CHECK(std::string(document["Phone"].GetString()).empty());
}
