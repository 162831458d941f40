#pragma once
// spdlog's registry lives in libspdlog.so, which ThreadSanitizer cannot see into. Made on
// the thread that builds a server, before the server's threads exist, its creation is
// ordered before every use on them; made lazily by the first log line on a server thread,
// the sanitizer reports the next thread's use of it as a race. A server's first member.
#include <spdlog/spdlog.h>

namespace sim::common {

struct LoggingReady {
    LoggingReady() { (void)spdlog::default_logger_raw(); }
};

}  // namespace sim::common
