// One libFuzzer binary for every parser that reads outside data; RAKKAN_FUZZ_TARGET chooses which (one binary
// links in seconds where a dozen would take minutes under the sanitizers). Each target must end in bounded time
// and memory with a value or an error for any input: libFuzzer with AddressSanitizer and UndefinedBehaviorSanitizer
// reports a crash, a leak, a hang (-timeout) or an over-allocation (-rss_limit_mb, -malloc_limit_mb).
//
//   RAKKAN_FUZZ_TARGET=psd build-fuzz/tests/fuzz/rakkan-fuzz -max_total_time=60 NEW_CORPUS tests/data/psd
//
// tests/fuzz/CMakeLists.txt registers a short run of each target with CTest, and replays tests/fuzz/regressions.

#include "credentials/CredentialReader.h"
#include "crypto/Jcs.h"
#include "crypto/TimeStampToken.h"
#include "discovery/IsccId.h"
#include "enforcement/AccessLogAudit.h"
#include "enforcement/BagIt.h"
#include "enforcement/HostFinder.h"
#include "enforcement/HtmlImages.h"
#include "enforcement/PlatformDirectory.h"
#include "imaging/DecodeLimits.h"
#include "imaging/ImageDecoder.h"
#include "imaging/PsdReader.h"
#include "iscc/IsccHeader.h"
#include "licensing/OfferExchange.h"
#include "net/Http.h"
#include "registry/HubClient.h"
#include "reservations/RobotsTxt.h"
#include "reservations/Rsl.h"
#include "reservations/TdmRep.h"
#include "reservations/XmpRights.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iterator>
#include <map>
#include <string>

using namespace rakkan;

namespace {

// Small enough that a legal input never needs gigabytes, large enough for every real structure to be reached.
imaging::DecodeLimits fuzzLimits()
{
    imaging::DecodeLimits limits;
    limits.maxFileBytes = 8 << 20;
    limits.maxPixels = 4'000'000;
    limits.maxSide = 8192;
    limits.maxEmbeddedBytes = 8 << 20;
    return limits;
}

QTemporaryDir *scratch()
{
    static QTemporaryDir dir;
    return &dir;
}

using Target = std::function<void(const QByteArray &)>;

const std::map<std::string, Target> &targets()
{
    static const std::map<std::string, Target> all = {
        // Every image format Rakkan imports: the container is sniffed from the bytes, as at import.
        {"image", [](const QByteArray &b) { (void)imaging::ImageDecoder::decode(b, fuzzLimits(), QSize(256, 256)); }},
        // CLIP Studio files: the chunk container, then the SQLite database inside it, opened defensively.
        {"clip", [](const QByteArray &b) { (void)imaging::ImageDecoder::decode(b, fuzzLimits(), QSize(256, 256)); }},
        // Photoshop's layers drawn by Rakkan's own compositor (the path files without a composite take).
        {"psd-layers", [](const QByteArray &b) { (void)imaging::PsdReader::composeLayers(b, fuzzLimits()); }},
        // XMP as Exiv2 reads it out of any container, then judged.
        {"xmp",
         [](const QByteArray &b) {
             const QString path = scratch()->filePath(QStringLiteral("input"));
             QFile file(path);
             if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(b) != b.size())
                 std::abort();
             file.close();
             if (auto read = reservations::XmpRights::read(path); read.ok())
                 (void)reservations::XmpRights::judge(*read, path);
         }},
        {"iscc",
         [](const QByteArray &b) {
             const QString text = QString::fromUtf8(b);
             (void)iscc::IsccCodec::decode(text);
             (void)discovery::IsccId::parse(text);
         }},
        {"jcs", [](const QByteArray &b) { (void)crypto::Jcs::canonicalize(b); }},
        // Anything a hub could answer: the first byte picks the HTTP status, the rest is the body. Declaration
        // answers (receipts checked against a pinned key, duplicates, refusals, retries) and lookup answers.
        {"hub-answers",
         [](const QByteArray &b) {
             static const int statuses[] = {200, 201, 400, 404, 409, 422, 429, 500, 503};
             static registry::HubClient client(
                 registry::HubEndpoint{QStringLiteral("https://127.0.0.1:9"), 5, QByteArray(32, '\x01'), {}, 1000});
             net::HttpResponse raw;
             raw.status = b.isEmpty() ? 200 : statuses[quint8(b[0]) % std::size(statuses)];
             raw.body = b.mid(1);
             (void)client.classify(raw, QJsonObject{{QStringLiteral("nonce"), QStringLiteral("000")}});
             (void)registry::HubClient::parseLookup(int(raw.status), raw.body, 31);
         }},
        {"rsl",
         [](const QByteArray &b) {
             (void)reservations::Rsl::read(b);
             (void)reservations::Rsl::judge(b, QStringLiteral("license.xml"));
             (void)licensing::OfferExchange::fromRsl(b); // "offers import-rsl"
         }},
        {"robots",
         [](const QByteArray &b) {
             (void)reservations::RobotsTxt::parse(b);
             const QString text = QString::fromUtf8(b);
             (void)reservations::UsagePreferences::parseContentUsage(text);
             (void)reservations::UsagePreferences::parseContentSignal(text);
         }},
        {"c2pa", [](const QByteArray &b) { (void)credentials::CredentialReader::read(b); }},
        // What enforcement reads from the web and from bags: the first byte picks the reader (a page's pictures,
        // an RDAP answer, an access-log line, a time-stamp response, a list of platforms, an evidence bag's zip).
        {"enforcement",
         [](const QByteArray &b) {
             const QByteArray rest = b.mid(1);
             switch (b.isEmpty() ? 0 : quint8(b[0]) % 6) {
             case 0:
                 (void)enforcement::HtmlImages::find(rest, QUrl(QStringLiteral("https://example.com/a/b.html")));
                 (void)enforcement::HtmlImages::title(rest);
                 break;
             case 1:
                 (void)enforcement::HostFinder::parse(rest);
                 break;
             case 2: {
                 static enforcement::AccessLogAudit audit(enforcement::AuditTargets{
                     {QStringLiteral("GPTBot"), QStringLiteral("CCBot")}, {{QStringLiteral("/works/1.html"), 1}}, {}});
                 for (const QByteArray &line : rest.split('\n'))
                     audit.readLine(line.constData(), line.size());
                 break;
             }
             case 3:
                 (void)crypto::TimeStampReply::check(rest, true, QByteArray(32, '\x01'), {}, {});
                 (void)crypto::TimeStampReply::check(rest, false, QByteArray(32, '\x01'), {}, {});
                 break;
             case 4:
                 (void)enforcement::PlatformDirectory::parse(rest);
                 break;
             default: {
                 const QString path = scratch()->filePath(QStringLiteral("bag.zip"));
                 QFile file(path);
                 if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(rest) != rest.size())
                     std::abort();
                 file.close();
                 (void)enforcement::BagItReader::check(path);
                 break;
             }
             }
         }},
        {"tdmrep",
         [](const QByteArray &b) {
             (void)reservations::TdmRep::judge(b, QStringLiteral("/works/page.png"),
                                               QStringLiteral(".well-known/tdmrep.json"));
         }},
    };
    return all;
}

const Target *chosen = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt's text codecs and translations expect an application object.
    static QCoreApplication app(*argc, *argv);
    const char *name = std::getenv("RAKKAN_FUZZ_TARGET");
    const auto found = name ? targets().find(name) : targets().end();
    if (found == targets().end()) {
        std::fprintf(stderr, "Set RAKKAN_FUZZ_TARGET to one of:");
        for (const auto &[key, unused] : targets())
            std::fprintf(stderr, " %s", key.c_str());
        std::fprintf(stderr, "\n");
        std::exit(2);
    }
    chosen = &found->second;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (*chosen)(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
