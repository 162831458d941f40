#pragma once
// The feed comments the generic adapter writes for a carrier without records of its own
// (R15, R16): what was chosen, what it costs, where it goes, in one readable line.
#include <string>

#include "host_api/delivery.hpp"

namespace adapters::generic {

inline constexpr const char* k_comment_author = "Delivery";

// "Delivery: Укрпошта, 70.00 UAH. Recipient: Олена Коваленко, +380671234567,
// вул. Січових Стрільців, 3, Львів, 79000, Ukraine"; a later change starts with
// "Delivery changed:" instead. Empty parts are left out.
std::string delivery_comment(const host_api::Delivery& delivery, bool changed);

// Written when the order's carrier moves to another adapter (R16): the comments above it
// stay, and this one says they no longer describe the delivery.
std::string withdrawal_comment(const host_api::Delivery& previous);

}  // namespace adapters::generic
