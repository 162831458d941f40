#include "tests/bench/bulk_import_floor.hpp"

#include <sqlite3.h>

#include <chrono>
#include <ctime>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

#include <rapidjson/document.h>

#include "host/store/database.hpp"
#include "host/store/host_store.hpp"

namespace bench {
namespace {

constexpr std::size_t k_orders_per_transaction = 1000;

class Statement {
public:
    Statement(sqlite3* db, const char* sql) {
        if (sqlite3_prepare_v2(db, sql, -1, &statement_, nullptr) != SQLITE_OK)
            throw std::runtime_error(std::string("floor: ") + sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(statement_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& text(int index, std::string_view value) {
        // An empty view may have no data pointer, which SQLite would bind as NULL.
        sqlite3_bind_text(statement_, index, value.empty() ? "" : value.data(), static_cast<int>(value.size()),
                          SQLITE_TRANSIENT);
        return *this;
    }
    Statement& number(int index, std::int64_t value) {
        sqlite3_bind_int64(statement_, index, value);
        return *this;
    }
    std::int64_t run(sqlite3* db) {
        if (sqlite3_step(statement_) != SQLITE_DONE)
            throw std::runtime_error(std::string("floor: ") + sqlite3_errmsg(db));
        sqlite3_reset(statement_);
        return sqlite3_last_insert_rowid(db);
    }

private:
    sqlite3_stmt* statement_ = nullptr;
};

std::string_view text_of(const rapidjson::Value& object, const char* name) {
    if (!object.IsObject()) return {};
    const auto found = object.FindMember(name);
    if (found == object.MemberEnd() || !found->value.IsString()) return {};
    return {found->value.GetString(), found->value.GetStringLength()};
}

std::int64_t whole_of(const rapidjson::Value& object, const char* name) {
    if (!object.IsObject()) return 0;
    const auto found = object.FindMember(name);
    return found != object.MemberEnd() && found->value.IsInt64() ? found->value.GetInt64() : 0;
}

double thread_cpu_seconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

void execute(sqlite3* db, const char* sql) {
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("floor: ") + sqlite3_errmsg(db));
}

struct Inserts {
    explicit Inserts(sqlite3* db)
        : contact(db, "INSERT INTO contacts(first_name, last_name, phone, email, address) VALUES (?, ?, ?, ?, '')"),
          order(db,
                "INSERT INTO orders(number, order_type_id, status_id, client_id, origin_store, external_id, "
                "external_url, created_external, last_synced, total_minor, currency, created_at) "
                "VALUES (?, 1, 1, ?, 'Bench', ?, ?, 0, 0, 73500, 'UAH', 0)"),
          item(db,
               "INSERT INTO order_items(order_id, product_id, name, article, code, quantity, price_minor, currency) "
               "VALUES (?, NULL, ?, ?, ?, ?, 24500, 'UAH')"),
          log(db,
              "INSERT INTO import_log(store, external_id, state, reason, attempts, updated_at) "
              "VALUES ('Bench', ?, 'imported', '', 1, 0)"),
          state(db, "INSERT INTO plugin_state(owner, key, value) VALUES ('shopify', ?, ?)"),
          comment(db, "INSERT INTO feed_comments(order_id, author, text, created_at) VALUES (?, 'Delivery', ?, 0)") {}

    Statement contact, order, item, log, state, comment;
};

}  // namespace

FloorFigures measure_bulk_import_floor(const std::string& jsonl, const std::filesystem::path& folder) {
    // The host's schema, made by the host's own migrations.
    { host::store::HostStore schema(folder); }
    sqlite3* db = nullptr;
    const auto file = (folder / host::store::Database::k_file_name).string();
    if (sqlite3_open(file.c_str(), &db) != SQLITE_OK) throw std::runtime_error("floor: cannot open " + file);
    FloorFigures figures;
    {
        execute(db, "PRAGMA journal_mode=WAL");
        execute(db, "PRAGMA foreign_keys=ON");
        Inserts inserts(db);
        std::unordered_map<std::string, std::int64_t> clients;  // by phone
        std::unordered_map<std::string, std::int64_t> orders;   // by gid
        const auto start = std::chrono::steady_clock::now();
        const auto cpu_start = thread_cpu_seconds();
        execute(db, "BEGIN");
        std::size_t in_transaction = 0;
        // Every line's tree in one reused block, as the host builds its orders' trees: a
        // tree of its own would take a 64 KiB block from the heap per line.
        std::vector<char> tree_memory(64 * 1024);
        for (std::size_t from = 0; from < jsonl.size();) {
            auto end = jsonl.find('\n', from);
            if (end == std::string::npos) end = jsonl.size();
            rapidjson::MemoryPoolAllocator<> pool(tree_memory.data(), tree_memory.size());
            rapidjson::Document line(&pool);
            line.Parse(jsonl.data() + from, end - from);
            from = end + 1;
            if (line.HasParseError() || !line.IsObject()) continue;
            const auto parent = text_of(line, "__parentId");
            if (!parent.empty()) {
                const auto order = orders.find(std::string(parent));
                if (order == orders.end()) continue;
                inserts.item.number(1, order->second)
                    .text(2, text_of(line, "name"))
                    .text(3, text_of(line, "sku"))
                    .text(4, text_of(line, "sku"))
                    .number(5, whole_of(line, "currentQuantity"))
                    .run(db);
                continue;
            }
            if (in_transaction == k_orders_per_transaction) {
                execute(db, "COMMIT");
                execute(db, "BEGIN");
                in_transaction = 0;
            }
            const auto& customer = line.HasMember("customer") ? line["customer"] : line;
            const std::string phone(text_of(customer, "phone"));
            auto client = clients.find(phone);
            if (client == clients.end()) {
                const auto id = inserts.contact.text(1, text_of(customer, "firstName"))
                                    .text(2, text_of(customer, "lastName"))
                                    .text(3, phone)
                                    .text(4, text_of(customer, "email"))
                                    .run(db);
                client = clients.emplace(phone, id).first;
            }
            const std::string gid(text_of(line, "id"));
            const auto id = inserts.order.text(1, text_of(line, "name"))
                                .number(2, client->second)
                                .text(3, gid)
                                .text(4, "https://bench/admin/orders/" + gid)
                                .run(db);
            orders.emplace(gid, id);
            inserts.log.text(1, gid).run(db);
            // The rows the plugin keeps per order: when it was imported (its lines' items go
            // in the same row), its client and its delivery; and the delivery's feed comment.
            inserts.state.text(1, "order/1/" + gid).text(2, std::string(text_of(line, "updatedAt"))).run(db);
            inserts.state.text(1, "customer/1/" + gid).text(2, std::to_string(client->second)).run(db);
            const auto& address = line.HasMember("shippingAddress") ? line["shippingAddress"] : line;
            inserts.state.text(1, "delivery/1/" + gid).text(2, std::string(text_of(address, "city"))).run(db);
            inserts.comment.number(1, id).text(2, "Delivery: " + std::string(text_of(address, "city"))).run(db);
            ++figures.orders;
            ++in_transaction;
        }
        execute(db, "COMMIT");
        figures.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        figures.cpu_seconds = thread_cpu_seconds() - cpu_start;
    }
    sqlite3_close(db);
    return figures;
}

}  // namespace bench
