#pragma once
// The commands' entry points, registered in command_table.cpp.
#include "host/cli/cli_context.hpp"
#include "host/store/host_store.hpp"

namespace host::cli {

int run_serve(CliContext& context);
int run_demo(CliContext& context);
int run_stores_add(CliContext& context);
int run_stores_list(CliContext& context);
int run_stores_remove(CliContext& context);
int run_stores_retry(CliContext& context);
int run_dump(CliContext& context);
int run_adapters_list(CliContext& context);
int run_adapters_swap(CliContext& context);
int run_novaposhta_set(CliContext& context);
int run_novaposhta_show(CliContext& context);
int run_orders_refresh(CliContext& context);
int run_settings_set(CliContext& context);
int run_settings_show(CliContext& context);
int run_employees_list(CliContext& context);
int run_employees_password(CliContext& context);

// Sets the password an employee signs in to the host's pages with (the demo's, too).
host_api::Result<void> set_employee_password(store::HostStore& store, const std::string& login,
                                             const std::string& password);

}  // namespace host::cli
