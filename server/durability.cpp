#include "durability.h"

#include <QFile>
#include <QLoggingCategory>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace confab::server {

Q_LOGGING_CATEGORY(lcDurability, "confabd.durability", QtInfoMsg)

DurabilityGate::DurabilityGate(QString walPath, QObject *parent) : QObject(parent), m_walPath(std::move(walPath))
{
    m_worker = std::thread([this] { workerLoop(); });
}

DurabilityGate::~DurabilityGate()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_worker.join();
}

void DurabilityGate::afterCommit(QObject *context, std::function<void()> then)
{
    const quint64 ticket = ++m_nextTicket;
    m_waiting.push_back({ ticket, QPointer<QObject>(context), context != nullptr, std::move(then) });
    {
        std::lock_guard lock(m_mutex);
        m_requested = ticket;
    }
    m_wake.notify_one();
}

void DurabilityGate::waitDurable()
{
    const quint64 ticket = ++m_nextTicket;
    quint64 done = 0;
    {
        std::unique_lock lock(m_mutex);
        m_requested = ticket;
        m_wake.notify_one();
        m_synced.wait(lock, [&] { return m_done >= ticket || m_stop; });
        done = m_done;
    }
    runDue(done);
}

quint64 DurabilityGate::syncCount() const
{
    std::lock_guard lock(m_mutex);
    return m_syncs;
}

bool DurabilityGate::hasPending() const
{
    if (!m_waiting.empty())
        return true;
    std::lock_guard lock(m_mutex);
    return m_requested > m_done;
}

bool DurabilityGate::failed() const
{
    std::lock_guard lock(m_mutex);
    return m_failed;
}

void DurabilityGate::atRoundEnd(std::function<void()> fn)
{
    if (!m_inRound) {
        fn();
        return;
    }
    m_roundEnd.push_back(std::move(fn));
}

void DurabilityGate::runDue(quint64 synced)
{
    if (m_inRound)
        return; // a callback waited (waitDurable): the round in progress takes these too
    m_inRound = true;
    while (!m_waiting.empty() && m_waiting.front().ticket <= synced) {
        Waiting w = std::move(m_waiting.front());
        m_waiting.pop_front();
        if (!w.hasContext || w.context)
            w.then();
    }
    m_inRound = false;
    while (!m_roundEnd.empty()) {
        std::function<void()> fn = std::move(m_roundEnd.front());
        m_roundEnd.pop_front();
        fn();
    }
}

void DurabilityGate::workerLoop()
{
    int fd = -1;
    for (;;) {
        quint64 target = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || m_requested > m_done; });
            if (m_stop)
                break;
            target = m_requested;
        }
        // Everything committed before `target` was written to the WAL before the ticket was
        // taken, so this fsync covers it.
        bool ok = true;
        if (fd < 0)
            fd = ::open(QFile::encodeName(m_walPath).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0 || ::fdatasync(fd) != 0) {
            ok = false;
            const int err = errno;
            qCCritical(lcDurability, "cannot fsync %ls: %s; acknowledging without it",
                       qUtf16Printable(m_walPath), std::strerror(err));
            if (fd >= 0) {
                ::close(fd);
                fd = -1;
            }
        }
        {
            std::lock_guard lock(m_mutex);
            m_done = target;
            ++m_syncs;
            m_failed = m_failed || !ok;
        }
        m_synced.notify_all();
        QMetaObject::invokeMethod(this, [this, target] { runDue(target); }, Qt::QueuedConnection);
    }
    if (fd >= 0)
        ::close(fd);
}

} // namespace confab::server
