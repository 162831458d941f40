#pragma once
// Plain text from Shopify's descriptionHtml, for the host product's Description (R19).
#include <string>
#include <string_view>

namespace shopify::sync {

// Tags dropped (block tags become line breaks), the common entities decoded, runs of
// spaces collapsed.
std::string html_to_text(std::string_view html);

}  // namespace shopify::sync
