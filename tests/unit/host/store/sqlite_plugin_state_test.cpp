#include <catch2/catch.hpp>

#include <sqlite3.h>

#include "host/store/database.hpp"
#include "tests/unit/host/store/store_fixture.hpp"

using store_test::require_ok;
using store_test::value_of;

using Entries = std::vector<std::pair<std::string, std::string>>;

TEST_CASE("plugin state puts, replaces, reads and erases a key", "[plugin_state]") {
    store_test::StoreFixture f;
    auto state = f.store.plugin_state("shopify");
    CHECK_FALSE(value_of(state->get("cursor")).has_value());
    require_ok(state->put("cursor", "2024-03-01T10:00:00Z"));
    require_ok(state->put("cursor", "2024-03-02T10:00:00Z"));
    CHECK(value_of(state->get("cursor")) == std::optional<std::string>("2024-03-02T10:00:00Z"));
    require_ok(state->erase("cursor"));
    CHECK_FALSE(value_of(state->get("cursor")).has_value());
    require_ok(state->erase("never-there"));
}

namespace {

// Counts the row writes to plugin_state with triggers made by a connection of the test's
// own, which the store's connection runs as part of its schema.
struct PluginStateWrites {
    explicit PluginStateWrites(const std::filesystem::path& folder) {
        const auto file = (folder / host::store::Database::k_file_name).string();
        REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
        exec(
            "CREATE TABLE state_writes (kind TEXT NOT NULL);"
            "CREATE TRIGGER count_inserts AFTER INSERT ON plugin_state "
            "BEGIN INSERT INTO state_writes VALUES ('insert'); END;"
            "CREATE TRIGGER count_updates AFTER UPDATE ON plugin_state "
            "BEGIN INSERT INTO state_writes VALUES ('update'); END;");
    }
    ~PluginStateWrites() { sqlite3_close(db); }

    void exec(const char* sql) { REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK); }

    int count() {
        sqlite3_stmt* statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, "SELECT count(*) FROM state_writes", -1, &statement, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
        const int writes = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
        return writes;
    }

    sqlite3* db = nullptr;
};

}  // namespace

// R8: an import writes a returning client's memory again on every order; as it stands, the
// row is left alone (REPLACE deleted and inserted it each time).
TEST_CASE("R8 a value put again as it is writes no row, a changed one is written", "[plugin_state]") {
    store_test::StoreFixture f;
    auto state = f.store.plugin_state("shopify");
    PluginStateWrites writes(f.dir.path());
    require_ok(state->put("customer/1/207119551", "12"));
    CHECK(writes.count() == 1);
    require_ok(state->put("customer/1/207119551", "12"));
    CHECK(writes.count() == 1);
    require_ok(state->put("customer/1/207119551", "13"));
    CHECK(writes.count() == 2);
    CHECK(value_of(state->get("customer/1/207119551")) == std::optional<std::string>("13"));
}

TEST_CASE("plugin state of one owner is invisible to another", "[plugin_state]") {
    store_test::StoreFixture f;
    auto shopify = f.store.plugin_state("shopify");
    auto nova_poshta = f.store.plugin_state("nova_poshta");
    require_ok(shopify->put("last", "shopify value"));
    require_ok(nova_poshta->put("last", "adapter value"));
    CHECK(value_of(shopify->get("last")) == std::optional<std::string>("shopify value"));
    CHECK(value_of(nova_poshta->get("last")) == std::optional<std::string>("adapter value"));

    require_ok(nova_poshta->erase("last"));
    CHECK(value_of(shopify->get("last")).has_value());
    CHECK(value_of(nova_poshta->entries("")).empty());
    CHECK(value_of(shopify->entries("")) == Entries{{"last", "shopify value"}});
}

TEST_CASE("entries lists the keys with a prefix in key order, wildcards taken literally", "[plugin_state]") {
    store_test::StoreFixture f;
    auto state = f.store.plugin_state("shopify");
    for (const char* key : {"inbox/2", "inbox/10", "inbox_x", "inboy", "inbox/1", "in%", "a"})
        require_ok(state->put(key, std::string("v:") + key));
    CHECK(value_of(state->entries("inbox/")) ==
          Entries{{"inbox/1", "v:inbox/1"}, {"inbox/10", "v:inbox/10"}, {"inbox/2", "v:inbox/2"}});
    CHECK(value_of(state->entries("in%")) == Entries{{"in%", "v:in%"}});
    CHECK(value_of(state->entries("zzz")).empty());
    CHECK(value_of(state->entries("")).size() == 7);
}

TEST_CASE("entries with a limit gives the first keys of the prefix only", "[plugin_state]") {
    store_test::StoreFixture f;
    auto state = f.store.plugin_state("shopify");
    for (const char* key : {"inbox/3", "inbox/1", "inbox/2", "inboy", "a"})
        require_ok(state->put(key, std::string("v:") + key));
    CHECK(value_of(state->entries("inbox/", 2)) == Entries{{"inbox/1", "v:inbox/1"}, {"inbox/2", "v:inbox/2"}});
    CHECK(value_of(state->entries("inbox/", 3)).size() == 3);
    CHECK(value_of(state->entries("inbox/", 10)).size() == 3);  // "inboy" is not one of them
    CHECK(value_of(state->entries("inbox/", 0)).empty());
}

TEST_CASE("plugin state keeps any bytes and survives reopening the store", "[plugin_state]") {
    test_support::TempDir dir;
    const std::string value = std::string("{\"a\":\"Київ\"}\0tail", 18);
    {
        host::store::HostStore store(dir.path());
        require_ok(store.plugin_state("shopify")->put("k", value));
    }
    host::store::HostStore reopened(dir.path());
    CHECK(value_of(reopened.plugin_state("shopify")->get("k")) == std::optional<std::string>(value));
}
