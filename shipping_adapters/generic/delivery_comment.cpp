#include "shipping_adapters/generic/delivery_comment.hpp"

#include <string_view>

namespace adapters::generic {
namespace {

// Builds one comment in place: every import writes one, so its parts are appended to the
// one string rather than joined from copies.
class CommentText {
public:
    // Starts a part ("Recipient: ") if the part has no field yet, then adds the field.
    void field(std::string_view label, std::string_view value) {
        if (value.empty()) return;
        if (!in_part_) {
            if (!text_.empty()) text_ += ". ";
            text_ += label;
            in_part_ = true;
        } else {
            text_ += ", ";
        }
        text_ += value;
    }
    void end_part() { in_part_ = false; }
    std::string take() { return std::move(text_); }

private:
    std::string text_;
    bool in_part_ = false;
};

std::string_view carrier_name(const host_api::Delivery& delivery) {
    return delivery.carrier.empty() ? std::string_view("carrier not named") : std::string_view(delivery.carrier);
}

std::string cost_text(const host_api::Money& cost) {
    std::string amount = host_api::format_amount(cost);
    if (!cost.currency.empty()) amount.append(" ").append(cost.currency);
    return amount;
}

void add_tracking(CommentText& comment, const host_api::Delivery& delivery) {
    for (std::size_t i = 0; i < delivery.tracking_numbers.size(); ++i) {
        const auto& number = delivery.tracking_numbers[i];
        if (number.empty()) continue;
        const std::string company = i < delivery.tracking_companies.size() ? delivery.tracking_companies[i] : "";
        comment.field("Tracking: ", company.empty() ? number : number + " (" + company + ")");
    }
    comment.end_part();
}

}  // namespace

std::string delivery_comment(const host_api::Delivery& delivery, bool changed) {
    CommentText comment;
    comment.field(changed ? "Delivery changed: " : "Delivery: ", carrier_name(delivery));
    comment.field("", cost_text(delivery.cost));
    comment.end_part();
    const auto& to = delivery.recipient;
    for (const auto* part : {&to.name, &to.phone, &to.address, &to.city, &to.zip, &to.country})
        comment.field("Recipient: ", *part);
    comment.end_part();
    add_tracking(comment, delivery);
    return comment.take();
}

std::string withdrawal_comment(const host_api::Delivery& previous) {
    return "Delivery changed from " + std::string(carrier_name(previous)) +
           " to another carrier; the delivery comments above are kept for reference";
}

}  // namespace adapters::generic
