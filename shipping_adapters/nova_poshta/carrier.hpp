#pragma once
// The names the Nova Poshta adapter writes under.
namespace adapters::nova_poshta {

// Waybill.carrier of every TTN record this adapter keeps; open_waybills() is asked by it.
inline constexpr const char* k_carrier = "Nova Poshta";
// The author of the feed comments that explain an order status change (R13).
inline constexpr const char* k_feed_author = "Nova Poshta";

}  // namespace adapters::nova_poshta
