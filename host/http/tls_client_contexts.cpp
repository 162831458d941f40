#include "host/http/tls_client_contexts.hpp"

#include <sys/stat.h>

#include <openssl/ssl.h>

namespace host::http {
namespace ssl = boost::asio::ssl;

namespace {

host_api::Result<TlsClientContexts::Context> build(const std::string& ca_file) {
    auto context = std::make_shared<ssl::context>(ssl::context::tls_client);
    SSL_CTX_set_min_proto_version(context->native_handle(), TLS1_2_VERSION);
    context->set_verify_mode(ssl::verify_peer);
    boost::system::error_code ec;
    if (ca_file.empty()) {
        context->set_default_verify_paths(ec);
        if (ec) return host_api::permanent_error("cannot load the system CA certificates: " + ec.message());
    } else {
        context->load_verify_file(ca_file, ec);
        if (ec) return host_api::permanent_error("cannot load CA file " + ca_file + ": " + ec.message());
    }
    return context;
}

}  // namespace

bool TlsClientContexts::FileStamp::operator==(const FileStamp& other) const {
    return size == other.size && modified.tv_sec == other.modified.tv_sec &&
           modified.tv_nsec == other.modified.tv_nsec && inode == other.inode;
}

host_api::Result<TlsClientContexts::Context> TlsClientContexts::context_for(const std::string& ca_file) {
    FileStamp stamp;
    if (!ca_file.empty()) {
        struct stat file {};
        // A file that cannot be looked at is not kept: loading it gives the error to report.
        if (::stat(ca_file.c_str(), &file) != 0) return build(ca_file);
        stamp = FileStamp{file.st_size, file.st_mtim, file.st_ino};
    }
    std::lock_guard lock(mutex_);
    if (const auto found = kept_.find(ca_file); found != kept_.end() && found->second.stamp == stamp)
        return found->second.context;
    auto built = build(ca_file);
    if (!built) return built.error();
    kept_[ca_file] = Kept{*built, stamp};
    return *built;
}

}  // namespace host::http
