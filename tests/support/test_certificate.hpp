#pragma once
// A throwaway certificate authority and a server certificate it signed, made in memory,
// so tests can speak real TLS with verification on (the TLS test server, the local Shopify).
#include <filesystem>
#include <string>

namespace test_support {

struct TestCertificate {
    std::string ca_pem;    // the CA certificate to trust
    std::string cert_pem;  // the server certificate, signed by the CA
    std::string key_pem;   // the server's private key

    // `subject_alt_names` in OpenSSL's config syntax. Valid from an hour ago for a week.
    static TestCertificate generate(const std::string& subject_alt_names = "DNS:localhost,IP:127.0.0.1");

    // Writes ca_pem, e.g. for OutboundRequest::ca_file. Throws when it cannot.
    void write_ca(const std::filesystem::path& path) const;
};

}  // namespace test_support
