#pragma once

#include "frames.h"
#include "limits.h"

#include <QByteArray>
#include <QList>

namespace confab::protocol {

// A run of events encoded ONCE, to be sent as `events` frames to any number of sessions.
// Frames are cut by count (limits::MaxEventsPerFrame) and by encoded size
// (limits::EventsFrameBudget): a frame holding more than one event stays within the budget, a
// single event larger than the budget goes out alone (still within MaxServerFrameBytes, which
// no single entity exceeds). Each frame holds consecutive events of the run, in order.
//
// frame() builds exactly the bytes encodeFrame(Events{…}) would (tested), from the events'
// encodings: a fan-out to 10,000 sessions encodes each event once, and a session that already
// has some of the events (its catch-up read them) gets a frame of the rest without re-encoding.
class EncodedEvents
{
public:
    struct Range
    {
        qsizetype from = 0; // index of the first event
        qsizetype to = 0;   // one past the last
        qsizetype count() const { return to - from; }
    };

    EncodedEvents() = default;
    explicit EncodedEvents(const QList<Event> &events);
    // From events encoded earlier (pieceAt() of another run) and their seqs, in order.
    static EncodedEvents fromEncoded(QList<QByteArray> pieces, QList<qint64> seqs);

    qsizetype size() const { return m_seqs.size(); }
    bool isEmpty() const { return m_seqs.isEmpty(); }
    qint64 seqAt(qsizetype i) const { return m_seqs.at(i); }
    qsizetype encodedSizeAt(qsizetype i) const { return m_pieces.at(i).size(); }
    const QByteArray &pieceAt(qsizetype i) const { return m_pieces.at(i); } // the event's compact JSON
    // The index of the first event with seq > `seq` (size() when none).
    qsizetype indexAfterSeq(qint64 seq) const;

    // [from, size()) cut into frames as described above.
    QList<Range> frames(qsizetype from = 0, qsizetype maxBytes = limits::EventsFrameBudget,
                        qsizetype maxEvents = limits::MaxEventsPerFrame) const;
    // The compact UTF-8 `events` frame of events [range.from, range.to).
    QByteArray frame(Range range) const;

    // Bytes of an `events` frame besides its events: {"events":[ … ],"type":"events"}.
    static qsizetype frameOverhead();

private:
    QList<QByteArray> m_pieces; // each event's compact JSON
    QList<qint64> m_seqs;
};

// Convenience: encodeFrame(Events{…}) for each frame of `events`, cut as above.
QList<QByteArray> encodeEventsFrames(const QList<Event> &events, qsizetype maxBytes = limits::EventsFrameBudget);

} // namespace confab::protocol
