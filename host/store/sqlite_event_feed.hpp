#pragma once
// host_api::EventFeed over the host database: comments on an order, oldest first (R15, R23).
#include <vector>

#include "host/store/database.hpp"
#include "host_api/event_feed.hpp"

namespace host::store {

class SqliteEventFeed final : public host_api::EventFeed {
public:
    explicit SqliteEventFeed(Database& db) : db_(db) {}

    // Stamped with the current time; the order must exist.
    host_api::Result<host_api::CommentId> add_comment(host_api::OrderId order, const std::string& author,
                                                      const std::string& text) override;
    host_api::Result<std::vector<host_api::FeedComment>> comments(host_api::OrderId order) override;

    // Host only (dumps): every comment of every order, by id.
    host_api::Result<std::vector<host_api::FeedComment>> all_comments();

private:
    Database& db_;
};

}  // namespace host::store
