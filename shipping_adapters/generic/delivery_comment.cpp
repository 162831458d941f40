#include "shipping_adapters/generic/delivery_comment.hpp"

#include <vector>

namespace adapters::generic {
namespace {

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
    std::string text;
    for (const auto& part : parts) {
        if (part.empty()) continue;
        if (!text.empty()) text += separator;
        text += part;
    }
    return text;
}

std::string carrier_name(const host_api::Delivery& delivery) {
    return delivery.carrier.empty() ? "carrier not named" : delivery.carrier;
}

std::string cost_text(const host_api::Money& cost) {
    const std::string amount = host_api::format_amount(cost);
    return cost.currency.empty() ? amount : amount + " " + cost.currency;
}

std::string tracking_text(const host_api::Delivery& delivery) {
    std::vector<std::string> numbers;
    for (std::size_t i = 0; i < delivery.tracking_numbers.size(); ++i) {
        const auto& number = delivery.tracking_numbers[i];
        if (number.empty()) continue;
        const std::string company = i < delivery.tracking_companies.size() ? delivery.tracking_companies[i] : "";
        numbers.push_back(company.empty() ? number : number + " (" + company + ")");
    }
    return numbers.empty() ? "" : "Tracking: " + joined(numbers, ", ");
}

}  // namespace

std::string delivery_comment(const host_api::Delivery& delivery, bool changed) {
    const auto& to = delivery.recipient;
    const std::string recipient = joined({to.name, to.phone, to.address, to.city, to.zip, to.country}, ", ");
    return joined({std::string(changed ? "Delivery changed: " : "Delivery: ") + carrier_name(delivery) + ", " +
                       cost_text(delivery.cost),
                   recipient.empty() ? "" : "Recipient: " + recipient, tracking_text(delivery)},
                  ". ");
}

std::string withdrawal_comment(const host_api::Delivery& previous) {
    return "Delivery changed from " + carrier_name(previous) +
           " to another carrier; the delivery comments above are kept for reference";
}

}  // namespace adapters::generic
