// employees list | password: who may sign in to the host's pages, with which rights (R7).
// The password is read from standard input, so it stays out of the shell's history and
// the process list; only its salted hash is stored.
#include <iostream>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "host/cli/commands.hpp"
#include "host/store/host_store.hpp"
#include "host/web_api/password_hash.hpp"

namespace host::cli {
namespace {

constexpr std::size_t k_min_password_length = 4;

}  // namespace

host_api::Result<void> set_employee_password(store::HostStore& store, const std::string& login,
                                             const std::string& password) {
    if (password.size() < k_min_password_length)
        return host_api::permanent_error("the password must have at least " + std::to_string(k_min_password_length) +
                                         " characters");
    auto employee = store.employees().find_by_login(login);
    if (!employee) return employee.error();
    if (!*employee) return host_api::permanent_error("no employee with the login '" + login + "'");
    auto hash = web_api::hash_password(password);
    if (!hash) return hash.error();
    return store.employees().set_password_hash((*employee)->id, *hash);
}

int run_employees_password(CliContext& context) {
    const auto& words = context.arguments.positional();
    if (words.size() != 1) {
        context.err << "usage: exchange-host employees password LOGIN   (the password on standard input)\n";
        return k_exit_usage;
    }
    std::string password;
    std::getline(std::cin, password);
    if (!password.empty() && password.back() == '\r') password.pop_back();
    auto store = store::HostStore::open(context.data_dir);
    if (!store) return fail(context, store.error().message);
    if (auto set = set_employee_password(**store, words[0], password); !set) return fail(context, set.error().message);
    context.out << "password set for " << words[0] << "\n";
    return k_exit_ok;
}

int run_employees_list(CliContext& context) {
    auto store = store::HostStore::open(context.data_dir);
    if (!store) return fail(context, store.error().message);
    auto employees = (*store)->employees().all_employees();
    if (!employees) return fail(context, employees.error().message);
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartArray();
    for (const auto& employee : *employees) {
        auto hash = (*store)->employees().password_hash(employee.id);
        out.StartObject();
        out.Key("login");
        out.String(employee.login);
        out.Key("name");
        out.String(employee.name);
        out.Key("rights");
        out.StartArray();
        for (const auto& right : employee.rights) out.String(right);
        out.EndArray();
        out.Key("can_sign_in");
        out.Bool(hash && !hash->empty());
        out.EndObject();
    }
    out.EndArray();
    context.out << buffer.GetString() << "\n";
    return k_exit_ok;
}

}  // namespace host::cli
