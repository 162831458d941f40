#pragma once
// One transaction level held for a scope: BEGIN IMMEDIATE when it is the outermost,
// a savepoint inside another. Destroyed without commit() it rolls its level back.
// The caller holds the database's mutex for the scope's whole life.
#include "host/store/database.hpp"

namespace host::store {

class TransactionScope {
public:
    explicit TransactionScope(Database& db);  // throws SqliteError (e.g. busy after the timeout)
    ~TransactionScope();
    TransactionScope(const TransactionScope&) = delete;
    TransactionScope& operator=(const TransactionScope&) = delete;

    void commit();  // throws SqliteError; the level stays open (and rolls back) on failure

private:
    Database& db_;
    int level_;
    bool open_ = true;
};

}  // namespace host::store
