#include "features/Alignment.h"

#include <algorithm>
#include <cmath>
#include <opencv2/calib3d.hpp>

namespace rakkan::features {

namespace {

double area(const QPolygonF &polygon)
{
    // Shoelace formula; the polygon may or may not repeat its first point.
    double twice = 0;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF &a = polygon[i];
        const QPointF &b = polygon[(i + 1) % polygon.size()];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}

QPolygonF rectangle(QSizeF size)
{
    return QPolygonF(QRectF(QPointF(0, 0), size));
}

// Grows `box` to hold `point` (a point alone is a box of almost no size, so that isNull() still means empty).
void include(QRectF &box, QPointF point)
{
    const QRectF dot(point, QSizeF(0.001, 0.001));
    box = box.isNull() ? dot : box.united(dot);
}

} // namespace

std::optional<Alignment> Aligner::align(const FeatureSet &work, const FeatureSet &query, const Options &options)
{
    if (work.size() < options.minInliers || query.size() < options.minInliers || work.imageSize.isEmpty() ||
        query.imageSize.isEmpty())
        return std::nullopt;

    // Each of the work's descriptors proposes its nearest in the suspect, if clearly nearer than the next.
    std::vector<cv::Point2f> from;
    std::vector<cv::Point2f> to;
    std::vector<std::pair<qsizetype, qsizetype>> pairs; // work keypoint, query keypoint
    for (qsizetype i = 0; i < work.size(); ++i) {
        const Descriptor &d = work.descriptors[size_t(i)];
        int best = 257;
        int second = 257;
        qsizetype bestAt = -1;
        for (qsizetype j = 0; j < query.size(); ++j) {
            const int h = hamming(d, query.descriptors[size_t(j)]);
            if (h < best) {
                second = best;
                best = h;
                bestAt = j;
            } else if (h < second) {
                second = h;
            }
        }
        if (bestAt < 0 || best > options.maxDistance || best >= options.ratio * second)
            continue;
        const QPointF w = work.pixel(i);
        const QPointF q = query.pixel(bestAt);
        from.emplace_back(float(w.x()), float(w.y()));
        to.emplace_back(float(q.x()), float(q.y()));
        pairs.emplace_back(i, bestAt);
    }
    if (int(from.size()) < options.minInliers)
        return std::nullopt;

    // Four degrees of freedom (turn, uniform scale, shift): what re-uploads, crops, screenshots and straightened
    // scans do, and too few for chance agreements to fit many points at once.
    const double tolerance = std::max(3.0, 0.012 * std::max(query.imageSize.width(), query.imageSize.height()));
    cv::Mat inlierMask;
    cv::Mat m;
    double scale = 0;
    // When many of the work's keypoints all pick the same blob of the suspect (a repeated motif), a model that
    // shrinks the work onto that blob fits them all and can win over the true alignment; such a model is set aside
    // with the pairs it explains, and the rest are tried again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m = cv::estimateAffinePartial2D(from, to, inlierMask, cv::RANSAC, tolerance, 3000, 0.995, 10);
        if (m.empty())
            return std::nullopt;
        scale = std::hypot(m.at<double>(0, 0), m.at<double>(1, 0));
        if (scale > 0.05 && scale < 20)
            break;
        std::vector<cv::Point2f> keptFrom;
        std::vector<cv::Point2f> keptTo;
        std::vector<std::pair<qsizetype, qsizetype>> keptPairs;
        for (size_t k = 0; k < pairs.size(); ++k)
            if (!inlierMask.at<uchar>(int(k))) {
                keptFrom.push_back(from[k]);
                keptTo.push_back(to[k]);
                keptPairs.push_back(pairs[k]);
            }
        from.swap(keptFrom);
        to.swap(keptTo);
        pairs.swap(keptPairs);
        if (int(from.size()) < options.minInliers)
            return std::nullopt;
    }
    if (!(scale > 0.05 && scale < 20))
        return std::nullopt;
    const double a = m.at<double>(0, 0);
    const double b = m.at<double>(1, 0);
    const double turn = std::atan2(b, a) * 180.0 / M_PI; // in image axes, as ORB measures its angles

    // Positions alone can line up by chance in pictures full of alike corners (flat clip art, lettering). Each
    // keypoint also has a size and an orientation: in a true copy both follow the transform.
    const double workSide = std::max(work.imageSize.width(), work.imageSize.height());
    const double querySide = std::max(query.imageSize.width(), query.imageSize.height());
    int inliers = 0;
    QRectF spread;
    for (size_t k = 0; k < pairs.size(); ++k) {
        if (!inlierMask.at<uchar>(int(k)))
            continue;
        const Keypoint &w = work.points[size_t(pairs[k].first)];
        const Keypoint &q = query.points[size_t(pairs[k].second)];
        const double sizeRatio = (q.size * querySide) / std::max(1e-6, w.size * workSide) / scale;
        double angle = std::fmod(double(q.angle) - double(w.angle) - turn, 360.0);
        angle = std::abs(angle > 180 ? angle - 360 : (angle < -180 ? angle + 360 : angle));
        if (sizeRatio < 0.5 || sizeRatio > 2.0 || angle > 30)
            continue;
        ++inliers;
        include(spread, QPointF(from[k].x, from[k].y));
    }
    if (inliers < options.minInliers || inliers < options.minInlierShare * double(from.size()))
        return std::nullopt;

    Alignment result;
    result.inliers = inliers;
    result.candidates = int(from.size());
    result.scale = scale;
    // Image y grows downwards: a counter-clockwise turn as a person sees it has a negative angle in these axes.
    // For a mirrored set the transform maps the work onto the flipped suspect; read as "mirrored, then turned", as a
    // person describes the copy, the turn goes the other way.
    result.rotation = (query.mirrored ? 1 : -1) * std::atan2(b, a) * 180.0 / M_PI;
    result.mirrored = query.mirrored;
    QTransform transform(a, b, m.at<double>(0, 1), m.at<double>(1, 1), m.at<double>(0, 2), m.at<double>(1, 2));
    if (query.mirrored) // the features were taken from the suspect flipped: flip the result back
        transform = transform * QTransform(-1, 0, 0, 1, query.imageSize.width(), 0);
    result.workToQuery = transform;

    const QPolygonF workRect = rectangle(QSizeF(work.imageSize));
    const QPolygonF queryRect = rectangle(QSizeF(query.imageSize));
    bool invertible = false;
    const QTransform back = transform.inverted(&invertible);
    if (!invertible)
        return std::nullopt;
    result.workInQuery = transform.map(workRect);
    result.queryInWork = back.map(queryRect).intersected(workRect);
    result.workShown = std::clamp(area(result.queryInWork) / area(workRect), 0.0, 1.0);
    result.queryCovered = std::clamp(area(result.workInQuery.intersected(queryRect)) / area(queryRect), 0.0, 1.0);
    result.frameCovered =
        std::clamp(area(rectangle(result.workInQuery.boundingRect().intersected(queryRect.boundingRect()).size())) /
                       area(queryRect),
                   0.0, 1.0);
    // A handful of keypoints in one corner, or the work shrunk to a speck of the suspect: not a copy of the work.
    if (result.workShown < 0.02 || area(transform.map(rectangle(QSizeF(work.imageSize)))) < 0.01 * area(queryRect))
        return std::nullopt;
    // Inliers must spread over the part of the shown region where the work has keypoints at all: a drawing on a
    // large white page has them only on the drawing, and measuring against the whole region refused every crop of
    // it.
    QRectF textured;
    for (qsizetype i = 0; i < work.size(); ++i) {
        const QPointF at = work.pixel(i);
        if (result.queryInWork.containsPoint(at, Qt::OddEvenFill))
            include(textured, at);
    }
    const double shownArea = std::min(area(result.queryInWork), textured.width() * textured.height());
    if (shownArea <= 0 || spread.width() * spread.height() < 0.08 * shownArea)
        return std::nullopt;
    return result;
}

} // namespace rakkan::features
