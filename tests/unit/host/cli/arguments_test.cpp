#include <catch2/catch.hpp>

#include "host/cli/arguments.hpp"

TEST_CASE("options take the next word, an equals sign, or stand alone as a switch") {
    const auto arguments = host::cli::Arguments::parse(
        {"swap", "--name", "My shop", "--rule=9=Completed", "--rule", "102=Cancelled", "--once", "file.so"},
        {"once"});
    CHECK(arguments.positional() == std::vector<std::string>{"swap", "file.so"});
    CHECK(arguments.option("name") == "My shop");
    CHECK(arguments.options("rule") == std::vector<std::string>{"9=Completed", "102=Cancelled"});
    CHECK(arguments.option("once") == "true");
    CHECK_FALSE(arguments.option("missing"));
}

TEST_CASE("an option with nothing after it is a switch") {
    const auto arguments = host::cli::Arguments::parse({"--verbose"});
    CHECK(arguments.option("verbose") == "true");
    CHECK(arguments.positional().empty());
}
