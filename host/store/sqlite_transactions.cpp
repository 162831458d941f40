#include "host/store/sqlite_transactions.hpp"

#include <mutex>

#include "host/store/transaction_scope.hpp"

namespace host::store {

namespace {

class SqliteUnitOfWork final : public host_api::UnitOfWork {
public:
    explicit SqliteUnitOfWork(Database& db) : lock_(db.mutex()), scope_(db) {}

    host_api::Result<void> commit() override {
        try {
            scope_.commit();
            return host_api::success();
        } catch (...) {
            return exception_to_error("commit unit of work", std::current_exception());
        }
    }

private:
    // Declared before scope_: the lock is taken first and released last, after the
    // scope's rollback has run.
    std::unique_lock<std::recursive_mutex> lock_;
    TransactionScope scope_;
};

}  // namespace

host_api::Result<std::unique_ptr<host_api::UnitOfWork>> SqliteTransactions::begin() {
    try {
        return std::unique_ptr<host_api::UnitOfWork>(std::make_unique<SqliteUnitOfWork>(db_));
    } catch (...) {
        return exception_to_error("begin unit of work", std::current_exception());
    }
}

}  // namespace host::store
