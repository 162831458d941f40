#pragma once
// A unit of work: one import is written all or nothing (DESIGN.md step 4).
#include <memory>

#include "host_api/result.hpp"

namespace host_api {

class UnitOfWork {
public:
    // Destroyed without commit(): everything written through host services on this thread
    // since begin() is rolled back. It must end on the thread that began it.
    virtual ~UnitOfWork() = default;
    virtual Result<void> commit() = 0;
};

class Transactions {
public:
    virtual ~Transactions() = default;

    // Every host service call made on this thread until the unit ends belongs to it;
    // other threads wait for it to end.
    virtual Result<std::unique_ptr<UnitOfWork>> begin() = 0;
};

}  // namespace host_api
