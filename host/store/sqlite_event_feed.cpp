#include "host/store/sqlite_event_feed.hpp"

namespace host::store {

namespace {

constexpr const char* k_comment_select = "SELECT id, order_id, author, text, created_at FROM feed_comments ";

std::vector<host_api::FeedComment> read_comments(Statement& statement) {
    std::vector<host_api::FeedComment> comments;
    while (statement.step())
        comments.push_back({statement.column_int64(0), statement.column_int64(1), statement.column_text(2),
                            statement.column_text(3), statement.column_time(4)});
    return comments;
}

}  // namespace

host_api::Result<host_api::CommentId> SqliteEventFeed::add_comment(host_api::OrderId order, const std::string& author,
                                                                   const std::string& text) {
    return db_.call("add feed comment", [&]() -> host_api::Result<host_api::CommentId> {
        auto statement =
            db_.prepare("INSERT INTO feed_comments (order_id, author, text, created_at) VALUES (?1, ?2, ?3, ?4)");
        statement.bind_int64(1, order).bind_text(2, author).bind_text(3, text).bind_time(4, host_api::now());
        try {  // its only foreign key is the order's: no read before each write
            statement.run();
        } catch (const SqliteError& e) {
            if (e.foreign_key_violation())
                return host_api::permanent_error("add feed comment: no order " + std::to_string(order));
            throw;
        }
        return db_.last_insert_id();
    });
}

host_api::Result<std::vector<host_api::FeedComment>> SqliteEventFeed::comments(host_api::OrderId order) {
    return db_.call("read feed comments", [&]() -> host_api::Result<std::vector<host_api::FeedComment>> {
        auto statement = db_.prepare(std::string(k_comment_select) + "WHERE order_id = ?1 ORDER BY id");
        statement.bind_int64(1, order);
        return read_comments(statement);
    });
}

host_api::Result<std::vector<host_api::FeedComment>> SqliteEventFeed::all_comments() {
    return db_.call("list feed comments", [&]() -> host_api::Result<std::vector<host_api::FeedComment>> {
        auto statement = db_.prepare(std::string(k_comment_select) + "ORDER BY id");
        return read_comments(statement);
    });
}

}  // namespace host::store
