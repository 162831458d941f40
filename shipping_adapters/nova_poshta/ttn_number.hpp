#pragma once
// Nova Poshta express waybill numbers (TTN, "ЕН"): which text is one, which can be tracked.
#include <string>
#include <string_view>

#include "host_api/delivery.hpp"

namespace adapters::nova_poshta {

// Spaces and dashes dropped when the rest is digits ("20 4000 4879 9000"); other text is
// only trimmed, so a TTN the shop typed oddly is kept as typed.
std::string clean_ttn(std::string_view text);

// 14 digits starting 20 or 59: how a Shopify fulfillment's tracking number shows it is
// a Nova Poshta TTN rather than another carrier's code.
bool looks_like_ttn(std::string_view number);

// Digits only, 10 to 14 of them: what the tracking API accepts as a document number;
// anything else would fail the whole batch ("Document number is not correct").
bool is_trackable_ttn(std::string_view number);

// The delivery's TTN: the one the shop named (np_ttn), else the first tracking number of
// a fulfillment that looks like one; empty while none is known.
std::string ttn_of(const host_api::Delivery& delivery);

}  // namespace adapters::nova_poshta
