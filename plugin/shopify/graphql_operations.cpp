#include "plugin/shopify/graphql_operations.hpp"

namespace shopify {

const char* const k_orders_by_ids_query = R"graphql(query OrdersByIds($ids: [ID!]!, $lines: Int!) {
  nodes(ids: $ids) {
    ... on Order {
      id
      name
      createdAt
      updatedAt
      cancelledAt
      currencyCode
      email
      phone
      totalPriceSet { shopMoney { amount currencyCode } }
      customer { id firstName lastName email phone }
      shippingAddress { firstName lastName phone address1 address2 city province zip country countryCodeV2 }
      billingAddress { firstName lastName phone address1 address2 city province zip country countryCodeV2 }
      customAttributes { key value }
      shippingLine {
        title code source carrierIdentifier
        originalPriceSet { shopMoney { amount currencyCode } }
      }
      fulfillments(first: 2) { trackingInfo(first: 2) { number company } }
      lineItems(first: $lines) {
        nodes {
          id name title sku currentQuantity
          originalUnitPriceSet { shopMoney { amount currencyCode } }
          product { id title descriptionHtml productType hasOnlyDefaultVariant }
          variant { id sku title }
        }
      }
    }
  }
})graphql";

}  // namespace shopify
