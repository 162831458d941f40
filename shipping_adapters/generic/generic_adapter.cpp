#include "shipping_adapters/generic/generic_adapter.hpp"

#include <algorithm>

#include "shipping_adapters/generic/delivery_comment.hpp"

namespace adapters::generic {

host_api::Result<void> GenericAdapter::on_start(host_api::HostContext& host) {
    host_ = &host;
    host.logger->info("generic adapter started");
    return host_api::success();
}

void GenericAdapter::on_stop() {
    if (host_ != nullptr) host_->logger->info("generic adapter stopped");
}

host_api::Result<void> GenericAdapter::on_apply(const host_api::DeliveryTarget& target,
                                                const host_api::Delivery& delivery,
                                                const std::optional<host_api::Delivery>& previous) {
    if (host_ == nullptr) return host_api::permanent_error("generic adapter not started");
    if (previous && *previous == delivery) return host_api::success();
    const std::string first = delivery_comment(delivery, false);
    const std::string changed = delivery_comment(delivery, true);
    return comment_once(target, previous ? changed : first, {first, changed});
}

host_api::Result<void> GenericAdapter::on_withdraw(const host_api::DeliveryTarget& target,
                                                   const host_api::Delivery& previous) {
    if (host_ == nullptr) return host_api::permanent_error("generic adapter not started");
    // Nothing to undo (R16): the earlier comments stay; one line says they are history.
    const std::string text = withdrawal_comment(previous);
    return comment_once(target, text, {text});
}

host_api::Result<void> GenericAdapter::comment_once(const host_api::DeliveryTarget& target, const std::string& text,
                                                    std::initializer_list<std::string> same) {
    auto comments = host_->feed.comments(target.order_id);
    if (!comments) return comments.error();
    const auto last = std::find_if(comments->rbegin(), comments->rend(),
                                   [](const host_api::FeedComment& c) { return c.author == k_comment_author; });
    if (last != comments->rend() && std::find(same.begin(), same.end(), last->text) != same.end())
        return host_api::success();
    auto added = host_->feed.add_comment(target.order_id, k_comment_author, text);
    if (!added) return added.error();
    // The comment on the order is the record; at info level an import of thousands of
    // orders would write a line for each.
    host_->logger->debug("order {} ({}): delivery comment added", target.order_number, target.store);
    return host_api::success();
}

}  // namespace adapters::generic
