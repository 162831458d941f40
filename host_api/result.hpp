#pragma once
// Result<T>: a value or an Error. Every call across the plugin boundary returns one,
// because exceptions never cross a shared-library boundary (DESIGN.md, Boundaries).
#include <string>
#include <utility>
#include <variant>

namespace host_api {

struct Error {
    std::string message;
    // A transient error (network, busy database, throttling) is worth retrying as is;
    // a permanent one (bad payload, currency mismatch) needs a change first.
    bool transient = false;
};

inline Error permanent_error(std::string message) { return Error{std::move(message), false}; }
inline Error transient_error(std::string message) { return Error{std::move(message), true}; }

template <class T>
class [[nodiscard]] Result {
public:
    // A value is copied or moved into place once (taken by value, it was moved twice:
    // an order, or a page of them, is a few hundred strings).
    Result(const T& value) : state_(std::in_place_index<0>, value) {}
    Result(T&& value) : state_(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    T& value() & { return std::get<0>(state_); }
    const T& value() const& { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(state_); }

private:
    std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), ok_(false) {}

    bool ok() const noexcept { return ok_; }
    explicit operator bool() const noexcept { return ok_; }
    const Error& error() const { return error_; }

private:
    Error error_;
    bool ok_ = true;
};

inline Result<void> success() { return {}; }

}  // namespace host_api
