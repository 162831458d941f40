#include "shipping_adapters/nova_poshta/np_date.hpp"

#include <cstdio>
#include <string>

namespace adapters::nova_poshta {
namespace {

using namespace std::chrono;

sys_seconds last_sunday_0100_utc(int year, unsigned month) {
    const sys_days day{year_month_weekday_last{std::chrono::year{year}, std::chrono::month{month}, weekday_last{Sunday}}};
    return day + hours{1};
}

struct Fields {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
};

// One sscanf pattern; true when it matched the whole text.
template <class... Ints>
bool scan(const std::string& text, const char* pattern, Ints*... values) {
    int consumed = -1;
    const int matched = std::sscanf(text.c_str(), pattern, values..., &consumed);
    return matched == static_cast<int>(sizeof...(Ints)) && consumed == static_cast<int>(text.size());
}

// A fresh Fields for every pattern: a pattern that fails halfway has written some.
std::optional<Fields> fields_of(const std::string& text) {
    if (Fields f; scan(text, "%4d-%2d-%2d %2d:%2d:%2d%n", &f.year, &f.month, &f.day, &f.hour, &f.minute, &f.second))
        return f;
    if (Fields f; scan(text, "%2d-%2d-%4d %2d:%2d:%2d%n", &f.day, &f.month, &f.year, &f.hour, &f.minute, &f.second))
        return f;
    if (Fields f; scan(text, "%2d.%2d.%4d %2d:%2d:%2d%n", &f.day, &f.month, &f.year, &f.hour, &f.minute, &f.second))
        return f;
    if (Fields f; scan(text, "%2d:%2d %2d.%2d.%4d%n", &f.hour, &f.minute, &f.day, &f.month, &f.year)) return f;
    if (Fields f; scan(text, "%4d-%2d-%2d%n", &f.year, &f.month, &f.day)) return f;
    if (Fields f; scan(text, "%2d-%2d-%4d%n", &f.day, &f.month, &f.year)) return f;
    if (Fields f; scan(text, "%2d.%2d.%4d%n", &f.day, &f.month, &f.year)) return f;
    return std::nullopt;
}

}  // namespace

host_api::Timestamp kyiv_to_utc(sys_seconds wall_clock) {
    const int year = int(year_month_day{floor<days>(wall_clock)}.year());
    const sys_seconds summer_start = last_sunday_0100_utc(year, 3);
    const sys_seconds summer_end = last_sunday_0100_utc(year, 10);
    const sys_seconds if_summer = wall_clock - hours{3};
    if (if_summer >= summer_start && if_summer < summer_end) return if_summer;
    return wall_clock - hours{2};
}

std::optional<host_api::Timestamp> parse_np_date(std::string_view text) {
    if (text.empty() || text.size() > 32) return std::nullopt;
    const auto f = fields_of(std::string(text));
    if (!f) return std::nullopt;
    const year_month_day date{std::chrono::year{f->year}, std::chrono::month{unsigned(f->month)},
                              std::chrono::day{unsigned(f->day)}};
    if (!date.ok() || f->hour < 0 || f->hour > 23 || f->minute < 0 || f->minute > 59 || f->second < 0 ||
        f->second > 59)
        return std::nullopt;
    return kyiv_to_utc(sys_days{date} + hours{f->hour} + minutes{f->minute} + seconds{f->second});
}

}  // namespace adapters::nova_poshta
