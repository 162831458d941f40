#pragma once
// host_api::Transactions over the host database. A unit holds the connection's mutex from
// begin() until it ends, so the owning thread's service calls join it and other threads
// wait; the outermost unit is BEGIN IMMEDIATE ... COMMIT, a nested one a savepoint.
// A unit must end on the thread that began it (it owns a recursive mutex).
#include <memory>

#include "host/store/database.hpp"
#include "host_api/transactions.hpp"

namespace host::store {

class SqliteTransactions final : public host_api::Transactions {
public:
    explicit SqliteTransactions(Database& db) : db_(db) {}

    host_api::Result<std::unique_ptr<host_api::UnitOfWork>> begin() override;

private:
    Database& db_;
};

}  // namespace host::store
