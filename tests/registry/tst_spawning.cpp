// Spawning's status API and the Have I Been Trained hand-off, against a stand-in for Spawning's servers on
// 127.0.0.1 that answers in the shapes Spawning's own client code expects (no public server can be used in
// a test). The stand-in also checks what Rakkan sends: the key header, the body format, nothing but URLs.

#include "catalog/Catalog.h"
#include "cataloguing/WorkEditor.h"
#include "common/TestSupport.h"
#include "registry/Spawning.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <httplib.h>

#include <mutex>
#include <thread>

using namespace rakkan;
using namespace rakkan::registry;

class TestSpawning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void queriesStatusInTheDocumentedShape();
    void handsOffToHaveIBeenTrained();
    void refusalsAndFailuresAreClear();
    void recordsWhatItLearntPerWork();

private:
    SpawningEndpoints endpoints(const char *prefix = "") const
    {
        const QString base = QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(prefix));
        return SpawningEndpoints{base + QStringLiteral("/api/v2/query/urls/"),
                                 base + QStringLiteral("/api/v1/materialize/urls/"),
                                 QStringLiteral("https://haveibeentrained.example"), QString()};
    }

    httplib::Server m_server;
    std::thread m_thread;
    int m_port = 0;
    std::mutex m_mutex;
    QList<QByteArray> m_bodies;
    QList<QByteArray> m_auth;
    QTemporaryDir m_dir;
};

void TestSpawning::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server.Post("/api/v2/query/urls/", [this](const httplib::Request &req, httplib::Response &res) {
        {
            std::lock_guard lock(m_mutex);
            m_bodies << QByteArray::fromStdString(req.body);
            m_auth << QByteArray::fromStdString(req.get_header_value("Authorization"));
        }
        if (req.get_header_value("Authorization") != "API good-key") {
            res.status = 401;
            return;
        }
        if (req.get_header_value("Content-Type") != "text/plain") {
            res.status = 415;
            return;
        }
        QJsonArray urls;
        for (const QByteArray &line : QByteArray::fromStdString(req.body).split('\n')) {
            if (line.isEmpty())
                continue;
            const bool out = line.contains("opted");
            urls.append(QJsonObject{{QStringLiteral("url"), QString::fromUtf8(line)},
                                    {QStringLiteral("optOut"), out},
                                    {QStringLiteral("optIn"), false}});
        }
        res.set_content(QJsonDocument(QJsonObject{{QStringLiteral("urls"), urls}}).toJson().toStdString(),
                        "application/json");
    });
    m_server.Post("/api/v1/materialize/urls/", [](const httplib::Request &req, httplib::Response &res) {
        const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(req.body)).object();
        if (body.value(QStringLiteral("urls")).toArray().isEmpty()) {
            res.status = 400;
            return;
        }
        res.set_content(R"({"id": "m-4711"})", "application/json");
    });
    m_server.Post("/broken/api/v2/query/urls/", [](const httplib::Request &, httplib::Response &res) {
        res.set_content("<html>maintenance</html>", "text/html");
    });
    m_server.Post("/busy/api/v2/query/urls/",
                  [](const httplib::Request &, httplib::Response &res) { res.status = 503; });
    m_port = m_server.bind_to_any_port("127.0.0.1");
    QVERIFY(m_port > 0);
    m_thread = std::thread([this] { m_server.listen_after_bind(); });
}

void TestSpawning::cleanupTestCase()
{
    m_server.stop();
    if (m_thread.joinable())
        m_thread.join();
}

void TestSpawning::queriesStatusInTheDocumentedShape()
{
    Spawning spawning(endpoints());
    const QStringList urls{QStringLiteral("https://art.example/opted/1.png"),
                           QStringLiteral("https://art.example/2.png")};
    auto status = spawning.optOutStatus(urls, QStringLiteral("good-key"));
    RAKKAN_VERIFY_OK(status);
    QCOMPARE(status->size(), 2);
    QVERIFY(status->value(urls[0]));
    QVERIFY(!status->value(urls[1]));
    QCOMPARE(m_auth.last(), QByteArray("API good-key"));
    QCOMPARE(m_bodies.last(), urls.join(QLatin1Char('\n')).toUtf8()); // URLs, one a line, nothing else
    // One URL alone is padded: the API wants more than one.
    RAKKAN_VERIFY_OK(spawning.optOutStatus({urls[1]}, QStringLiteral("good-key")));
    QCOMPARE(m_bodies.last(), urls[1].toUtf8() + '\n');
    // Thousands of URLs go in batches.
    QStringList many;
    for (int i = 0; i < 2500; ++i)
        many << QStringLiteral("https://art.example/%1.png").arg(i);
    const qsizetype before = m_bodies.size();
    auto big = spawning.optOutStatus(many, QStringLiteral("good-key"));
    RAKKAN_VERIFY_OK(big);
    QCOMPARE(big->size(), 2500);
    QCOMPARE(m_bodies.size() - before, 3);
}

void TestSpawning::handsOffToHaveIBeenTrained()
{
    Spawning spawning(endpoints());
    auto link = spawning.handOff({QStringLiteral("https://art.example/1.png")});
    RAKKAN_VERIFY_OK(link);
    QCOMPARE(*link, QStringLiteral("https://haveibeentrained.example?materialize_id=m-4711"));
    RAKKAN_VERIFY_ERROR(spawning.handOff({}), ErrorCode::InvalidArgument);
}

void TestSpawning::refusalsAndFailuresAreClear()
{
    const QStringList urls{QStringLiteral("https://a.example/1.png"), QStringLiteral("https://a.example/2.png")};
    RAKKAN_VERIFY_ERROR(Spawning(endpoints()).optOutStatus(urls, QStringLiteral("bad-key")),
                        ErrorCode::PermissionDenied);
    RAKKAN_VERIFY_ERROR(Spawning(endpoints()).optOutStatus(urls, QString()), ErrorCode::InvalidArgument);
    RAKKAN_VERIFY_ERROR(Spawning(endpoints("/broken")).optOutStatus(urls, QStringLiteral("good-key")),
                        ErrorCode::Corrupt);
    RAKKAN_VERIFY_ERROR(Spawning(endpoints("/busy")).optOutStatus(urls, QStringLiteral("good-key")), ErrorCode::Io);
    SpawningEndpoints nowhere = endpoints();
    nowhere.queryUrl = QStringLiteral("http://127.0.0.1:1/api/v2/query/urls/");
    RAKKAN_VERIFY_ERROR(Spawning(nowhere).optOutStatus(urls, QStringLiteral("good-key")), ErrorCode::Io);
}

void TestSpawning::recordsWhatItLearntPerWork()
{
    auto catalog = catalog::Catalog::open(m_dir.filePath(QStringLiteral("c.rakkan")));
    RAKKAN_VERIFY_OK(catalog);
    auto work = (*catalog)->works().create(QStringLiteral("星"), catalog::WorkKind::Illustration);
    catalog::WorkEdit edit;
    edit.addPublications = {
        catalog::Publication{0, QStringLiteral("https://art.example/opted/star.png"), QStringLiteral("pixiv"), {}},
        catalog::Publication{0, QStringLiteral("https://art.example/star2.png"), QString(), {}}};
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*(*catalog)).update(*work, edit));
    auto urls = Spawning::urlsOfWorks(**catalog, {*work});
    RAKKAN_VERIFY_OK(urls);
    QCOMPARE(urls->size(), 2);
    QVERIFY(!urls->first().optedOut);
    Spawning spawning(endpoints());
    QStringList list;
    for (const auto &u : *urls)
        list << u.url;
    auto status = spawning.optOutStatus(list, QStringLiteral("good-key"));
    RAKKAN_VERIFY_OK(Spawning::recordStatus(**catalog, *urls, *status));
    RAKKAN_VERIFY_OK(
        Spawning::recordHandOff(**catalog, *urls, QStringLiteral("https://hibt.example?materialize_id=1")));
    auto again = Spawning::urlsOfWorks(**catalog, {});
    QCOMPARE(again->size(), 2);
    for (const auto &u : *again) {
        QVERIFY(u.optedOut.has_value());
        QCOMPARE(*u.optedOut, u.url.contains(QLatin1String("opted")));
        QVERIFY(!u.checkedAt.isEmpty());
        QVERIFY(!u.handedOffAt.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSpawning)
#include "tst_spawning.moc"
