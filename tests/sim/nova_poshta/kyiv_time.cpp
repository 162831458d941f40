#include "tests/sim/nova_poshta/kyiv_time.hpp"

#include <cstdio>

namespace sim::nova_poshta {
namespace {

using namespace std::chrono;

sys_seconds last_sunday_0100_utc(int year, unsigned month) {
    return sys_days{year_month_weekday_last{std::chrono::year{year}, std::chrono::month{month}, weekday_last{Sunday}}} +
           hours{1};
}

sys_seconds kyiv_wall_clock(host_api::Timestamp utc) {
    const int year = int(year_month_day{floor<days>(utc)}.year());
    const bool summer = utc >= last_sunday_0100_utc(year, 3) && utc < last_sunday_0100_utc(year, 10);
    return utc + hours{summer ? 3 : 2};
}

}  // namespace

std::string np_date(host_api::Timestamp utc, NpDateFormat format) {
    const auto local = kyiv_wall_clock(utc);
    const auto day = floor<days>(local);
    const year_month_day ymd{day};
    const hh_mm_ss hms{local - day};
    const int y = int(ymd.year());
    const unsigned mo = unsigned(ymd.month());
    const unsigned d = unsigned(ymd.day());
    const int h = int(hms.hours().count());
    const int mi = int(hms.minutes().count());
    const int s = int(hms.seconds().count());
    char text[32];
    switch (format) {
        case NpDateFormat::day_first:
            std::snprintf(text, sizeof text, "%02u-%02u-%04d %02d:%02d:%02d", d, mo, y, h, mi, s);
            break;
        case NpDateFormat::year_first:
            std::snprintf(text, sizeof text, "%04d-%02u-%02u %02d:%02d:%02d", y, mo, d, h, mi, s);
            break;
        case NpDateFormat::time_first:
            std::snprintf(text, sizeof text, "%02d:%02d %02u.%02u.%04d", h, mi, d, mo, y);
            break;
        case NpDateFormat::dotted:
            std::snprintf(text, sizeof text, "%02u.%02u.%04d %02d:%02d:%02d", d, mo, y, h, mi, s);
            break;
        case NpDateFormat::date_only:
            std::snprintf(text, sizeof text, "%04d-%02u-%02u", y, mo, d);
            break;
    }
    return text;
}

}  // namespace sim::nova_poshta
