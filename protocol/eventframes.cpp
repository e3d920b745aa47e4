#include "eventframes.h"

#include <algorithm>

namespace confab::protocol {

namespace {
// QJsonDocument writes an object's keys in sorted order: "events" before "type".
constexpr char FrameHead[] = "{\"events\":[";
constexpr char FrameTail[] = "],\"type\":\"events\"}";
} // namespace

EncodedEvents::EncodedEvents(const QList<Event> &events)
{
    m_pieces.reserve(events.size());
    m_seqs.reserve(events.size());
    for (const Event &e : events) {
        m_pieces.append(encodeJson(e.toJson()));
        m_seqs.append(e.seq);
    }
}

EncodedEvents EncodedEvents::fromEncoded(QList<QByteArray> pieces, QList<qint64> seqs)
{
    Q_ASSERT(pieces.size() == seqs.size());
    EncodedEvents e;
    e.m_pieces = std::move(pieces);
    e.m_seqs = std::move(seqs);
    return e;
}

qsizetype EncodedEvents::frameOverhead()
{
    return qsizetype(sizeof(FrameHead) - 1 + sizeof(FrameTail) - 1);
}

qsizetype EncodedEvents::indexAfterSeq(qint64 seq) const
{
    // Seqs of a run are ascending.
    return std::upper_bound(m_seqs.cbegin(), m_seqs.cend(), seq) - m_seqs.cbegin();
}

QList<EncodedEvents::Range> EncodedEvents::frames(qsizetype from, qsizetype maxBytes, qsizetype maxEvents) const
{
    QList<Range> out;
    const qsizetype n = size();
    qsizetype i = std::clamp<qsizetype>(from, 0, n);
    while (i < n) {
        Range r { i, i };
        qsizetype bytes = frameOverhead();
        while (r.to < n && r.count() < maxEvents) {
            const qsizetype add = m_pieces.at(r.to).size() + (r.count() > 0 ? 1 : 0); // comma
            if (r.count() > 0 && bytes + add > maxBytes)
                break;
            bytes += add;
            ++r.to;
        }
        out.append(r);
        i = r.to;
    }
    return out;
}

QByteArray EncodedEvents::frame(Range range) const
{
    qsizetype bytes = frameOverhead();
    for (qsizetype i = range.from; i < range.to; ++i)
        bytes += m_pieces.at(i).size() + 1;
    QByteArray out;
    out.reserve(bytes);
    out.append(FrameHead, sizeof(FrameHead) - 1);
    for (qsizetype i = range.from; i < range.to; ++i) {
        if (i > range.from)
            out.append(',');
        out.append(m_pieces.at(i));
    }
    out.append(FrameTail, sizeof(FrameTail) - 1);
    return out;
}

QList<QByteArray> encodeEventsFrames(const QList<Event> &events, qsizetype maxBytes)
{
    const EncodedEvents encoded(events);
    QList<QByteArray> out;
    for (const EncodedEvents::Range &r : encoded.frames(0, maxBytes))
        out.append(encoded.frame(r));
    return out;
}

} // namespace confab::protocol
