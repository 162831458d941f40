#pragma once
// Times are UTC std::chrono values inside, ISO 8601 at the edges (STYLE.md, Shape).
#include <chrono>
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

namespace host_api {

using Timestamp = std::chrono::sys_seconds;

inline Timestamp now() { return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()); }

// "2026-11-28T14:30:22Z"
// Written digit by digit: snprintf, which parses its format on every call, was 1 % of an
// import. A year outside 0000-9999 cannot be written in this pattern and is clamped.
inline std::string format_iso8601(Timestamp t) {
    const auto day = std::chrono::floor<std::chrono::days>(t);
    const std::chrono::year_month_day ymd{day};
    const std::chrono::hh_mm_ss hms{t - day};
    std::string text = "0000-00-00T00:00:00Z";
    const auto put = [&text](std::size_t at, std::size_t count, long value) {
        for (std::size_t i = at + count; i-- > at; value /= 10) text[i] = static_cast<char>('0' + value % 10);
    };
    put(0, 4, std::clamp(int(ymd.year()), 0, 9999));
    put(5, 2, unsigned(ymd.month()));
    put(8, 2, unsigned(ymd.day()));
    put(11, 2, hms.hours().count());
    put(14, 2, hms.minutes().count());
    put(17, 2, hms.seconds().count());
    return text;
}

namespace detail {

// The number the `count` characters at `at` write, or -1 when one of them is no digit.
// Read by hand: sscanf, which parses its format on every call, was 2 % of an import.
inline int digits_at(std::string_view text, std::size_t at, std::size_t count) {
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

}  // namespace detail

// Reads "2008-01-10T11:00:00-05:00", "2024-03-01T10:00:00Z", "2024-03-01T10:00:00.123Z"
// and "2024-03-01 10:00:00" (taken as UTC). Anything else is nullopt.
inline std::optional<Timestamp> parse_iso8601(std::string_view text) {
    if (text.size() < 19 || text[4] != '-' || text[7] != '-' || text[13] != ':' || text[16] != ':')
        return std::nullopt;
    if (text[10] != 'T' && text[10] != ' ') return std::nullopt;
    const int y = detail::digits_at(text, 0, 4), mo = detail::digits_at(text, 5, 2), d = detail::digits_at(text, 8, 2);
    const int h = detail::digits_at(text, 11, 2), mi = detail::digits_at(text, 14, 2), s = detail::digits_at(text, 17, 2);
    if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{unsigned(mo)},
                                          std::chrono::day{unsigned(d)}};
    if (!ymd.ok() || h > 23 || mi > 59 || s > 60) return std::nullopt;
    std::string_view rest = text.substr(19);
    if (!rest.empty() && rest.front() == '.') {
        rest.remove_prefix(1);
        while (!rest.empty() && rest.front() >= '0' && rest.front() <= '9') rest.remove_prefix(1);
    }
    int offset_minutes = 0;
    if (rest == "Z" || rest.empty()) {
        offset_minutes = 0;
    } else if ((rest.front() == '+' || rest.front() == '-') && rest.size() == 6 && rest[3] == ':') {
        const int oh = detail::digits_at(rest, 1, 2), om = detail::digits_at(rest, 4, 2);
        if (oh < 0 || om < 0) return std::nullopt;
        offset_minutes = (rest.front() == '-' ? -1 : 1) * (oh * 60 + om);
    } else {
        return std::nullopt;
    }
    const auto local = std::chrono::sys_days{ymd} + std::chrono::hours{h} + std::chrono::minutes{mi} +
                       std::chrono::seconds{s};
    return std::chrono::time_point_cast<std::chrono::seconds>(local - std::chrono::minutes{offset_minutes});
}

}  // namespace host_api
