#pragma once
// How the host is started: where its data, manifest and libraries are, where it listens.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

namespace host::runtime {

struct HostOptions {
    std::filesystem::path data_dir = "data";
    std::filesystem::path manifest;     // manifest.json
    std::filesystem::path library_dir;  // where the manifest's libraries are
    std::string listen_address = "127.0.0.1";
    std::uint16_t port = 8080;  // 0: the kernel picks one
    // Lets libraries reach loopback addresses as well as the manifest's hosts: for the
    // local Shopify and Nova Poshta servers of the demo and the tests.
    bool allow_loopback_outbound = false;
    // The io threads that run HTTP handlers and scheduled tasks. No handler waits on its
    // thread for the disk (a webhook is answered from the group commit's own thread), so a
    // few serve many connections; each more costs switches between them.
    int threads = 4;
    std::chrono::milliseconds watch_interval{1000};     // how often CLI changes are looked for
    std::chrono::milliseconds tracking_interval{5000};  // how often adapters' track() runs
};

}  // namespace host::runtime
