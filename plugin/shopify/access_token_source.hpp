#pragma once
// Where a shop's Admin API access token comes from: the custom app's static token, or the
// client credentials grant (client id + client secret), whose tokens live about 24 hours
// and are fetched again before they expire, or at once after Shopify refused one.
// Thread-safe; the token never reaches a log.
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

#include <spdlog/logger.h>

#include "host_api/http.hpp"
#include "host_api/result.hpp"
#include "plugin/shopify/store_settings.hpp"

namespace shopify {

class AccessTokenSource {
public:
    using Clock = std::chrono::steady_clock;

    AccessTokenSource(StoreSettings settings, host_api::OutboundHttp& http, std::shared_ptr<spdlog::logger> logger);

    // The token to send now, granted first when there is none or it is about to expire.
    host_api::Result<std::string> token();
    // Shopify answered 401 to `token`: the next token() asks for a new one. False when
    // the token is the static one, which a new request cannot change.
    bool refused(const std::string& token);
    bool uses_grant() const { return !settings_.client_id.empty(); }
    std::uint64_t grants() const;  // tokens granted so far

private:
    host_api::Result<void> grant();  // called with mutex_ held
    bool fresh(Clock::time_point now) const;

    StoreSettings settings_;
    host_api::OutboundHttp& http_;
    std::shared_ptr<spdlog::logger> logger_;
    mutable std::mutex mutex_;
    std::string granted_;
    Clock::time_point granted_at_{};
    std::chrono::seconds lifetime_{0};
    std::uint64_t grants_ = 0;
};

}  // namespace shopify
