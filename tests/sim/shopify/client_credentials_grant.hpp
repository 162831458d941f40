#pragma once
// POST /admin/oauth/access_token with grant_type=client_credentials ("Using the client
// credentials grant", shopify.dev): the app trades its client id and secret for an
// access token that expires. The body may be JSON or a form.
#include <string>

#include "host_api/http.hpp"
#include "tests/sim/common/sim_reply.hpp"
#include "tests/sim/shopify/access_tokens.hpp"

namespace sim::shopify {

class ClientCredentialsGrant {
public:
    ClientCredentialsGrant(std::string client_secret, AccessTokens& tokens);

    // 200 {"access_token":"shpat_…","scope":"read_orders,read_products,read_customers",
    // "expires_in":86399}; 400 {"error":"invalid_client"} for a wrong secret,
    // "invalid_request" without a client id, "unsupported_grant_type" for another grant.
    common::SimReply answer(const host_api::HttpRequest& request) const;

private:
    const std::string client_secret_;
    AccessTokens& tokens_;
};

}  // namespace sim::shopify
