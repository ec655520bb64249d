// rakkan-hub: an ISCC-HUB a creators' association can run (and the real peer Rakkan's tests talk to).

#include "core/AppIdentity.h"
#include "core/Localization.h"
#include "hub/HubServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    rakkan::setApplicationIdentity();
    rakkan::installTranslations();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "rakkan-hub", "Serves the ISCC-HUB declaration API: signed, timestamped opt-out declarations, a public log, "
                      "and lookups by ISCC unit."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("rakkan-hub", "The hub's database."),
                                QStringLiteral("FILE"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QCoreApplication::translate("rakkan-hub", "Address and port (port 0: any free)."),
                                    QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption hubId(QStringLiteral("hub-id"),
                                   QCoreApplication::translate("rakkan-hub", "This hub's id, 0-4095 (0: testing)."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption cert(QStringLiteral("cert"),
                                  QCoreApplication::translate("rakkan-hub", "TLS certificate chain (PEM)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 QCoreApplication::translate("rakkan-hub", "TLS private key (PEM)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption issuer(QStringLiteral("issuer"),
                                    QCoreApplication::translate("rakkan-hub", "The hub's DID (default: its did:key)."),
                                    QStringLiteral("DID"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  QCoreApplication::translate("rakkan-hub", "Declarations a minute per signing key."),
                                  QStringLiteral("N"), QStringLiteral("600"));
    parser.addOptions({db, listen, hubId, cert, key, issuer, rate});
    parser.process(app);
    rakkan::hub::HubRunOptions options;
    options.database = parser.value(db);
    const QString address = parser.value(listen);
    options.server.host = address.section(QLatin1Char(':'), 0, -2);
    options.server.port = address.section(QLatin1Char(':'), -1).toInt();
    options.server.certFile = parser.value(cert);
    options.server.keyFile = parser.value(key);
    bool ok = false;
    options.service.hubId = parser.value(hubId).toInt(&ok);
    options.service.issuer = parser.value(issuer);
    options.service.declarationsPerMinutePerKey = std::max(1, parser.value(rate).toInt());
    if (options.database.isEmpty() || !ok || options.service.hubId < 0 || options.service.hubId > 4095 ||
        options.server.host.isEmpty() || parser.isSet(cert) != parser.isSet(key)) {
        std::fputs(qPrintable(parser.helpText()), stderr);
        return 2;
    }
    return rakkan::hub::runHub(options);
}
