#include <catch2/catch.hpp>

#include <set>

#include "tests/sim/nova_poshta/document_registry.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/text_file.hpp"
#include "tests/unit/sim/nova_poshta/np_sim_fixture.hpp"

using adapters::nova_poshta::TrackingQuery;
using np_sim_test::parse_json;
using np_sim_test::RunningNovaPoshta;

namespace {

std::string fixture_text(const std::string& name) {
    return test_support::read_text(test_support::fixtures_dir() / "novaposhta" / name);
}

std::set<std::string> keys_of(const rapidjson::Value& object) {
    std::set<std::string> keys;
    for (const auto& member : object.GetObject()) keys.insert(member.name.GetString());
    return keys;
}

std::vector<std::string> key_order(const rapidjson::Value& object) {
    std::vector<std::string> keys;
    for (const auto& member : object.GetObject()) keys.emplace_back(member.name.GetString());
    return keys;
}

std::string text(const rapidjson::Value& record, const char* key) {
    REQUIRE(record.HasMember(key));
    REQUIRE(record[key].IsString());
    return record[key].GetString();
}

void put(RunningNovaPoshta& np, const std::string& number, const std::string& code, const std::string& phone) {
    sim::nova_poshta::DocumentChange change;
    change.number = number;
    change.status_code = code;
    change.phone = phone;
    REQUIRE(np.sim().documents().put(change));
}

}  // namespace

TEST_CASE("R13 the published getStatusDocuments example gets records with every field of the published answer") {
    RunningNovaPoshta np("fake-token");
    put(np, "20400048799001", "9", "380600000000");
    const auto ours = np.api(fixture_text("trackingdocument_request_GetStatusDocumentsDefault.json"));
    const auto published = parse_json(fixture_text("trackingdocument_response_GetStatusDocumentsDefault.json"));

    CHECK(key_order(ours) == key_order(published));
    CHECK(ours["success"].GetBool());
    REQUIRE(ours["data"].Size() == 2);
    // The unknown number: the short record, the same fields.
    CHECK(keys_of(ours["data"][0]) == keys_of(published["data"][0]));
    CHECK(text(ours["data"][0], "StatusCode") == "3");
    CHECK(text(ours["data"][0], "Number") == "20400048799000");
    // The received one: every field the real API gives.
    const auto ours_full = keys_of(ours["data"][1]);
    for (const auto& key : keys_of(published["data"][1])) {
        INFO(key);
        CHECK(ours_full.count(key) == 1);
    }
    CHECK(text(ours["data"][1], "StatusCode") == "9");
    CHECK(text(ours["data"][1], "Status") == "Відправлення отримано");
    CHECK(text(ours["data"][1], "PhoneRecipient") == "380600000000");
    // Asked with the wrong phone for the unknown one: its warning, as an {ID_…: text} object.
    REQUIRE(ours["warnings"].Size() == 1);
    CHECK(ours["warnings"][0].HasMember("ID_20400048799000"));
}

TEST_CASE("R13 the published error example (Documents null) gets the published error answer") {
    RunningNovaPoshta np("fake-token");
    const auto ours = np.api(fixture_text("trackingdocument_request_GetStatusDocumentsError.json"));
    CHECK(ours == parse_json(fixture_text("trackingdocument_response_GetStatusDocumentsError.json")));
}

TEST_CASE("R13 asked with the recipient's phone, a known TTN's record is full") {
    RunningNovaPoshta np;
    put(np, "59000777777777", "7", "+380601111111");
    const auto response = np.track({{"59000777777777", "380601111111"}});
    REQUIRE(response.success);
    REQUIRE(response.documents.size() == 1);
    const auto& document = response.documents[0];
    CHECK(document.number == "59000777777777");
    CHECK(document.status_code == "7");
    CHECK(document.status == "Прибув на відділення");
    CHECK(document.recipient_full_name == "Коваленко Олена");
    CHECK(document.phone_recipient == "380601111111");
    CHECK(document.city_recipient == "Київ");
    CHECK(response.warnings.empty());
}

TEST_CASE("R13 without the recipient's phone names and phones are blank and a warning says why") {
    RunningNovaPoshta np;
    put(np, "59000777777777", "7", "380601111111");
    const auto response = np.track({{"59000777777777", ""}});
    REQUIRE(response.documents.size() == 1);
    CHECK(response.documents[0].status_code == "7");
    CHECK(response.documents[0].recipient_full_name.empty());
    CHECK(response.documents[0].phone_recipient.empty());
    CHECK(response.warnings ==
          std::vector<std::string>{"ID_59000777777777: Please enter a valid phone number from the express invoice "
                                   "to show full information"});
}

TEST_CASE("R13 the records carry dates in the real API's formats, Kyiv time") {
    RunningNovaPoshta np;
    sim::nova_poshta::DocumentChange change;
    change.number = "20400048799001";
    change.status_code = "9";
    const auto sent = *host_api::parse_iso8601("2026-07-01T09:00:00Z");
    REQUIRE(np.sim().documents().put(change, sent));
    const auto raw = np.api(adapters::nova_poshta::status_documents_request(np_sim_test::k_api_key,
                                                                            {{"20400048799001", ""}}));
    const auto& record = raw["data"][0];
    CHECK(text(record, "DateCreated") == "01-07-2026 12:00:00");
    CHECK(text(record, "RecipientDateTime") == "01.07.2026 12:00:00");
    CHECK(text(record, "DateScan") == "12:00 01.07.2026");
    CHECK(text(record, "TrackingUpdateDate") == "2026-07-01 12:00:00");
    CHECK(text(record, "DateFirstDayStorage").size() == 10);
    // The adapter reads them back to the same instant.
    const auto parsed = np.track({{"20400048799001", ""}});
    REQUIRE(parsed.documents.at(0).created);
    CHECK(*parsed.documents[0].created == sent);
    CHECK(*parsed.documents[0].received == sent);
}

TEST_CASE("R13 field types vary as on the real API: numbers as text, some as JSON numbers") {
    RunningNovaPoshta np;
    put(np, "20400048799001", "9", "380600000000");
    const auto raw = np.api(adapters::nova_poshta::status_documents_request(np_sim_test::k_api_key,
                                                                            {{"20400048799001", "380600000000"}}));
    const auto& record = raw["data"][0];
    CHECK(record["DocumentCost"].IsString());
    CHECK(record["DocumentWeight"].IsNumber());
    CHECK(record["AnnouncedPrice"].IsNumber());
    CHECK(record["ExpressWaybillAmountToPay"].IsNumber());
    CHECK(record["StatusCode"].IsString());
}

TEST_CASE("R13 an unknown TTN gets the StatusCode 3 record") {
    RunningNovaPoshta np;
    const auto response = np.track({{"20450000000000", "380671234567"}});
    REQUIRE(response.success);
    REQUIRE(response.documents.size() == 1);
    CHECK(response.documents[0].number == "20450000000000");
    CHECK(response.documents[0].status_code == "3");
    CHECK(response.documents[0].status == "Номер не знайдено");
}

TEST_CASE("R13 a wrong API key is refused in the API's shape: success false, data [], the error and its code") {
    RunningNovaPoshta np;
    put(np, "20400048799001", "9", "380600000000");
    const auto raw = np.api(adapters::nova_poshta::status_documents_request("wrong", {{"20400048799001", ""}}));
    CHECK(key_order(raw) == key_order(parse_json(fixture_text("trackingdocument_response_GetStatusDocumentsError.json"))));
    CHECK_FALSE(raw["success"].GetBool());
    CHECK(raw["data"].Size() == 0);
    CHECK(std::string(raw["errors"][0].GetString()) == "API auth fail");
    CHECK(std::string(raw["errorCodes"][0].GetString()) == "20000200068");
    CHECK(np.sim().stats().refused.load() == 1);
}

TEST_CASE("R13 at most 100 documents in one request: 100 are answered, 101 refused") {
    RunningNovaPoshta np;
    std::vector<TrackingQuery> documents;
    for (int i = 0; i < 100; ++i) documents.push_back({std::to_string(20400048700000LL + i), ""});
    const auto hundred = np.track(documents);
    CHECK(hundred.success);
    CHECK(hundred.documents.size() == 100);
    documents.push_back({"20400048799999", ""});
    const auto too_many = np.track(documents);
    CHECK_FALSE(too_many.success);
    CHECK(too_many.documents.empty());
    REQUIRE(too_many.errors.size() == 1);
    CHECK(too_many.errors[0].find("100") != std::string::npos);
    CHECK(np.sim().stats().largest_request.load() == 100);
}

TEST_CASE("R13 an invalid document number fails the whole request, as in the published answer") {
    RunningNovaPoshta np;
    const auto raw = np.api(adapters::nova_poshta::status_documents_request(
        np_sim_test::k_api_key, {{"20400048799001", ""}, {"445", ""}}));
    const auto published = parse_json(fixture_text("np_parcel_tracking_invalid_number.json"));
    CHECK(raw == published);
}

TEST_CASE("R13 document numbers as JSON numbers are read too, and the path without the slash answers") {
    RunningNovaPoshta np;
    const auto answer = np.request(
        "POST", "/v2.0/json",
        std::string(R"({"apiKey":")") + np_sim_test::k_api_key +
            R"(","modelName":"TrackingDocument","calledMethod":"getStatusDocuments",)"
            R"("methodProperties":{"Documents":[{"DocumentNumber":20400048799000,"Phone":""}]}})");
    REQUIRE(answer.status == 200);
    const auto json = parse_json(answer.body);
    CHECK(json["success"].GetBool());
    CHECK(text(json["data"][0], "Number") == "20400048799000");
}

TEST_CASE("R13 a body that is no JSON, or another method, is refused with success false") {
    RunningNovaPoshta np;
    auto raw = np.api("not json");
    CHECK_FALSE(raw["success"].GetBool());
    raw = np.api(std::string(R"({"apiKey":")") + np_sim_test::k_api_key +
                 R"(","modelName":"InternetDocument","calledMethod":"save","methodProperties":{}})");
    CHECK_FALSE(raw["success"].GetBool());
    CHECK(std::string(raw["errors"][0].GetString()).find("InternetDocument.save") != std::string::npos);
}

TEST_CASE("R13 a full record has every field of the other published records too") {
    RunningNovaPoshta np;
    put(np, "59000777777777", "9", "380601111111");
    const auto ours = np.api(adapters::nova_poshta::status_documents_request(np_sim_test::k_api_key,
                                                                             {{"59000777777777", "380601111111"}}));
    const auto fields = keys_of(ours["data"][0]);
    for (const char* name : {"np_parcel_tracking_tracked_by_number.json", "np_parcel_tracking_tracked_by_number_and_phone.json"}) {
        const auto published = parse_json(fixture_text(name));
        for (const auto& key : keys_of(published["data"][0])) {
            INFO(name << ": " << key);
            CHECK(fields.count(key) == 1);
        }
    }
}
