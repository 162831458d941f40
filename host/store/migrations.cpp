#include "host/store/migrations.hpp"

#include <iterator>
#include <stdexcept>
#include <string>

#include "host/store/database.hpp"
#include "host/store/transaction_scope.hpp"
#include "host_api/employees.hpp"
#include "host_api/time.hpp"

namespace host::store {

namespace {

// Money: minor units INTEGER + currency TEXT. Times: INTEGER unix seconds (UTC).
constexpr const char* k_schema_1 = R"sql(
CREATE TABLE host_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
CREATE TABLE order_types (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE order_statuses (
    id INTEGER PRIMARY KEY,
    order_type_id INTEGER NOT NULL REFERENCES order_types(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (order_type_id, position)
);
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    address TEXT NOT NULL
);
CREATE INDEX contacts_by_phone ON contacts(phone);
CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    article TEXT NOT NULL,
    code TEXT NOT NULL,
    description TEXT NOT NULL,
    unit TEXT NOT NULL,
    category_id INTEGER REFERENCES categories(id)
);
CREATE INDEX products_by_name ON products(name);
CREATE INDEX products_by_article ON products(article);
CREATE INDEX products_by_code ON products(code);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL,
    order_type_id INTEGER NOT NULL REFERENCES order_types(id),
    status_id INTEGER NOT NULL REFERENCES order_statuses(id),
    client_id INTEGER REFERENCES contacts(id),
    origin_store TEXT,
    external_id TEXT,
    external_url TEXT,
    created_external INTEGER,
    last_synced INTEGER,
    total_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    CHECK ((origin_store IS NULL) = (external_id IS NULL))
);
-- The same platform order never becomes two host orders (R11).
CREATE UNIQUE INDEX orders_by_origin ON orders(origin_store, external_id) WHERE origin_store IS NOT NULL;
CREATE TABLE order_items (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    product_id INTEGER REFERENCES products(id),
    name TEXT NOT NULL,
    article TEXT NOT NULL,
    code TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    price_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    written_off INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX order_items_by_order ON order_items(order_id);
CREATE TABLE feed_comments (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX feed_comments_by_order ON feed_comments(order_id);
CREATE TABLE waybills (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    number TEXT NOT NULL,
    carrier TEXT NOT NULL,
    status TEXT NOT NULL,
    status_code TEXT NOT NULL,
    recipient_name TEXT NOT NULL,
    recipient_phone TEXT NOT NULL,
    city TEXT NOT NULL,
    branch TEXT NOT NULL,
    sender_name TEXT NOT NULL,
    sender_phone TEXT NOT NULL,
    sender_city TEXT NOT NULL,
    sender_branch TEXT NOT NULL,
    cost_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    tracking_open INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX waybills_by_order ON waybills(order_id);
CREATE INDEX waybills_open ON waybills(carrier, tracking_open);
CREATE TABLE waybill_status_history (
    id INTEGER PRIMARY KEY,
    waybill_id INTEGER NOT NULL REFERENCES waybills(id) ON DELETE CASCADE,
    status_code TEXT NOT NULL,
    status TEXT NOT NULL,
    changed_at INTEGER NOT NULL
);
CREATE INDEX waybill_status_history_by_waybill ON waybill_status_history(waybill_id);
CREATE TABLE nova_poshta_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    enabled INTEGER NOT NULL,
    api_key TEXT NOT NULL,
    sender_name TEXT NOT NULL,
    sender_phone TEXT NOT NULL,
    sender_city TEXT NOT NULL,
    sender_branch TEXT NOT NULL,
    tracking_interval_seconds INTEGER NOT NULL
);
CREATE TABLE nova_poshta_status_rules (
    position INTEGER PRIMARY KEY,
    status_code TEXT NOT NULL,
    order_status TEXT NOT NULL
);
CREATE TABLE employees (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);
CREATE TABLE employee_rights (
    employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    right_name TEXT NOT NULL,
    PRIMARY KEY (employee_id, right_name)
);
CREATE TABLE import_log (
    store TEXT NOT NULL,
    external_id TEXT NOT NULL,
    state TEXT NOT NULL,
    reason TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (store, external_id)
);
CREATE INDEX import_log_by_state ON import_log(state, updated_at);
CREATE TABLE plugin_state (
    owner TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (owner, key)
) WITHOUT ROWID;
CREATE TABLE store_connections (
    id INTEGER PRIMARY KEY,
    plugin_id TEXT NOT NULL,
    settings_json TEXT NOT NULL,
    connected INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX store_connections_by_plugin ON store_connections(plugin_id);
CREATE TABLE adapter_overrides (
    adapter_id TEXT PRIMARY KEY,
    library_path TEXT NOT NULL,
    requested_at INTEGER NOT NULL
);

INSERT INTO host_settings (key, value) VALUES ('currency', 'UAH');
INSERT INTO counters (name, value) VALUES ('order_number', 0);
INSERT INTO order_types (id, name) VALUES (1, 'Online order');
INSERT INTO order_statuses (order_type_id, position, name) VALUES
    (1, 0, 'New'), (1, 1, 'In progress'), (1, 2, 'Shipped'), (1, 3, 'Completed'), (1, 4, 'Cancelled');
INSERT INTO employees (login, name) VALUES ('owner', 'Owner'), ('manager', 'Manager'), ('cashier', 'Cashier');
-- The host's own Nova Poshta integration starts disabled (R14).
INSERT INTO nova_poshta_settings VALUES (1, 0, '', '', '', '', '', 300);
)sql";

void grant(Database& db, const char* login, const char* right) {
    db.prepare("INSERT INTO employee_rights (employee_id, right_name) SELECT id, ?2 FROM employees WHERE login = ?1")
        .bind_text(1, login)
        .bind_text(2, right)
        .run();
}

void migration_1(Database& db) {
    db.execute(k_schema_1);
    grant(db, "owner", host_api::k_right_add_without_write_off);
    grant(db, "owner", "manage_settings");
    grant(db, "manager", host_api::k_right_add_without_write_off);
}

// The Nova Poshta API address and its CA file, for a local server in tests and the demo.
void migration_2(Database& db) {
    db.execute(
        "ALTER TABLE nova_poshta_settings ADD COLUMN api_url TEXT NOT NULL DEFAULT '';"
        "ALTER TABLE nova_poshta_settings ADD COLUMN ca_file TEXT NOT NULL DEFAULT '';");
}

// What plugins report about each store connection for people to see.
void migration_3(Database& db) {
    db.execute(
        "CREATE TABLE connection_notices ("
        "  connection_id INTEGER NOT NULL REFERENCES store_connections(id) ON DELETE CASCADE,"
        "  topic TEXT NOT NULL,"
        "  text TEXT NOT NULL,"
        "  updated_at INTEGER NOT NULL,"
        "  PRIMARY KEY (connection_id, topic)"
        ") WITHOUT ROWID;");
}

// Employees sign in to the host's pages with a password (only its salted hash is kept);
// a notice may carry progress (the initial import's bar).
void migration_4(Database& db) {
    db.execute(
        "ALTER TABLE employees ADD COLUMN password_hash TEXT NOT NULL DEFAULT '';"
        "ALTER TABLE connection_notices ADD COLUMN progress_done INTEGER;"
        "ALTER TABLE connection_notices ADD COLUMN progress_total INTEGER;");
}

struct Migration {
    int version;
    const char* name;
    void (*apply)(Database&);
};

constexpr Migration k_migrations[] = {
    {1, "tables and defaults", migration_1},
    {2, "Nova Poshta API address", migration_2},
    {3, "connection notices", migration_3},
    {4, "employee passwords, notice progress", migration_4},
};

bool applied(Database& db, int version) {
    auto statement = db.prepare("SELECT 1 FROM schema_migrations WHERE version = ?1");
    statement.bind_int64(1, version);
    return statement.step();
}

void refuse_newer_schema(Database& db) {
    auto statement = db.prepare("SELECT MAX(version) FROM schema_migrations");
    statement.step();
    const auto newest = statement.column_int64(0);
    if (newest > latest_migration())
        throw std::runtime_error("database '" + db.file().string() + "' has schema version " + std::to_string(newest) +
                                 ", newer than this host knows (" + std::to_string(latest_migration()) + ")");
}

void apply_once(Database& db, const Migration& migration) {
    TransactionScope scope(db);
    if (applied(db, migration.version)) return;
    migration.apply(db);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, ?3)")
        .bind_int64(1, migration.version)
        .bind_text(2, migration.name)
        .bind_time(3, host_api::now())
        .run();
    scope.commit();
}

}  // namespace

int latest_migration() { return k_migrations[std::size(k_migrations) - 1].version; }

void apply_migrations(Database& db) {
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)");
    refuse_newer_schema(db);
    for (const auto& migration : k_migrations) apply_once(db, migration);
}

std::vector<int> applied_migrations(Database& db) {
    std::vector<int> versions;
    auto statement = db.prepare("SELECT version FROM schema_migrations ORDER BY version");
    while (statement.step()) versions.push_back(static_cast<int>(statement.column_int64(0)));
    return versions;
}

}  // namespace host::store
