#include "enforcement/AccessLogAudit.h"

#include "catalog/WorkStore.h"
#include "reservations/PolicyStore.h"

#include <QUrl>

#include <zlib.h>

#include <cstring>

namespace rakkan::enforcement {

namespace {

int monthOf(const char *m)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i)
        if (std::memcmp(m, months[i], 3) == 0)
            return i + 1;
    return 0;
}

int digits(const char *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

// "10/Oct/2000:13:55:36 -0700", by hand: QDateTime's parser would dominate a gigabyte of log.
QDateTime parseTime(const char *p, qsizetype n)
{
    if (n < 26 || p[2] != '/' || p[6] != '/' || p[11] != ':' || p[20] != ' ')
        return {};
    const int day = digits(p, 2), month = monthOf(p + 3), year = digits(p + 7, 4);
    const int hour = digits(p + 12, 2), minute = digits(p + 15, 2), second = digits(p + 18, 2);
    const int zone = digits(p + 22, 4);
    if (day < 1 || month < 1 || year < 1970 || hour < 0 || minute < 0 || second < 0 || zone < 0)
        return {};
    const int offset = ((zone / 100) * 3600 + (zone % 100) * 60) * (p[21] == '-' ? -1 : 1);
    QDateTime t(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
    return t.isValid() ? t.addSecs(-offset) : QDateTime();
}

} // namespace

Result<AuditTargets> AuditTargets::fromCatalogue(catalog::Catalog &catalog, const QStringList &crawlers,
                                                 const QString &site)
{
    AuditTargets targets;
    targets.crawlers = crawlers;
    if (targets.crawlers.isEmpty()) {
        RAKKAN_TRY(auto policy, reservations::PolicyStore(catalog).policy());
        for (const auto &agent : policy.agents)
            targets.crawlers << agent.token;
    }
    RAKKAN_TRY(auto saved, catalog.database().queryText(
                               QStringLiteral("SELECT coalesce(min(updated_at), '') FROM reservation_policies")));
    targets.reservedSince = QDateTime::fromString(saved, Qt::ISODateWithMs);
    catalog::WorkStore works(catalog.database());
    RAKKAN_TRY(auto all, works.summaries());
    for (const auto &summary : all) {
        RAKKAN_TRY(auto work, works.get(summary.id));
        for (const catalog::Publication &p : work.publications) {
            const QUrl url(p.url);
            if (url.path().isEmpty() || (!site.isEmpty() && url.host().compare(site, Qt::CaseInsensitive) != 0))
                continue;
            targets.workPaths.insert(url.path(), summary.id);
        }
    }
    return targets;
}

AccessLogAudit::AccessLogAudit(AuditTargets targets) : m_targets(std::move(targets))
{
    for (const QString &c : m_targets.crawlers)
        m_lowerCrawlers << c.toLower().toUtf8();
}

void AccessLogAudit::read(const QString &path, const std::shared_ptr<std::atomic<bool>> &cancel)
{
    // gzread reads plain files as they are, so one loop serves .log and .log.gz.
    gzFile file = gzopen(path.toLocal8Bit().constData(), "rb");
    if (!file) {
        m_report.errors << tr("%1 cannot be read.").arg(path);
        return;
    }
    gzbuffer(file, 256 * 1024);
    m_report.files << path;
    QByteArray buffer(kMaxLine + 2, Qt::Uninitialized);
    bool skippingLongLine = false;
    qint64 n = 0;
    while (gzgets(file, buffer.data(), int(buffer.size()))) {
        qsizetype length = qsizetype(std::strlen(buffer.constData()));
        m_report.bytes += length;
        const bool complete = length > 0 && buffer[length - 1] == '\n';
        if (skippingLongLine) { // the rest of a line too long to be a log line
            skippingLongLine = !complete;
            continue;
        }
        if (!complete && length >= kMaxLine) {
            skippingLongLine = true;
            ++m_report.lines;
            ++m_report.unreadLines;
            continue;
        }
        readLine(buffer.constData(), complete ? length - 1 : length);
        if (cancel && (++n & 0xFFFF) == 0 && cancel->load())
            break;
    }
    int error = Z_OK;
    const char *message = gzerror(file, &error);
    if (error != Z_OK && error != Z_STREAM_END)
        m_report.errors
            << tr("%1 is damaged after %2 lines (%3).").arg(path).arg(m_report.lines).arg(QString::fromLatin1(message));
    gzclose(file);
}

void AccessLogAudit::readLine(const char *line, qsizetype length)
{
    ++m_report.lines;
    const QByteArrayView text(line, length);
    // ADDRESS IDENT USER [TIME] "METHOD PATH PROTOCOL" STATUS BYTES "REFERER" "AGENT"
    const qsizetype open = text.indexOf('[');
    const qsizetype close = open < 0 ? -1 : text.indexOf(']', open);
    const qsizetype requestStart = close < 0 ? -1 : text.indexOf('"', close);
    const qsizetype requestEnd = requestStart < 0 ? -1 : text.indexOf('"', requestStart + 1);
    const qsizetype agentEnd = text.endsWith('"') ? length - 1 : -1;
    const qsizetype agentStart = agentEnd <= 0 ? -1 : text.lastIndexOf('"', agentEnd - 1);
    if (requestEnd < 0 || agentStart <= requestEnd) {
        ++m_report.unreadLines;
        return;
    }
    const QByteArrayView agent = text.sliced(agentStart + 1, agentEnd - agentStart - 1);
    int which = -1;
    for (int i = 0; i < m_lowerCrawlers.size() && which < 0; ++i) {
        const QByteArray &token = m_lowerCrawlers[i];
        // Case-insensitive search without allocating for the common line that names no crawler.
        for (qsizetype at = 0; at + token.size() <= agent.size(); ++at)
            if (qstrnicmp(agent.data() + at, token.constData(), token.size()) == 0) {
                which = i;
                break;
            }
    }
    if (which < 0)
        return;
    const QDateTime when = parseTime(line + open + 1, close - open - 1);
    if (!when.isValid()) {
        ++m_report.unreadLines;
        return;
    }
    const QByteArrayView request = text.sliced(requestStart + 1, requestEnd - requestStart - 1);
    const qsizetype space1 = request.indexOf(' ');
    const qsizetype space2 = space1 < 0 ? -1 : request.indexOf(' ', space1 + 1);
    QByteArrayView target =
        space1 < 0 ? QByteArrayView() : request.sliced(space1 + 1, (space2 < 0 ? request.size() : space2) - space1 - 1);
    if (const qsizetype query = target.indexOf('?'); query >= 0)
        target = target.first(query);
    const QByteArrayView after = text.sliced(requestEnd + 1).trimmed();
    const int status = after.size() >= 3 ? digits(after.data(), 3) : -1;

    CrawlerVisits &v = m_report.crawlers[m_targets.crawlers[which]];
    v.crawler = m_targets.crawlers[which];
    ++v.requests;
    if (!v.first.isValid() || when < v.first)
        v.first = when;
    if (!v.last.isValid() || when > v.last)
        v.last = when;
    const QString address = QString::fromLatin1(text.first(qMax<qsizetype>(0, text.indexOf(' '))));
    if (v.addresses.size() < 10 && !v.addresses.contains(address))
        v.addresses << address;
    if (m_targets.reservedSince.isValid() && when < m_targets.reservedSince)
        return;
    ++v.afterReservation;
    const QString path = QUrl::fromPercentEncoding(target.toByteArray());
    const auto work = m_targets.workPaths.constFind(path);
    if (work == m_targets.workPaths.cend() || !((status >= 200 && status < 300) || status == 304))
        return;
    ++v.worksFetched;
    CrawlerVisits::Work &w = v.works[work.value()];
    w.workId = work.value();
    ++w.count;
    if (!w.first.isValid() || when < w.first)
        w.first = when;
    if (!w.last.isValid() || when > w.last)
        w.last = when;
    if (w.paths.size() < 20 && !w.paths.contains(path))
        w.paths << path;
}

QString AuditReport::text(const std::function<QString(qint64)> &workTitle) const
{
    QString out;
    out += AccessLogAudit::tr("%n line(s) read from %1", "", int(qMin<qint64>(lines, INT_MAX)))
               .arg(files.join(QStringLiteral(", "))) +
           QLatin1Char('\n');
    if (unreadLines)
        out += AccessLogAudit::tr("%n line(s) not in the combined log format were skipped.", "",
                                  int(qMin<qint64>(unreadLines, INT_MAX))) +
               QLatin1Char('\n');
    for (const QString &e : errors)
        out += e + QLatin1Char('\n');
    if (crawlers.isEmpty())
        out += AccessLogAudit::tr("No request from a crawler on the list.") + QLatin1Char('\n');
    for (const CrawlerVisits &v : crawlers) {
        out += QStringLiteral("\n%1\n").arg(v.crawler);
        out += QStringLiteral("  ") +
               AccessLogAudit::tr("%1 requests, %2 after the reservation, %3 for your works; from %4 to %5 (UTC)")
                   .arg(v.requests)
                   .arg(v.afterReservation)
                   .arg(v.worksFetched)
                   .arg(v.first.toString(Qt::ISODate), v.last.toString(Qt::ISODate)) +
               QLatin1Char('\n');
        out += QStringLiteral("  ") +
               AccessLogAudit::tr("from the addresses %1").arg(v.addresses.join(QStringLiteral(", "))) +
               QLatin1Char('\n');
        for (const CrawlerVisits::Work &w : v.works)
            out += QStringLiteral("  - ") +
                   AccessLogAudit::tr("work %1 \"%2\": %3 times, %4 to %5: %6")
                       .arg(w.workId)
                       .arg(workTitle ? workTitle(w.workId) : QString())
                       .arg(w.count)
                       .arg(w.first.toString(Qt::ISODate), w.last.toString(Qt::ISODate),
                            w.paths.join(QStringLiteral(" "))) +
                   QLatin1Char('\n');
    }
    return out;
}

} // namespace rakkan::enforcement
