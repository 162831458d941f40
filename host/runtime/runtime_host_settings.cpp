#include "host/runtime/runtime_host_settings.hpp"

namespace host::runtime {

std::string RuntimeHostSettings::currency() {
    auto code = stored_.currency();
    // A store that cannot be read fails the import on its own; the default keeps the
    // comparison honest meanwhile (an order in another currency is still refused).
    return code ? *code : store::HostSettings::k_default_currency;
}

std::string RuntimeHostSettings::public_url() {
    auto url = stored_.public_url();
    return url && !url->empty() ? *url : listen_url_;
}

}  // namespace host::runtime
