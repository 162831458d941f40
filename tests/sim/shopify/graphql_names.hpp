#pragma once
// GraphQL names (operations, fields, arguments): letters, digits and '_' (GraphQL spec,
// "Names"). The local Shopify finds a name in a query only where it is not part of a
// longer one.

namespace sim::shopify {

inline bool is_graphql_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace sim::shopify
