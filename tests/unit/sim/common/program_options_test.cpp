#include <catch2/catch.hpp>

#include "tests/sim/common/program_options.hpp"

using sim::common::CommandFlags;
using sim::common::parse_listen_address;
using sim::common::read_program_options;

TEST_CASE("a listen address is HOST:PORT, and an IPv6 host keeps its brackets only for the listening line") {
    auto listen = parse_listen_address("127.0.0.1:8443");
    REQUIRE(listen);
    CHECK(listen->address == "127.0.0.1");
    CHECK(listen->host_as_given == "127.0.0.1");
    CHECK(listen->port == 8443);

    listen = parse_listen_address("[::1]:0");
    REQUIRE(listen);
    CHECK(listen->address == "::1");
    CHECK(listen->host_as_given == "[::1]");
    CHECK(listen->port == 0);

    for (const char* bad :
         {"nowhere", "127.0.0.1", ":8443", "127.0.0.1:", "127.0.0.1:65536", "127.0.0.1:84a3", "127.0.0.1:000008443"})
        CHECK_FALSE(parse_listen_address(bad));
}

TEST_CASE("the flags every sim takes are read, and every problem is kept for one message") {
    CommandFlags flags({"--listen", "nowhere", "--bogus", "x", "--ca-out", "ca.pem", "--log-level"},
                       {"--listen", "--api-key", "--ca-out", "--log-level"});
    flags.require({"--listen", "--api-key"});
    const auto program = read_program_options(flags, "127.0.0.1:8444");
    CHECK(program.ca_out == "ca.pem");
    CHECK(program.log_level == "info");
    CHECK(flags.given("--ca-out"));
    CHECK_FALSE(flags.given("--api-key"));
    CHECK(flags.problems() ==
          "unknown option --bogus\n"
          "unknown option x\n"  // an unknown flag's value is read as a flag
          "--log-level needs a value\n"
          "--api-key is required\n"
          "--listen: want HOST:PORT, e.g. 127.0.0.1:8444\n");
}

TEST_CASE("a command line without problems has none, and an empty required value is missing") {
    CommandFlags flags({"--listen", "localhost:0", "--api-key", ""}, {"--listen", "--api-key"});
    flags.require({"--listen"});
    const auto program = read_program_options(flags, "127.0.0.1:8444");
    CHECK(flags.problems().empty());
    CHECK(program.listen.address == "localhost");
    flags.require({"--api-key"});
    CHECK(flags.problems() == "--api-key is required\n");
}
