#include <catch2/catch.hpp>

#include <filesystem>

#include "shipping_adapters/nova_poshta/tracking_response.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/text_file.hpp"

using namespace adapters::nova_poshta;

namespace {

std::filesystem::path fixtures() { return test_support::fixtures_dir() / "novaposhta"; }

TrackingResponse response_fixture(const std::string& name) {
    auto parsed = parse_tracking_response(test_support::read_text(fixtures() / name));
    INFO(name << ": " << (parsed ? "" : parsed.error().message));
    REQUIRE(parsed);
    return std::move(parsed).value();
}

std::string iso(const std::optional<host_api::Timestamp>& time) {
    return time ? host_api::format_iso8601(*time) : "none";
}

}  // namespace

TEST_CASE("R13 every Nova Poshta fixture is read by the envelope parser") {
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(fixtures())) {
        if (entry.path().extension() != ".json") continue;
        ++files;
        INFO(entry.path().filename().string());
        const auto parsed = parse_tracking_response(test_support::read_text(entry.path()));
        CHECK(parsed.ok());
    }
    CHECK(files == 7);
}

TEST_CASE("R13 a found and a not-found document, with a warning as an {ID_…: text} object") {
    const auto response = response_fixture("trackingdocument_response_GetStatusDocumentsDefault.json");
    CHECK(response.success);
    REQUIRE(response.documents.size() == 2);

    const auto& unknown = response.documents[0];
    CHECK(unknown.number == "20400048799000");
    CHECK(unknown.status_code == "3");
    CHECK(unknown.status == "Номер не найден");
    CHECK_FALSE(unknown.created);

    const auto& received = response.documents[1];
    CHECK(received.number == "20400048799001");
    CHECK(received.status_code == "9");
    CHECK(received.status == "Відправлення отримано");
    CHECK(received.recipient_full_name == "Иванов Иван Иванович");
    CHECK(received.city_recipient == "Київ");
    CHECK(received.warehouse_recipient == "Відділення №1: вул. Пирогівський шлях, 135");
    CHECK(received.document_cost == "96");
    CHECK(iso(received.created) == "2023-04-06T05:20:34Z");
    CHECK(iso(received.scheduled_delivery) == "2023-04-06T09:47:40Z");
    CHECK(iso(received.received) == "2023-04-07T10:35:58Z");

    REQUIRE(response.warnings.size() == 1);
    CHECK(response.warnings[0] ==
          "ID_20400048799000: Please enter a valid phone number from the express invoice to show full information");
    CHECK(response.errors.empty());
    CHECK(response.info.empty());
}

TEST_CASE("R13 a refusal: success false, the error and its code, no data") {
    const auto response = response_fixture("trackingdocument_response_GetStatusDocumentsError.json");
    CHECK_FALSE(response.success);
    CHECK(response.documents.empty());
    CHECK(response.errors == std::vector<std::string>{"Document number is not correct"});
    CHECK(response.error_codes == std::vector<std::string>{"20001401442"});
    CHECK(failure_reason(response) == "Document number is not correct (error code 20001401442)");
}

TEST_CASE("R13 a refusal with its warning as a plain string") {
    const auto response = response_fixture("np_parcel_tracking_invalid_number.json");
    CHECK_FALSE(response.success);
    CHECK(response.warnings == std::vector<std::string>{"Invalid DocumentNumber: 445"});
    CHECK(response.error_codes == std::vector<std::string>{"20001401442"});
}

TEST_CASE("R13 \\u escapes are read as UTF-8, and numbers as text whatever their JSON type") {
    const auto without_phone = response_fixture("np_parcel_tracking_tracked_by_number.json");
    REQUIRE(without_phone.documents.size() == 1);
    const auto& document = without_phone.documents[0];
    CHECK(document.number == "59000777777777");
    CHECK(document.status_code == "9");
    CHECK(document.status == "Відправлення отримано");
    CHECK(document.city_recipient == "Ісенґард");
    CHECK(document.warehouse_recipient == "провулок Морії, 14а");
    CHECK(document.recipient_full_name.empty());
    CHECK(iso(document.received) == "2022-03-08T13:16:47Z");
    // The warning names another TTN than the record: it is kept as said.
    CHECK(without_phone.warnings.at(0).rfind("ID_59000798551278: ", 0) == 0);

    const auto with_phone = response_fixture("np_parcel_tracking_tracked_by_number_and_phone.json");
    REQUIRE(with_phone.documents.size() == 1);
    CHECK(with_phone.documents[0].recipient_full_name == "Федір Сумкін");
    CHECK(with_phone.documents[0].phone_recipient == "380601111111");
}

TEST_CASE("R13 the parser takes what the fixtures do not show: info as {}, data as one object, numbers as numbers") {
    const auto parsed = parse_tracking_response(
        R"({"success":"true","data":{"Number":20400048799000,"StatusCode":7,"Status":"Прибув на відділення",)"
        R"("DocumentCost":82.5},"errors":[],"warnings":{"ID_1":"a","ID_2":["b","c"]},"info":{"totalCount":1},)"
        R"("errorCodes":[]})");
    REQUIRE(parsed);
    CHECK(parsed->success);
    REQUIRE(parsed->documents.size() == 1);
    CHECK(parsed->documents[0].number == "20400048799000");
    CHECK(parsed->documents[0].status_code == "7");
    CHECK(parsed->documents[0].document_cost == "82.5");
    CHECK(parsed->warnings == std::vector<std::string>{"ID_1: a", "ID_2: b", "ID_2: c"});
    CHECK(parsed->info == std::vector<std::string>{"totalCount: 1"});
}

TEST_CASE("R13 a body that is no JSON object is an error with the reason") {
    CHECK_FALSE(parse_tracking_response("<html>502 Bad Gateway</html>").ok());
    CHECK_FALSE(parse_tracking_response("[]").ok());
    CHECK(parse_tracking_response("<html>").error().message.find("no JSON") != std::string::npos);
}
