#include <catch2/catch.hpp>

#include <algorithm>

#include "tests/sim/nova_poshta/document_registry.hpp"
#include "tests/sim/nova_poshta/fault_injector.hpp"
#include "tests/sim/nova_poshta/sim_stats.hpp"
#include "tests/unit/shipping_adapters/delivery_samples.hpp"
#include "tests/unit/shipping_adapters/nova_poshta/nova_poshta_host.hpp"

using adapter_test::NovaPoshtaHost;
using adapter_test::value_of;

namespace {

constexpr const char* k_ttn = "20400048799000";

host_api::OrderId shipped_order(NovaPoshtaHost& np, const std::string& number = "1001",
                                const std::string& ttn = k_ttn) {
    const auto order = np.host.new_order(number);
    REQUIRE(np.adapter.apply(np.host.target(order, number), adapter_test::nova_poshta(ttn), std::nullopt));
    return order;
}

std::uint64_t requests(NovaPoshtaHost& np) { return np.sim.stats().requests.load(); }

}  // namespace

TEST_CASE("R13 tracking moves the waybill's status as Nova Poshta reports it, with its history") {
    NovaPoshtaHost np;
    const auto order = shipped_order(np);
    np.document(k_ttn, "5");
    np.next_round();
    auto waybill = np.waybill(order);
    CHECK(waybill.status_code == "5");
    CHECK(waybill.status == "Відправлення прямує до міста одержувача");
    CHECK(waybill.tracking_open);

    np.document(k_ttn, "7");
    np.next_round();
    waybill = np.waybill(order);
    CHECK(waybill.status_code == "7");
    CHECK(waybill.status == "Прибув на відділення");
    const auto history = value_of(np.host.store().waybills().status_history(waybill.id));
    REQUIRE(history.size() == 2);
    CHECK(history[0].status_code == "5");
    CHECK(history[1].status_code == "7");
    CHECK(np.host.logged("TTN 20400048799000 of order"));
}

TEST_CASE("R13 a round comes only once the tracking interval has passed") {
    NovaPoshtaHost np;
    shipped_order(np);
    np.document(k_ttn, "5");
    REQUIRE(np.adapter.track());
    CHECK(requests(np) == 1);
    REQUIRE(np.adapter.track());
    np.now += std::chrono::seconds(299);
    REQUIRE(np.adapter.track());
    CHECK(requests(np) == 1);
    np.now += std::chrono::seconds(1);
    REQUIRE(np.adapter.track());
    CHECK(requests(np) == 2);
}

TEST_CASE("R17 the time of the last round survives a new adapter instance, so a swap does not ask early") {
    NovaPoshtaHost np;
    shipped_order(np);
    np.document(k_ttn, "5");
    np.next_round();
    REQUIRE(requests(np) == 1);
    adapters::nova_poshta::NovaPoshtaAdapter swapped([&np] { return np.now + std::chrono::seconds(60); });
    REQUIRE(swapped.start(np.host.context()));
    REQUIRE(swapped.track());
    CHECK(requests(np) == 1);
    swapped.stop();
}

TEST_CASE("R13 a status rule moves the order once per status change and the feed says why") {
    NovaPoshtaHost np(true, {{"7", "Shipped"}, {"9", "Completed"}});
    const auto order = shipped_order(np);
    CHECK(np.host.status_name(order) == "New");

    np.document(k_ttn, "7");
    np.next_round();
    CHECK(np.host.status_name(order) == "Shipped");
    auto comments = np.host.comments(order);
    REQUIRE(comments.size() == 1);
    CHECK(comments[0].author == "Nova Poshta");
    CHECK(comments[0].text == "Nova Poshta: Прибув на відділення (code 7) — order moved to Shipped");

    // Someone moves the order back by hand: the same status does not move it again.
    const auto types = value_of(np.host.store().orders().order_types());
    const auto in_progress = std::find_if(types.front().statuses.begin(), types.front().statuses.end(),
                                          [](const auto& s) { return s.name == "In progress"; });
    REQUIRE(in_progress != types.front().statuses.end());
    REQUIRE(np.host.store().orders().set_status(order, in_progress->id));
    np.next_round();
    CHECK(np.host.status_name(order) == "In progress");
    CHECK(np.host.comments(order).size() == 1);

    np.document(k_ttn, "9");
    np.next_round();
    CHECK(np.host.status_name(order) == "Completed");
    comments = np.host.comments(order);
    REQUIRE(comments.size() == 2);
    CHECK(comments[1].text == "Nova Poshta: Відправлення отримано (code 9) — order moved to Completed");
}

TEST_CASE("R13 without a rule for the code the order's status stays") {
    NovaPoshtaHost np(true, {{"9", "Completed"}});
    const auto order = shipped_order(np);
    np.document(k_ttn, "7");
    np.next_round();
    CHECK(np.waybill(order).status_code == "7");
    CHECK(np.host.status_name(order) == "New");
    CHECK(np.host.comments(order).empty());
}

TEST_CASE("R13 a rule naming no status of the order's type is logged and tracking goes on") {
    NovaPoshtaHost np(true, {{"7", "Delivered somewhere"}});
    const auto order = shipped_order(np);
    np.document(k_ttn, "7");
    np.next_round();
    CHECK(np.waybill(order).status_code == "7");
    CHECK(np.host.status_name(order) == "New");
    CHECK(np.host.logged("status rule not applied"));
    CHECK(np.host.logged("Delivered somewhere"));
}

TEST_CASE("R13 a final status (received) stops the tracking of that TTN") {
    NovaPoshtaHost np;
    const auto order = shipped_order(np);
    np.document(k_ttn, "9");
    np.next_round();
    const auto waybill = np.waybill(order);
    CHECK(waybill.status_code == "9");
    CHECK(waybill.status == "Відправлення отримано");
    CHECK_FALSE(waybill.tracking_open);
    const auto asked = np.sim.stats().documents_asked.load();
    np.next_round();
    CHECK(np.sim.stats().documents_asked.load() == asked);
}

TEST_CASE("R13 a TTN Nova Poshta does not know (code 3) ends its tracking with the API's text") {
    NovaPoshtaHost np;
    const auto order = shipped_order(np);
    np.next_round();
    const auto waybill = np.waybill(order);
    CHECK(waybill.status_code == "3");
    CHECK(waybill.status == "Номер не знайдено");
    CHECK_FALSE(waybill.tracking_open);
}

TEST_CASE("R13 an unknown status code is kept with its text and the TTN stays tracked") {
    NovaPoshtaHost np;
    const auto order = shipped_order(np);
    sim::nova_poshta::DocumentChange change;
    change.number = k_ttn;
    change.status_code = "777";
    change.status = "Відправлення на митному оформленні";
    REQUIRE(np.sim.documents().put(change));
    np.next_round();
    const auto waybill = np.waybill(order);
    CHECK(waybill.status_code == "777");
    CHECK(waybill.status == "Відправлення на митному оформленні");
    CHECK(waybill.tracking_open);
}

TEST_CASE("R13 250 open waybills are asked for in 3 requests of at most 100 documents") {
    NovaPoshtaHost np;
    std::vector<host_api::OrderId> orders;
    for (int i = 0; i < 250; ++i) {
        const std::string ttn = std::to_string(20400048799000LL + i);
        orders.push_back(shipped_order(np, std::to_string(2000 + i), ttn));
        np.document(ttn, "6");
    }
    np.next_round();
    CHECK(np.sim.stats().requests.load() == 3);
    CHECK(np.sim.stats().largest_request.load() == 100);
    CHECK(np.sim.stats().documents_asked.load() == 250);
    CHECK(np.sim.stats().refused.load() == 0);
    for (const auto order : {orders.front(), orders[100], orders.back()}) CHECK(np.waybill(order).status_code == "6");
}

TEST_CASE("R13 two orders sharing one TTN are asked for once and both move") {
    NovaPoshtaHost np;
    const auto first = shipped_order(np, "1001");
    const auto second = shipped_order(np, "1002");
    np.document(k_ttn, "7");
    np.next_round();
    CHECK(np.sim.stats().documents_asked.load() == 1);
    CHECK(np.waybill(first).status_code == "7");
    CHECK(np.waybill(second).status_code == "7");
}

TEST_CASE("R13 a wrong API key is logged with the API's reason, never the key, and retried next round") {
    NovaPoshtaHost np;
    const auto order = shipped_order(np);
    np.document(k_ttn, "7");
    auto wrong = np.settings(true);
    wrong.api_key = "wrong-key-0042";
    np.save(wrong);
    np.next_round();
    CHECK(np.waybill(order).status_code.empty());
    CHECK(np.waybill(order).tracking_open);
    CHECK(np.host.logged("API auth fail (error code 20000200068)"));
    CHECK(np.host.logged("asked again next round"));
    for (const auto& line : np.host.log_lines()) CHECK(line.find("wrong-key-0042") == std::string::npos);

    np.save(np.settings(true));
    np.next_round();
    CHECK(np.waybill(order).status_code == "7");
}

TEST_CASE("R13 server errors and dropped connections are logged and retried next round") {
    NovaPoshtaHost np;
    const auto order = shipped_order(np);
    np.document(k_ttn, "7");

    np.sim.faults().configure({1.0, {sim::nova_poshta::Fault::server_error}, 1});
    np.next_round();
    CHECK(np.waybill(order).status_code.empty());
    CHECK(np.host.logged("Nova Poshta answered HTTP 500"));

    np.sim.faults().configure({1.0, {sim::nova_poshta::Fault::drop}, 1});
    np.next_round();
    CHECK(np.waybill(order).status_code.empty());
    CHECK(np.sim.stats().faults.load() == 2);

    np.sim.faults().configure({0, {}, 1});
    np.next_round();
    CHECK(np.waybill(order).status_code == "7");
}

TEST_CASE("R13 Nova Poshta out of reach is a logged failure, not an error of track()") {
    NovaPoshtaHost np;
    const auto order = shipped_order(np);
    np.sim.stop();
    np.next_round();  // REQUIREs track() ok
    CHECK(np.waybill(order).tracking_open);
    CHECK(np.host.logged("not checked, asked again next round"));
}

TEST_CASE("R14 with the integration disabled tracking asks nothing and changes nothing") {
    NovaPoshtaHost np(false, {{"9", "Completed"}});
    const auto order = shipped_order(np);
    np.document(k_ttn, "9");
    np.next_round();
    CHECK(requests(np) == 0);
    CHECK(np.waybill(order).status_code.empty());
    CHECK(np.host.status_name(order) == "New");
}

TEST_CASE("R13 waybills written while the integration was off are tracked once it is on, with the sender") {
    NovaPoshtaHost np(false);
    const auto order = shipped_order(np);
    CHECK_FALSE(np.waybill(order).tracking_open);
    np.document(k_ttn, "5");
    np.save(np.settings(true));
    np.next_round();
    const auto waybill = np.waybill(order);
    CHECK(waybill.status_code == "5");
    CHECK(waybill.tracking_open);
    CHECK(waybill.sender_name == "ФОП Петренко Іван");
}

TEST_CASE("R16 a waybill withdrawn from Nova Poshta is not tracked any more") {
    NovaPoshtaHost np;
    const auto order = shipped_order(np);
    REQUIRE(np.adapter.withdraw(np.host.target(order), adapter_test::nova_poshta(k_ttn)));
    np.document(k_ttn, "7");
    np.next_round();
    CHECK(requests(np) == 0);
    CHECK(np.waybill(order).status == "Deleted");
}

TEST_CASE("R13 the recipient's phone goes with the TTN, so Nova Poshta gives the full record") {
    NovaPoshtaHost np;
    shipped_order(np);  // recipient phone +380671234567
    np.document(k_ttn, "7", "380671234567");
    np.next_round();
    // The adapter logs the API's warnings at debug level: a matching phone gives none.
    CHECK_FALSE(np.host.logged("Please enter a valid phone number"));

    np.document(k_ttn, "7", "380990000000");
    np.next_round();
    CHECK(np.host.logged("ID_20400048799000: Please enter a valid phone number"));
}
