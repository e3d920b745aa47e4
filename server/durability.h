#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace confab::server {

// Group commit for a SQLite database in WAL mode.
//
// With `PRAGMA synchronous = FULL` every COMMIT waits for its own fsync of the WAL (about 4 ms
// on a virtual disk), and confabd's single thread waits with it: at most ~250 commits a second,
// whatever the CPU. With a gate, commits run with `synchronous = NORMAL` (WAL mode keeps them
// atomic and consistent: a torn tail is ignored on recovery), and a worker thread fsyncs the
// WAL file. Whatever must not be seen before the commit is durable — the events fanned out, the
// ack, the welcome of a new visitor — is handed to afterCommit() and runs, in order, on the
// gate's thread once an fsync that STARTED after that call has finished. Meanwhile the server
// goes on handling requests; the next fsync covers all of them. The guarantee is the one of
// synchronous = FULL: nothing is acknowledged before it is on disk.
//
// Checkpoints stay safe: with synchronous = NORMAL SQLite fsyncs the WAL before copying it into
// the database and the database after. On Linux, fsync through any descriptor of a file flushes
// all of that file's written data, whichever descriptor wrote it.
class DurabilityGate : public QObject
{
    Q_OBJECT
public:
    // walPath: the database's "-wal" file (opened when first needed).
    explicit DurabilityGate(QString walPath, QObject *parent = nullptr);
    ~DurabilityGate() override; // stops the worker; callbacks still waiting are dropped

    // Call right after a COMMIT returned: `then` runs once that commit is durable, after every
    // callback registered before it. A callback whose context was destroyed meanwhile is skipped.
    void afterCommit(QObject *context, std::function<void()> then);

    // Blocks until everything committed so far is durable (for answers that cannot wait in a
    // queue, such as an HTTP response). Runs the callbacks that became due.
    void waitDurable();

    // From inside a callback: runs `fn` once every callback that became due with this fsync has
    // run, in the order given. The hub uses it to send the events of a whole round of commits
    // as one fan-out, and the replies after them.
    void atRoundEnd(std::function<void()> fn);
    bool inRound() const { return m_inRound; }

    // What was fsynced, and how often (for logs and benchmarks).
    quint64 syncCount() const;
    // Something committed and registered here is not durable yet (or its callbacks have not run).
    bool hasPending() const;
    bool failed() const;

private:
    void workerLoop();
    void runDue(quint64 synced);

    struct Waiting
    {
        quint64 ticket;
        QPointer<QObject> context;
        bool hasContext;
        std::function<void()> then;
    };

    QString m_walPath;
    std::deque<Waiting> m_waiting; // gate thread only
    std::deque<std::function<void()>> m_roundEnd; // gate thread only
    bool m_inRound = false;
    quint64 m_nextTicket = 0;      // gate thread only

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;    // worker: a ticket is waiting
    std::condition_variable m_synced;  // waitDurable: an fsync finished
    quint64 m_requested = 0; // highest ticket that wants an fsync
    quint64 m_done = 0;      // highest ticket covered by a finished fsync
    quint64 m_syncs = 0;
    bool m_stop = false;
    bool m_failed = false;
    std::thread m_worker;
};

} // namespace confab::server
