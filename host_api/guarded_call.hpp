#pragma once
// Turns an exception into an Error at the library's edge, so none crosses the boundary.
#include <exception>
#include <string>

#include "host_api/result.hpp"

namespace host_api {

template <class Call>
auto guarded_call(const char* what, Call&& call) noexcept -> decltype(call()) {
    try {
        return call();
    } catch (const std::exception& e) {
        return permanent_error(std::string(what) + " failed: " + e.what());
    } catch (...) {
        return permanent_error(std::string(what) + " failed: unknown exception");
    }
}

}  // namespace host_api
