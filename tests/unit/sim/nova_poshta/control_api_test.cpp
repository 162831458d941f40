#include <catch2/catch.hpp>

#include "tests/sim/nova_poshta/document_registry.hpp"
#include "tests/sim/nova_poshta/fault_injector.hpp"
#include "tests/unit/sim/nova_poshta/np_sim_fixture.hpp"

using np_sim_test::parse_json;
using np_sim_test::RunningNovaPoshta;

TEST_CASE("R13 POST /_sim/documents creates a TTN and moves it, with the API's text for each code") {
    RunningNovaPoshta np;
    auto answer = np.control("/_sim/documents", R"({"number":"20400048799000","status_code":"5","phone":"+380671234567"})");
    REQUIRE(answer.status == 200);
    auto json = parse_json(answer.body);
    CHECK(std::string(json["documents"][0]["status"].GetString()) == "Відправлення прямує до міста одержувача");

    answer = np.control("/_sim/documents", R"({"number":"20400048799000","status_code":"9"})");
    REQUIRE(answer.status == 200);
    const auto document = np.sim().documents().find("20400048799000");
    REQUIRE(document);
    CHECK(document->status_code == "9");
    CHECK(document->status == "Відправлення отримано");
    CHECK(document->phone == "380671234567");
    CHECK(document->received.has_value());

    const auto tracked = np.track({{"20400048799000", "380671234567"}});
    CHECK(tracked.documents.at(0).status_code == "9");
}

TEST_CASE("R13 a control document may carry its own status text and recipient, and come as an array") {
    RunningNovaPoshta np;
    const auto answer = np.control(
        "/_sim/documents",
        R"([{"number":"20400048799000","status_code":"777","status":"Новий статус"},)"
        R"({"number":"59000777777777","status_code":"7","recipient_name":"Сумкін Федір","city":"Шир",)"
        R"("warehouse":"Відділення №1","cost":"82"}])");
    REQUIRE(answer.status == 200);
    CHECK(parse_json(answer.body)["documents"].Size() == 2);
    CHECK(np.sim().documents().find("20400048799000")->status == "Новий статус");
    const auto second = np.sim().documents().find("59000777777777");
    CHECK(second->recipient_name == "Сумкін Федір");
    CHECK(second->city_recipient == "Шир");
    CHECK(second->cost == "82");
}

TEST_CASE("R13 a control document with a bad number is refused and nothing of its list is stored") {
    RunningNovaPoshta np;
    auto answer = np.control("/_sim/documents", R"([{"number":"20400048799000"},{"number":"445"}])");
    CHECK(answer.status == 400);
    CHECK(answer.body.find("445") != std::string::npos);
    CHECK(np.sim().documents().size() == 0);
    CHECK(np.control("/_sim/documents", "not json").status == 400);
}

TEST_CASE("R13 faults: every API request a 500, then dropped connections, then answered again") {
    RunningNovaPoshta np;
    REQUIRE(np.control("/_sim/faults", R"({"rate":1,"kinds":["500"]})").status == 200);
    const auto body = adapters::nova_poshta::status_documents_request(np_sim_test::k_api_key, {{"20400048799000", ""}});
    CHECK(np.request("POST", "/v2.0/json/", body).status == 500);

    REQUIRE(np.control("/_sim/faults", R"({"rate":1,"kinds":["drop"],"seed":3})").status == 200);
    CHECK_FALSE(np.send("POST", "/v2.0/json/", body).ok());

    // The control API is never faulted.
    REQUIRE(np.control("/_sim/faults", R"({"rate":0})").status == 200);
    CHECK(np.request("POST", "/v2.0/json/", body).status == 200);

    const auto stats = np.stats();
    CHECK(stats["requests"].GetUint64() == 3);
    CHECK(stats["faults"].GetUint64() == 2);
    CHECK(stats["documents_asked"].GetUint64() == 1);
}

TEST_CASE("R13 a fault rate between 0 and 1 fails some requests, repeatably for a seed") {
    sim::nova_poshta::FaultInjector injector;
    const auto count = [&](std::uint64_t seed) {
        injector.configure({0.5, {}, seed});
        int failed = 0;
        for (int i = 0; i < 200; ++i) failed += injector.next() != sim::nova_poshta::Fault::none;
        return failed;
    };
    const int first = count(11);
    CHECK(first > 50);
    CHECK(first < 150);
    CHECK(count(11) == first);
}

TEST_CASE("R13 bad fault settings are refused") {
    RunningNovaPoshta np;
    CHECK(np.control("/_sim/faults", R"({"rate":2})").status == 400);
    CHECK(np.control("/_sim/faults", R"({"rate":0.5,"kinds":["429"]})").status == 400);
    CHECK(np.control("/_sim/faults", R"({})").status == 400);
}

TEST_CASE("R13 GET /_sim/stats counts API requests and the documents they asked for") {
    RunningNovaPoshta np;
    np.track({{"20400048799000", ""}, {"20400048799001", ""}});
    np.track({{"20400048799000", ""}}, "wrong key");
    const auto stats = np.stats();
    CHECK(stats["requests"].GetUint64() == 2);
    CHECK(stats["documents_asked"].GetUint64() == 2);
    CHECK(stats["largest_request"].GetUint64() == 2);
    CHECK(stats["refused"].GetUint64() == 1);
    CHECK(stats["faults"].GetUint64() == 0);
}

TEST_CASE("unknown paths are 404 and known paths asked with another method 405") {
    RunningNovaPoshta np;
    CHECK(np.request("GET", "/nowhere").status == 404);
    CHECK(np.request("GET", "/v2.0/json/").status == 405);
    CHECK(np.request("POST", "/_sim/stats", "{}").status == 405);
}
