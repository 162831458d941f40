#pragma once
// host_api::HostSettings read from the store at each call, so `settings set` in another
// process reaches a running host's libraries without a restart.
#include <string>

#include "host/store/host_settings.hpp"
#include "host_api/host_settings.hpp"

namespace host::runtime {

class RuntimeHostSettings final : public host_api::HostSettings {
public:
    // listen_url: the public URL when none was set (the host's own listen address).
    RuntimeHostSettings(store::HostSettings& stored, std::string listen_url)
        : stored_(stored), listen_url_(std::move(listen_url)) {}

    std::string currency() override;
    std::string public_url() override;

private:
    store::HostSettings& stored_;
    const std::string listen_url_;
};

}  // namespace host::runtime
