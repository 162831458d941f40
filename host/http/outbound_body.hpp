#pragma once
// The body of an outbound response as Beast reads it: kept whole in a string, up to a
// limit, or handed piece by piece to the request's sink as it arrives (a large file written
// to disk), so one response parser serves both. Only a successful (2xx) answer's body goes
// to the sink; another's (an error page, a 416) is kept like any body. Appended, not
// resized and copied into: a body of megabytes is not first filled with zeros.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include <boost/beast/core/buffers_range.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/optional.hpp>
#include <boost/system/error_code.hpp>

namespace host::http {

struct OutboundBody {
    struct value_type {
        std::string text;                            // the body, when it is not sunk
        std::uint64_t text_limit = 0;                // larger is an error (body_limit)
        std::function<bool(std::string_view)> sink;  // set: a 2xx body's pieces go there
        bool sink_refused = false;                   // the sink said stop
    };

    class reader {
    public:
        // Made with the parser, before the header is read: the status is looked at in init.
        // Beast asks that a body could be read for a request too; only responses are.
        template <bool isRequest, class Fields>
        reader(boost::beast::http::header<isRequest, Fields>& header, value_type& body)
            : body_(body), successful_([&header] { return successful(header); }) {}

        void init(const boost::optional<std::uint64_t>& length, boost::beast::error_code& ec) {
            ec = {};
            sinking_ = body_.sink && successful_();
            if (sinking_ || !length) return;
            if (*length > body_.text_limit) {
                ec = boost::beast::http::error::body_limit;
                return;
            }
            body_.text.reserve(static_cast<std::size_t>(*length));
        }

        template <class ConstBufferSequence>
        std::size_t put(const ConstBufferSequence& buffers, boost::beast::error_code& ec) {
            std::size_t taken = 0;
            for (const auto buffer : boost::beast::buffers_range_ref(buffers)) {
                const std::string_view piece(static_cast<const char*>(buffer.data()), buffer.size());
                if (sinking_ && !body_.sink(piece)) {
                    body_.sink_refused = true;
                    ec = boost::system::errc::make_error_code(boost::system::errc::operation_canceled);
                    return taken;
                }
                if (!sinking_) {
                    if (body_.text.size() + piece.size() > body_.text_limit) {
                        ec = boost::beast::http::error::body_limit;
                        return taken;
                    }
                    body_.text.append(piece);
                }
                taken += piece.size();
            }
            ec = {};
            return taken;
        }

        void finish(boost::beast::error_code& ec) { ec = {}; }

    private:
        template <bool isRequest, class Fields>
        static bool successful(const boost::beast::http::header<isRequest, Fields>& header) {
            if constexpr (isRequest)
                return false;
            else
                return header.result_int() / 100 == 2;
        }

        value_type& body_;
        std::function<bool()> successful_;
        bool sinking_ = false;
    };
};

}  // namespace host::http
