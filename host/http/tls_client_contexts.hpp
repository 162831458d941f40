#pragma once
// TLS client contexts, one per CA file, kept for every later request. Building a context
// reads and parses its CA file (the system's bundle holds over a hundred certificates),
// which took more of a GraphQL request's time than its handshake. A CA file that changed
// since (its size, time or inode: the local Shopify writes a new one when it starts) is
// read afresh; the system's certificates are read once per process.
#include <sys/types.h>

#include <ctime>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <boost/asio/ssl/context.hpp>

#include "host_api/result.hpp"

namespace host::http {

class TlsClientContexts {
public:
    using Context = std::shared_ptr<boost::asio::ssl::context>;

    // The context that verifies servers against `ca_file` ("" for the system's CAs).
    host_api::Result<Context> context_for(const std::string& ca_file);

private:
    struct FileStamp {
        off_t size = 0;
        timespec modified{};
        ino_t inode = 0;
        bool operator==(const FileStamp& other) const;
    };
    struct Kept {
        Context context;
        FileStamp stamp;
    };

    std::mutex mutex_;
    std::map<std::string, Kept> kept_;  // by CA file
};

}  // namespace host::http
