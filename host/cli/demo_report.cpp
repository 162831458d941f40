#include "host/cli/demo_report.hpp"

#include <iomanip>
#include <map>

#include <rapidjson/document.h>

#include "host/store/dump_writer.hpp"

namespace host::cli {
namespace {

rapidjson::Document dumped(store::HostStore& store, const char* kind) {
    rapidjson::Document doc;
    auto json = store::dump_json(store, kind);
    doc.Parse(json ? json->c_str() : "[]");
    return doc;
}

// Pads to a width in characters, not bytes: the names are Cyrillic.
std::string padded(const std::string& text, std::size_t width) {
    std::size_t characters = 0;
    for (const unsigned char c : text) characters += (c & 0xC0) != 0x80 ? 1 : 0;
    return characters >= width ? text : text + std::string(width - characters, ' ');
}

std::string text(const rapidjson::Value& object, const char* name) {
    const auto found = object.FindMember(name);
    if (found == object.MemberEnd() || found->value.IsNull()) return "-";
    if (found->value.IsString()) return found->value.GetString();
    if (found->value.IsInt64()) return std::to_string(found->value.GetInt64());
    return "-";
}

void print_orders(store::HostStore& store, std::ostream& out) {
    const auto orders = dumped(store, "orders");
    out << "\nOrders (" << orders.Size() << "):\n";
    for (const auto& order : orders.GetArray()) {
        out << "  " << padded(text(order, "number"), 8) << " " << padded(text(order, "store"), 12) << " "
            << padded(text(order, "client_name"), 20) << " " << std::right << std::setw(10) << text(order, "total")
            << " " << text(order, "currency") << "  " << text(order, "status") << "\n";
        for (const auto& item : order["items"].GetArray())
            out << "           " << text(item, "quantity") << " x " << text(item, "name") << " @ "
                << text(item, "price")
                << (text(item, "article") == "-" || text(item, "article").empty() ? ""
                                                                                  : "  [" + text(item, "article") + "]")
                << "\n";
    }
}

void print_contacts(store::HostStore& store, std::ostream& out) {
    const auto contacts = dumped(store, "contacts");
    out << "\nClients (" << contacts.Size() << "):\n";
    for (const auto& contact : contacts.GetArray())
        out << "  " << text(contact, "first_name") << " " << text(contact, "last_name") << ", "
            << text(contact, "phone") << ", " << text(contact, "email") << "\n";
}

void print_products(store::HostStore& store, std::ostream& out) {
    const auto products = dumped(store, "products");
    out << "\nProducts (" << products.Size() << "):\n";
    for (const auto& product : products.GetArray())
        out << "  " << padded(text(product, "article"), 16) << " " << padded(text(product, "code"), 28) << " "
            << text(product, "name") << "  (" << text(product, "category") << ")\n";
}

// Order numbers by id: waybills and comments name the order by its id.
std::map<std::string, std::string> order_numbers(store::HostStore& store) {
    std::map<std::string, std::string> numbers;
    const auto orders = dumped(store, "orders");
    for (const auto& order : orders.GetArray()) numbers[text(order, "id")] = text(order, "number");
    return numbers;
}

std::string order_named(const std::map<std::string, std::string>& numbers, const rapidjson::Value& record) {
    const auto found = numbers.find(text(record, "order_id"));
    return found == numbers.end() ? "order " + text(record, "order_id") : found->second;
}

bool known(const std::string& value) { return !value.empty() && value != "-"; }

// Nova Poshta's words and code, as the host's tracking last recorded them.
std::string waybill_status(const rapidjson::Value& waybill) {
    const auto status = text(waybill, "status");
    const auto code = text(waybill, "status_code");
    if (!known(status)) return "not tracked yet";
    return known(code) ? status + ", code " + code : status;
}

void print_deliveries(store::HostStore& store, std::ostream& out) {
    const auto waybills = dumped(store, "waybills");
    const auto feed = dumped(store, "feed");
    const auto numbers = order_numbers(store);
    out << "\nDeliveries: " << waybills.Size() << " Nova Poshta waybill(s), " << feed.Size() << " feed comment(s)\n";
    for (const auto& waybill : waybills.GetArray()) {
        const auto ttn = text(waybill, "number");
        out << "  TTN " << (known(ttn) ? ttn : "(not known yet)") << " " << order_named(numbers, waybill) << ": "
            << text(waybill, "recipient_name") << ", " << text(waybill, "city") << ", " << text(waybill, "branch")
            << " [" << waybill_status(waybill) << "]\n";
    }
    for (const auto& comment : feed.GetArray())
        out << "  " << order_named(numbers, comment) << " (" << text(comment, "author")
            << "): " << text(comment, "text") << "\n";
}

void print_tracking(const host_api::Result<ParcelReceipt>& receipt, std::ostream& out) {
    out << "\nNova Poshta tracking:\n";
    if (!receipt) {
        out << "  (not shown: " << receipt.error().message << ")\n";
        return;
    }
    out << "  TTN " << receipt->ttn << " of order " << receipt->order_number << " was received: \""
        << receipt->waybill_status_before << "\" -> \"" << receipt->waybill_status_after << "\" (code "
        << receipt->waybill_code_after << ")\n"
        << "  order " << receipt->order_number << ": " << receipt->order_status_before << " -> "
        << receipt->order_status_after << "\n";
    if (!receipt->feed_comment.empty()) out << "  its feed: " << receipt->feed_comment << "\n";
}

void print_failures(store::HostStore& store, std::ostream& out) {
    const auto imports = dumped(store, "imports");
    int failed = 0;
    for (const auto& line : imports.GetArray()) failed += text(line, "state") == "failed" ? 1 : 0;
    out << "\nFailed imports (" << failed << "):\n";
    for (const auto& line : imports.GetArray()) {
        if (text(line, "state") != "failed") continue;
        out << "  " << text(line, "store") << " order " << text(line, "external_id") << ": " << text(line, "reason")
            << "\n";
    }
}

}  // namespace

void print_demo_report(store::HostStore& store, const host_api::Result<ParcelReceipt>& receipt, std::ostream& out) {
    print_orders(store, out);
    print_contacts(store, out);
    print_products(store, out);
    print_deliveries(store, out);
    print_tracking(receipt, out);
    print_failures(store, out);
    out.flush();
}

}  // namespace host::cli
