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
        pageInfo { hasNextPage endCursor }
      }
    }
  }
})graphql";

const char* const k_order_line_items_query = R"graphql(query OrderLineItems($id: ID!, $lines: Int!, $after: String) {
  order(id: $id) {
    lineItems(first: $lines, after: $after) {
      nodes {
        id name title sku currentQuantity
        originalUnitPriceSet { shopMoney { amount currencyCode } }
        product { id title descriptionHtml productType hasOnlyDefaultVariant }
        variant { id sku title }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
})graphql";

const char* const k_shop_info_query = R"graphql(query ShopInfo {
  shop { name currencyCode plan { displayName } }
})graphql";

const char* const k_updated_orders_query = R"graphql(query UpdatedOrders($first: Int!, $after: String, $query: String!) {
  orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    nodes { id updatedAt }
    pageInfo { hasNextPage endCursor }
  }
})graphql";

const char* const k_webhook_subscriptions_query = R"graphql(query WebhookSubscriptions {
  webhookSubscriptions(first: 50) { nodes { id topic uri } }
})graphql";

const char* const k_webhook_subscription_create_query = R"graphql(mutation WebhookSubscriptionCreate($topic: WebhookSubscriptionTopic!, $uri: String!) {
  webhookSubscriptionCreate(topic: $topic, webhookSubscription: { uri: $uri }) {
    webhookSubscription { id topic uri }
    userErrors { field message }
  }
})graphql";

const char* const k_webhook_subscription_delete_query = R"graphql(mutation WebhookSubscriptionDelete($id: ID!) {
  webhookSubscriptionDelete(id: $id) {
    deletedWebhookSubscriptionId
    userErrors { field message }
  }
})graphql";

const char* const k_bulk_orders_run_query = R"graphql(mutation BulkOrdersRun($query: String!) {
  bulkOperationRunQuery(query: $query) {
    bulkOperation { id status }
    userErrors { field message }
  }
})graphql";

const char* const k_bulk_operation_status_query = R"graphql(query BulkOperationStatus($id: ID!) {
  node(id: $id) {
    ... on BulkOperation { id status errorCode objectCount rootObjectCount url partialDataUrl }
  }
})graphql";

// The Order fields of OrdersByIds, without the arguments bulk operations refuse (no
// first: on nested lists, connections as edges { node }).
const char* const k_bulk_orders_selection = R"graphql({
  orders(query: "$SEARCH") {
    edges {
      node {
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
        fulfillments { trackingInfo { number company } }
        lineItems {
          edges {
            node {
              id name title sku currentQuantity
              originalUnitPriceSet { shopMoney { amount currencyCode } }
              product { id title descriptionHtml productType hasOnlyDefaultVariant }
              variant { id sku title }
            }
          }
        }
      }
    }
  }
})graphql";

}  // namespace shopify
