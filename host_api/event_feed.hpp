#pragma once
// The event feed of an order: comments written by people and integrations (R15, R23).
#include <string>
#include <vector>

#include "host_api/ids.hpp"
#include "host_api/result.hpp"
#include "host_api/time.hpp"

namespace host_api {

struct FeedComment {
    CommentId id = 0;
    OrderId order_id = 0;
    std::string author;  // "Shopify", "Nova Poshta", an employee's name
    std::string text;
    Timestamp created_at{};
};

class EventFeed {
public:
    virtual ~EventFeed() = default;

    virtual Result<CommentId> add_comment(OrderId order, const std::string& author, const std::string& text) = 0;
    virtual Result<std::vector<FeedComment>> comments(OrderId order) = 0;
};

}  // namespace host_api
