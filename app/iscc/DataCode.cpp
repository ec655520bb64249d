#include "iscc/DataCode.h"

#include "iscc/IsccHeader.h"
#include "iscc/IsccText.h"
#include "iscc/SimilarityHash.h"

#include <xxhash.h>

#include <array>

namespace rakkan::iscc {

namespace {

// The gear table of ISO 24138's content-defined chunking. Part of the standard: another table cuts other chunks.
constexpr std::array<quint32, 256> kGear = {
    1553318008, 574654857,  759734804,  310648967,  1393527547, 1195718329, 694400241,  1154184075, 1319583805,
    1298164590, 122602963,  989043992,  1918895050, 933636724,  1369634190, 1963341198, 1565176104, 1296753019,
    1105746212, 1191982839, 1195494369, 29065008,   1635524067, 722221599,  1355059059, 564669751,  1620421856,
    1100048288, 1018120624, 1087284781, 1723604070, 1415454125, 737834957,  1854265892, 1605418437, 1697446953,
    973791659,  674750707,  1669838606, 320299026,  1130545851, 1725494449, 939321396,  748475270,  554975894,
    1651665064, 1695413559, 671470969,  992078781,  1935142196, 1062778243, 1901125066, 1935811166, 1644847216,
    744420649,  2068980838, 1988851904, 1263854878, 1979320293, 111370182,  817303588,  478553825,  694867320,
    685227566,  345022554,  2095989693, 1770739427, 165413158,  1322704750, 46251975,   710520147,  700507188,
    2104251000, 1350123687, 1593227923, 1756802846, 1179873910, 1629210470, 358373501,  807118919,  751426983,
    172199468,  174707988,  1951167187, 1328704411, 2129871494, 1242495143, 1793093310, 1721521010, 306195915,
    1609230749, 1992815783, 1790818204, 234528824,  551692332,  1930351755, 110996527,  378457918,  638641695,
    743517326,  368806918,  1583529078, 1767199029, 182158924,  1114175764, 882553770,  552467890,  1366456705,
    934589400,  1574008098, 1798094820, 1548210079, 821697741,  601807702,  332526858,  1693310695, 136360183,
    1189114632, 506273277,  397438002,  620771032,  676183860,  1747529440, 909035644,  142389739,  1991534368,
    272707803,  1905681287, 1210958911, 596176677,  1380009185, 1153270606, 1150188963, 1067903737, 1020928348,
    978324723,  962376754,  1368724127, 1133797255, 1367747748, 1458212849, 537933020,  1295159285, 2104731913,
    1647629177, 1691336604, 922114202,  170715530,  1608833393, 62657989,   1140989235, 381784875,  928003604,
    449509021,  1057208185, 1239816707, 525522922,  476962140,  102897870,  132620570,  419788154,  2095057491,
    1240747817, 1271689397, 973007445,  1380110056, 1021668229, 12064370,   1186917580, 1017163094, 597085928,
    2018803520, 1795688603, 1722115921, 2015264326, 506263638,  1002517905, 1229603330, 1376031959, 763839898,
    1970623926, 1109937345, 524780807,  1976131071, 905940439,  1313298413, 772929676,  1578848328, 1108240025,
    577439381,  1293318580, 1512203375, 371003697,  308046041,  320070446,  1252546340, 568098497,  1341794814,
    1922466690, 480833267,  1060838440, 969079660,  1836468543, 2049091118, 2023431210, 383830867,  2112679659,
    231203270,  1551220541, 1377927987, 275637462,  2110145570, 1700335604, 738389040,  1688841319, 1506456297,
    1243730675, 258043479,  599084776,  41093802,   792486733,  1897397356, 28077829,   1520357900, 361516586,
    1119263216, 209458355,  45979201,   363681532,  477245280,  2107748241, 601938891,  244572459,  1689418013,
    1141711990, 1485744349, 1181066840, 1950794776, 410494836,  1445347454, 2137242950, 852679640,  1014566730,
    1999335993, 1871390758, 1736439305, 231222289,  603972436,  783045542,  370384393,  184356284,  709706295,
    1453549767, 591603172,  768512391,  854125182};

// Chunking parameters for the standard's 1024-byte average: min = avg/4, max = avg*8, the "centre" where the
// stricter mask gives way to the looser one, and masks of log2(avg) +/- 1 bits.
constexpr qsizetype kMinChunk = 256;
constexpr qsizetype kMaxChunk = 8192;
constexpr qsizetype kCenter = 1024 - (256 + 128);
constexpr quint32 kMaskSmall = (1u << 11) - 1;
constexpr quint32 kMaskLarge = (1u << 9) - 1;

// Where the chunk starting at `data` ends (at most `size` bytes are available).
qsizetype cutPoint(const quint8 *data, qsizetype size)
{
    quint32 pattern = 0;
    qsizetype i = qMin(kMinChunk, size);
    for (const qsizetype barrier = qMin(kCenter, size); i < barrier; ++i) {
        pattern = (pattern >> 1) + kGear[data[i]];
        if (!(pattern & kMaskSmall))
            return i + 1;
    }
    for (const qsizetype barrier = qMin(kMaxChunk, size); i < barrier; ++i) {
        pattern = (pattern >> 1) + kGear[data[i]];
        if (!(pattern & kMaskLarge))
            return i + 1;
    }
    return i;
}

QString encodeUnit(MainType type, int subType, const QByteArray &digest, int bits)
{
    IsccUnit unit;
    unit.mainType = type;
    unit.subType = subType;
    unit.lengthCode = bits / 32 - 1;
    unit.body = digest.left(bits / 8);
    return IsccCodec::encode(unit);
}

} // namespace

void DataHasher::push(QByteArrayView bytes)
{
    Q_ASSERT(!m_finished);
    m_pending.append(bytes.data(), bytes.size());
    cutChunks(false);
}

void DataHasher::cutChunks(bool final)
{
    // Only cut while more than a whole largest chunk is waiting, so every cut sees what it would see if all the
    // bytes had come at once; the rest waits for more input or for the end.
    const auto *data = reinterpret_cast<const quint8 *>(m_pending.constData());
    qsizetype start = 0;
    while (final ? start < m_pending.size() : m_pending.size() - start > kMaxChunk) {
        const qsizetype length = cutPoint(data + start, m_pending.size() - start);
        m_features.push_back(quint32(XXH32(data + start, size_t(length), 0)));
        start += length;
    }
    m_pending.remove(0, start);
}

QByteArray DataHasher::digest()
{
    if (!m_finished) {
        cutChunks(true);
        if (m_features.empty()) // empty input: the hash of no bytes is the one feature
            m_features.push_back(quint32(XXH32(nullptr, 0, 0)));
        m_finished = true;
    }
    return minHash256(m_features);
}

QString DataHasher::code(int bits)
{
    return encodeUnit(MainType::Data, 0, digest(), bits);
}

QString dataCode(QByteArrayView bytes, int bits)
{
    DataHasher hasher;
    hasher.push(bytes);
    return hasher.code(bits);
}

TextCode textCode(const QString &input, int bits)
{
    const QList<char32_t> collapsed = text::codePoints(text::collapse(input));
    std::vector<quint32> features;
    for (const auto &gram : slidingWindow(collapsed, 13)) {
        const QByteArray utf8 = text::fromCodePoints(gram).toUtf8();
        features.push_back(quint32(XXH32(utf8.constData(), size_t(utf8.size()), 0)));
    }
    return TextCode{encodeUnit(MainType::Content, 0, minHash256(features), bits), int(collapsed.size())};
}

} // namespace rakkan::iscc
