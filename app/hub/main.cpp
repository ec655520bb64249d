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
    // rakkan-hub migrate FROM TO: moving a hub, e.g. from its SQLite file into PostgreSQL.
    if (app.arguments().value(1) == QLatin1String("migrate")) {
        QCommandLineParser parser;
        parser.setApplicationDescription(QCoreApplication::translate(
            "rakkan-hub", "Copies a hub's declarations, receipts and key into another database (a SQLite file or "
                          "postgresql://...), keeping every ISCC-ID. An interrupted copy continues where it stopped."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("migrate"), QString());
        parser.addPositionalArgument(QStringLiteral("from"), QCoreApplication::translate("rakkan-hub", "The hub now."),
                                     QStringLiteral("FROM"));
        parser.addPositionalArgument(QStringLiteral("to"), QCoreApplication::translate("rakkan-hub", "Where it moves."),
                                     QStringLiteral("TO"));
        parser.process(app);
        if (parser.positionalArguments().size() != 3) {
            std::fputs(qPrintable(parser.helpText()), stderr);
            return 2;
        }
        return rakkan::hub::migrateHub(parser.positionalArguments().at(1), parser.positionalArguments().at(2));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "rakkan-hub", "Serves the ISCC-HUB declaration API: signed, timestamped opt-out declarations, a public log, "
                      "and lookups by ISCC unit and PDQ hash.\n\n  rakkan-hub migrate FROM TO   moves a hub to "
                      "another database."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("rakkan-hub", "The hub's database: a SQLite file, or postgresql://... shared by "
                                                  "several hub processes."),
        QStringLiteral("FILE|URL"));
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
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   QCoreApplication::translate("rakkan-hub", "No request log on stderr."));
    parser.addOptions({db, listen, hubId, cert, key, issuer, rate, quiet});
    parser.process(app);
    rakkan::hub::HubRunOptions options;
    options.database = parser.value(db);
    const QString address = parser.value(listen);
    options.server.host = address.section(QLatin1Char(':'), 0, -2);
    options.server.port = address.section(QLatin1Char(':'), -1).toInt();
    options.server.certFile = parser.value(cert);
    options.server.keyFile = parser.value(key);
    options.server.logRequests = !parser.isSet(quiet);
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
