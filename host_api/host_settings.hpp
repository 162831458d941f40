#pragma once
// The host's own settings a library reads when it needs them, never copies at start: a
// change made while the host runs (the currency, R3) applies to the next order.
#include <string>

namespace host_api {

class HostSettings {
public:
    virtual ~HostSettings() = default;

    virtual std::string currency() = 0;    // ISO 4217 (R3)
    virtual std::string public_url() = 0;  // where platforms reach the host, e.g. for webhooks
};

}  // namespace host_api
