#pragma once
// The host's status as JSON, for GET /health and `exchange-host adapters list`.
#include <string>
#include <vector>

#include "host/plugins/adapter_registry.hpp"

namespace host::runtime {

// {"status":"ok","manifest_error":null|"…","libraries":[{kind,id,name,library,state,reason,generation}]}
std::string host_status_json(const std::vector<plugins::LibraryStatus>& libraries, const std::string& manifest_error);

}  // namespace host::runtime
