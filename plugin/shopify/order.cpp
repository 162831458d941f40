#include "plugin/shopify/order.hpp"

namespace shopify {

std::string numeric_id(const std::string& gid) {
    const auto slash = gid.rfind('/');
    return slash == std::string::npos ? gid : gid.substr(slash + 1);
}

std::string order_gid(const std::string& numeric) { return "gid://shopify/Order/" + numeric; }

}  // namespace shopify
