// A shipping adapter that signs its work with its generation, so a test can tell which
// library answered a call: every apply adds one feed comment "generation N".
#include <string>

#include "host_api/export.hpp"

namespace {

class GenerationAdapter final : public host_api::ShippingAdapterBase {
protected:
    host_api::Result<void> on_start(host_api::HostContext& host) override {
        host_ = &host;
        return host_api::success();
    }
    host_api::Result<void> on_apply(const host_api::DeliveryTarget& target, const host_api::Delivery&,
                                    const std::optional<host_api::Delivery>&) override {
        auto added = host_->feed.add_comment(target.order_id, "test", "generation " + std::to_string(ADAPTER_GENERATION));
        if (!added) return added.error();
        return host_api::success();
    }
    host_api::Result<void> on_withdraw(const host_api::DeliveryTarget&, const host_api::Delivery&) override {
        return host_api::success();
    }

private:
    host_api::HostContext* host_ = nullptr;
};

}  // namespace

HOST_API_EXPORT_ADAPTER(GenerationAdapter)
