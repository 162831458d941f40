#pragma once
// Phone numbers in E.164, so that one person's number written three ways is one contact
// (R26): "067 123 45 67", "+380671234567" and "380671234567" all become "+380671234567".
#include <optional>
#include <string>
#include <string_view>

// Inside shopify:: because a global "sync" would clash with POSIX sync(2).
namespace shopify::sync {

inline constexpr const char* k_default_phone_region = "UA";

// region: the ISO 3166 country to read a national number in (the address's country when
// known). nullopt when the text is no valid number there.
std::optional<std::string> normalize_phone(std::string_view text, std::string_view region = k_default_phone_region);

}  // namespace shopify::sync
