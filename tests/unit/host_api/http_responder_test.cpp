// The responder a deferred route answers through: one answer per request, whoever gives
// it, and a 503 for a request its handler dropped unanswered.
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "host_api/http.hpp"

namespace {

host_api::HttpResponse with_status(int status) { return host_api::HttpResponse{status, "text/plain", {}, ""}; }

}  // namespace

TEST_CASE("a responder hands on the first answer only, from whichever copy gives it", "[http][responder]") {
    std::vector<int> delivered;
    const host_api::HttpResponder responder(
        [&](host_api::HttpResponse response) { delivered.push_back(response.status); });
    const host_api::HttpResponder copy = responder;
    copy.answer(with_status(202));
    responder.answer(with_status(500));
    copy.answer(with_status(404));
    CHECK(delivered == std::vector<int>{202});
}

TEST_CASE("a responder dropped unanswered answers 503 once its last copy is gone", "[http][responder]") {
    std::optional<host_api::HttpResponse> delivered;
    {
        const host_api::HttpResponder responder([&](host_api::HttpResponse response) { delivered = response; });
        { const host_api::HttpResponder copy = responder; }
        CHECK_FALSE(delivered);
    }
    REQUIRE(delivered);
    CHECK(delivered->status == 503);
    CHECK(delivered->content_type == "application/json");
}

TEST_CASE("an answered responder holds nothing of the request, though a copy is kept", "[http][responder]") {
    // The delivery holds the host's side of the request (its connection, the owner's count).
    auto host_side = std::make_shared<int>(1);
    const std::weak_ptr<int> host_side_alive = host_side;
    int answers = 0;
    const host_api::HttpResponder responder(
        [held = std::move(host_side), &answers](host_api::HttpResponse) { ++answers; });
    const host_api::HttpResponder kept = responder;
    CHECK_FALSE(host_side_alive.expired());
    responder.answer(with_status(200));
    CHECK(host_side_alive.expired());
    CHECK(answers == 1);
}

TEST_CASE("copies answering at once from many threads deliver one answer", "[http][responder]") {
    for (int round = 0; round < 50; ++round) {
        std::atomic<int> answers{0};
        const host_api::HttpResponder responder([&](host_api::HttpResponse) { ++answers; });
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) threads.emplace_back([responder, t] { responder.answer(with_status(200 + t)); });
        for (auto& thread : threads) thread.join();
        CHECK(answers == 1);
    }
}
