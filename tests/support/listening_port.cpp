#include "tests/support/listening_port.hpp"

#include <regex>
#include <string>
#include <thread>

namespace test_support {

std::uint16_t listening_port(const ChildProcess& child, std::chrono::seconds limit) {
    static const std::regex line(R"(listening on (?:https?://)?127\.0\.0\.1:(\d+))");
    const auto give_up = std::chrono::steady_clock::now() + limit;
    do {
        const auto output = child.out() + child.err();
        if (std::smatch found; std::regex_search(output, found, line)) {
            const auto port = std::stoul(found[1].str());
            if (port > 0 && port <= 65535) return static_cast<std::uint16_t>(port);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    } while (std::chrono::steady_clock::now() < give_up);
    return 0;
}

}  // namespace test_support
