#include "tests/support/test_certificate.hpp"

#include <cstdint>
#include <fstream>
#include <memory>
#include <stdexcept>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace test_support {
namespace {

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Certificate = std::unique_ptr<X509, decltype(&X509_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;

void check(bool ok, const char* what) {
    if (!ok) throw std::runtime_error(std::string("test certificate: ") + what + " failed");
}

// P-256: generated in microseconds, where RSA keys slow sanitizer runs down.
Key make_key() {
    Key key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), EVP_PKEY_free);
    check(key != nullptr, "key generation");
    return key;
}

void add_extension(X509* certificate, X509* issuer, int nid, const std::string& value) {
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.c_str());
    check(extension != nullptr, "extension");
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    check(added, "adding an extension");
}

// Subject, key and validity; the issuer and extensions are the caller's.
Certificate make_unsigned(EVP_PKEY* key, const char* common_name) {
    Certificate certificate(X509_new(), X509_free);
    check(certificate != nullptr, "X509_new");
    std::uint64_t serial = 0;
    check(RAND_bytes(reinterpret_cast<unsigned char*>(&serial), sizeof serial) == 1, "serial");
    check(X509_set_version(certificate.get(), X509_VERSION_3) == 1 &&
              ASN1_INTEGER_set_uint64(X509_get_serialNumber(certificate.get()), serial >> 1) == 1 &&
              X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600) != nullptr &&
              X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 7 * 24 * 3600) != nullptr &&
              X509_set_pubkey(certificate.get(), key) == 1,
          "certificate fields");
    X509_NAME* name = X509_get_subject_name(certificate.get());
    check(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(common_name), -1,
                                     -1, 0) == 1,
          "subject name");
    return certificate;
}

void sign(X509* certificate, X509* issuer, EVP_PKEY* issuer_key) {
    check(X509_set_issuer_name(certificate, X509_get_subject_name(issuer)) == 1, "issuer name");
    check(X509_sign(certificate, issuer_key, EVP_sha256()) > 0, "signing");
}

std::string to_pem(X509* certificate) {
    Bio bio(BIO_new(BIO_s_mem()), BIO_free);
    check(bio && PEM_write_bio_X509(bio.get(), certificate) == 1, "certificate PEM");
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(size));
}

std::string to_pem(EVP_PKEY* key) {
    Bio bio(BIO_new(BIO_s_mem()), BIO_free);
    check(bio && PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1, "key PEM");
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(size));
}

}  // namespace

TestCertificate TestCertificate::generate(const std::string& subject_alt_names) {
    const Key ca_key = make_key();
    const Certificate ca = make_unsigned(ca_key.get(), "Exchange Test CA");
    add_extension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE");
    add_extension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
    add_extension(ca.get(), ca.get(), NID_subject_key_identifier, "hash");
    sign(ca.get(), ca.get(), ca_key.get());

    const Key server_key = make_key();
    const Certificate server = make_unsigned(server_key.get(), "localhost");
    add_extension(server.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE");
    add_extension(server.get(), ca.get(), NID_key_usage, "critical,digitalSignature");
    add_extension(server.get(), ca.get(), NID_ext_key_usage, "serverAuth");
    add_extension(server.get(), ca.get(), NID_subject_alt_name, subject_alt_names);
    add_extension(server.get(), ca.get(), NID_subject_key_identifier, "hash");
    add_extension(server.get(), ca.get(), NID_authority_key_identifier, "keyid:always");
    sign(server.get(), ca.get(), ca_key.get());

    return TestCertificate{to_pem(ca.get()), to_pem(server.get()), to_pem(server_key.get())};
}

void TestCertificate::write_ca(const std::filesystem::path& path) const {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << ca_pem;
    file.close();
    if (!file) throw std::runtime_error("cannot write the test CA to " + path.string());
}

}  // namespace test_support
