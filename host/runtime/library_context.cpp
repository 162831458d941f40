#include "host/runtime/library_context.hpp"

namespace host::runtime {

LibraryContext::LibraryContext(const std::string& library_id, SharedServices& shared)
    : library_id_(library_id),
      table_(shared.routes),
      state_(shared.store.plugin_state(library_id)),
      routes_(shared.routes, library_id),
      scheduler_(shared.scheduler),
      connection_status_(shared.store.connections(), shared.connections_changed, shared.logger),
      context_{library_id,
               shared.logger,
               shared.settings,
               shared.store.orders(),
               shared.store.catalog(),
               shared.store.contacts(),
               shared.store.feed(),
               shared.store.waybills(),
               shared.store.nova_poshta(),
               shared.store.employees(),
               shared.store.imports(),
               *state_,
               shared.store.transactions(),
               routes_,
               shared.outbound,
               scheduler_,
               shared.adapters,
               connection_status_} {}

void LibraryContext::shut_down() {
    scheduler_.cancel_all();
    table_.remove_owner(library_id_);
}

}  // namespace host::runtime
