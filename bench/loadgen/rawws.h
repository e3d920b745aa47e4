#pragma once

// A deliberately small WebSocket client for load generation: thousands of connections to one
// loopback server, one thread, epoll, no Qt event loop. It speaks just enough RFC 6455 for the
// benchmark (client frames masked, server frames unmasked, fragments reassembled, ping
// answered, close noticed) and keeps per-connection memory to a few hundred bytes when idle, so
// the load generator never becomes the bottleneck it is trying to measure.
//
// Linux only (epoll). Not a general-purpose client: no TLS, no extensions, no redirects.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <deque>
#include <vector>

namespace confab::bench {

// Monotonic nanoseconds (CLOCK_MONOTONIC): send and receive times of one process compare.
int64_t nowNs();

class WsPool
{
public:
    enum class State : uint8_t { Idle, Connecting, Upgrading, Open, Closed };

    struct Conn
    {
        int fd = -1;
        State state = State::Idle;
        bool wantWrite = false;
        uint32_t id = 0;
        std::string in;  // bytes read and not yet parsed
        std::string out; // bytes not yet written
        std::string msg; // a fragmented message being reassembled
        uint8_t msgOpcode = 0;
        int64_t openedNs = 0;
        uint64_t user = 0; // free for the caller
    };

    struct Handlers
    {
        std::function<void(Conn &)> opened;                                 // upgrade done
        std::function<void(Conn &, std::string_view text, int64_t atNs)> text; // one whole text message
        std::function<void(Conn &, const std::string &why)> closed;          // closed or failed
    };

    WsPool(std::string host, uint16_t port, std::string path);
    ~WsPool();
    WsPool(const WsPool &) = delete;
    WsPool &operator=(const WsPool &) = delete;

    void setHandlers(Handlers h) { m_handlers = std::move(h); }

    // Adds a connection and starts connecting (non-blocking). Returns its id (index).
    uint32_t add();
    // Runs the loop until `done` returns true or the deadline passes; false on timeout.
    bool runUntil(const std::function<bool()> &done, int64_t deadlineNs);
    // One epoll round: waits at most timeoutMs, handles what is ready.
    void pollOnce(int timeoutMs);

    void sendText(Conn &c, std::string_view text);
    void close(Conn &c);     // sends a close frame and closes the socket
    void closeAll();

    Conn &conn(uint32_t id) { return m_conns[id]; }
    size_t size() const { return m_conns.size(); }
    size_t openCount() const { return m_open; }
    size_t closedCount() const { return m_closed; }
    size_t connectingCount() const { return m_connecting; }

private:
    void onReadable(Conn &c);
    void onWritable(Conn &c);
    void flush(Conn &c);
    void updateInterest(Conn &c);
    void fail(Conn &c, const std::string &why);
    void parse(Conn &c, int64_t atNs);
    void sendFrame(Conn &c, uint8_t opcode, std::string_view payload);

    std::string m_host;
    uint16_t m_port;
    std::string m_path;
    std::string m_request; // the upgrade request, the same for every connection
    int m_epoll = -1;
    std::deque<Conn> m_conns; // a deque: handlers may add connections while others are referenced
    Handlers m_handlers;
    size_t m_open = 0, m_closed = 0, m_connecting = 0;
    uint32_t m_maskState = 0x9e3779b9u;
    std::vector<char> m_readBuffer;
};

// Raises this process's open-file limit to at least `wanted` (up to the hard limit). Returns the
// new soft limit. Child processes started afterwards inherit it.
long raiseOpenFileLimit(long wanted);

} // namespace confab::bench
