#include "host/http/host_pattern.hpp"

#include <cstddef>

namespace host::http {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

bool same_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

// "a.b" has labels; "", ".a", "a..b" and "a." do not.
bool is_label_sequence(std::string_view labels) {
    if (labels.empty() || labels.front() == '.' || labels.back() == '.') return false;
    return labels.find("..") == std::string_view::npos;
}

}  // namespace

bool host_matches(std::string_view pattern, std::string_view host) {
    if (!host.empty() && host.back() == '.') host.remove_suffix(1);
    if (pattern.empty() || host.empty()) return false;
    if (!pattern.starts_with("*.")) return same_ignoring_case(pattern, host);

    const std::string_view suffix = pattern.substr(1);  // ".example.com"
    if (suffix.size() < 2 || host.size() <= suffix.size()) return false;
    const std::string_view tail = host.substr(host.size() - suffix.size());
    const std::string_view head = host.substr(0, host.size() - suffix.size());
    return same_ignoring_case(tail, suffix) && is_label_sequence(head);
}

}  // namespace host::http
