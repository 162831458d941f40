#include "host/store/transaction_scope.hpp"

#include <stdexcept>

namespace host::store {

TransactionScope::TransactionScope(Database& db) : db_(db), level_(db.begin_level()) {}

TransactionScope::~TransactionScope() {
    if (open_) db_.rollback_level(level_);
}

void TransactionScope::commit() {
    if (!open_) throw std::logic_error("unit of work already committed");
    db_.commit_level(level_);
    open_ = false;
}

}  // namespace host::store
