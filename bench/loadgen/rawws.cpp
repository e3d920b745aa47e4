#include "rawws.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace confab::bench {

int64_t nowNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

long raiseOpenFileLimit(long wanted)
{
    rlimit rl {};
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return -1;
    if (rlim_t(wanted) > rl.rlim_cur) {
        rl.rlim_cur = rl.rlim_max == RLIM_INFINITY ? rlim_t(wanted) : std::min<rlim_t>(rl.rlim_max, rlim_t(wanted));
        setrlimit(RLIMIT_NOFILE, &rl);
        getrlimit(RLIMIT_NOFILE, &rl);
    }
    return long(rl.rlim_cur);
}

WsPool::WsPool(std::string host, uint16_t port, std::string path)
    : m_host(std::move(host)), m_port(port), m_path(std::move(path))
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_request = "GET " + m_path + " HTTP/1.1\r\nHost: " + m_host + ":" + std::to_string(m_port)
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          "Sec-WebSocket-Version: 13\r\n\r\n";
    m_readBuffer.resize(256 * 1024);
}

WsPool::~WsPool()
{
    for (Conn &c : m_conns)
        if (c.fd >= 0)
            ::close(c.fd);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

uint32_t WsPool::add()
{
    const uint32_t id = uint32_t(m_conns.size());
    m_conns.emplace_back();
    Conn &c = m_conns.back();
    c.id = id;
    c.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (c.fd < 0) {
        fail(c, std::string("socket: ") + std::strerror(errno));
        return id;
    }
    int one = 1;
    setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(m_port);
    inet_pton(AF_INET, m_host.c_str(), &addr.sin_addr);
    const int r = ::connect(c.fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    if (r != 0 && errno != EINPROGRESS) {
        fail(c, std::string("connect: ") + std::strerror(errno));
        return id;
    }
    c.state = State::Connecting;
    ++m_connecting;
    c.out = m_request; // written once the connection is established
    c.wantWrite = true;
    epoll_event ev {};
    ev.events = EPOLLIN | EPOLLOUT;
    ev.data.u32 = id;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &ev);
    return id;
}

void WsPool::fail(Conn &c, const std::string &why)
{
    if (c.state == State::Closed)
        return;
    if (c.state == State::Open)
        --m_open;
    if (c.state == State::Connecting || c.state == State::Upgrading)
        --m_connecting;
    c.state = State::Closed;
    ++m_closed;
    if (c.fd >= 0) {
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.fd, nullptr);
        ::close(c.fd);
        c.fd = -1;
    }
    std::string().swap(c.in);
    std::string().swap(c.out);
    std::string().swap(c.msg);
    if (m_handlers.closed)
        m_handlers.closed(c, why);
}

void WsPool::updateInterest(Conn &c)
{
    const bool want = !c.out.empty();
    if (want == c.wantWrite || c.fd < 0)
        return;
    c.wantWrite = want;
    epoll_event ev {};
    ev.events = EPOLLIN | (want ? uint32_t(EPOLLOUT) : 0u);
    ev.data.u32 = c.id;
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
}

void WsPool::flush(Conn &c)
{
    while (!c.out.empty()) {
        const ssize_t n = ::send(c.fd, c.out.data(), c.out.size(), MSG_NOSIGNAL);
        if (n > 0) {
            c.out.erase(0, size_t(n));
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        if (n < 0 && errno == EINTR)
            continue;
        fail(c, std::string("send: ") + std::strerror(errno));
        return;
    }
    if (c.out.empty() && c.out.capacity() > 4096)
        std::string().swap(c.out);
    updateInterest(c);
}

void WsPool::onWritable(Conn &c)
{
    if (c.state == State::Connecting) {
        int err = 0;
        socklen_t len = sizeof err;
        getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &err, &len);
        if (err != 0) {
            fail(c, std::string("connect: ") + std::strerror(err));
            return;
        }
        c.state = State::Upgrading;
    }
    flush(c);
}

void WsPool::onReadable(Conn &c)
{
    const int64_t at = nowNs();
    for (;;) {
        const ssize_t n = ::recv(c.fd, m_readBuffer.data(), m_readBuffer.size(), 0);
        if (n > 0) {
            c.in.append(m_readBuffer.data(), size_t(n));
            if (size_t(n) < m_readBuffer.size())
                break;
            continue;
        }
        if (n == 0) {
            parse(c, at);
            fail(c, "closed by the server");
            return;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            break;
        if (errno == EINTR)
            continue;
        fail(c, std::string("recv: ") + std::strerror(errno));
        return;
    }
    parse(c, at);
}

void WsPool::parse(Conn &c, int64_t atNs)
{
    if (c.state == State::Upgrading || c.state == State::Connecting) {
        const size_t end = c.in.find("\r\n\r\n");
        if (end == std::string::npos) {
            if (c.in.size() > 16384)
                fail(c, "upgrade answer too long");
            return;
        }
        if (c.in.compare(0, 12, "HTTP/1.1 101") != 0) {
            fail(c, "upgrade refused: " + c.in.substr(0, c.in.find("\r\n")));
            return;
        }
        c.in.erase(0, end + 4);
        c.state = State::Open;
        --m_connecting;
        ++m_open;
        c.openedNs = atNs;
        if (m_handlers.opened)
            m_handlers.opened(c);
        if (c.state != State::Open)
            return;
    }
    size_t pos = 0;
    while (c.state == State::Open) {
        const size_t avail = c.in.size() - pos;
        if (avail < 2)
            break;
        const auto *p = reinterpret_cast<const uint8_t *>(c.in.data() + pos);
        const bool fin = p[0] & 0x80;
        const uint8_t opcode = p[0] & 0x0f;
        const bool masked = p[1] & 0x80;
        uint64_t len = p[1] & 0x7f;
        size_t header = 2;
        if (len == 126) {
            if (avail < 4)
                break;
            len = (uint64_t(p[2]) << 8) | p[3];
            header = 4;
        } else if (len == 127) {
            if (avail < 10)
                break;
            len = 0;
            for (int i = 0; i < 8; ++i)
                len = (len << 8) | p[2 + i];
            header = 10;
        }
        uint8_t mask[4] = { 0, 0, 0, 0 };
        if (masked) {
            if (avail < header + 4)
                break;
            std::memcpy(mask, p + header, 4);
            header += 4;
        }
        if (avail < header + len)
            break;
        std::string_view payload(c.in.data() + pos + header, size_t(len));
        std::string unmasked;
        if (masked) {
            unmasked.assign(payload);
            for (size_t i = 0; i < unmasked.size(); ++i)
                unmasked[i] = char(uint8_t(unmasked[i]) ^ mask[i % 4]);
            payload = unmasked;
        }
        pos += header + size_t(len);

        if (opcode == 0x8) { // close
            fail(c, payload.size() >= 2 ? "close " + std::to_string((uint8_t(payload[0]) << 8) | uint8_t(payload[1]))
                                        : std::string("close"));
            return;
        }
        if (opcode == 0x9) { // ping
            sendFrame(c, 0xA, payload);
            continue;
        }
        if (opcode == 0xA)
            continue; // pong
        if (opcode == 0x1 || opcode == 0x2) {
            if (fin) {
                if (opcode == 0x1 && m_handlers.text)
                    m_handlers.text(c, payload, atNs);
            } else {
                c.msg.assign(payload);
                c.msgOpcode = opcode;
            }
        } else if (opcode == 0x0) {
            c.msg.append(payload);
            if (fin) {
                std::string whole;
                whole.swap(c.msg);
                if (c.msgOpcode == 0x1 && m_handlers.text)
                    m_handlers.text(c, whole, atNs);
            }
        }
        if (c.state != State::Open)
            return;
    }
    if (pos > 0)
        c.in.erase(0, pos);
    if (c.in.empty() && c.in.capacity() > 4096)
        std::string().swap(c.in);
}

void WsPool::sendFrame(Conn &c, uint8_t opcode, std::string_view payload)
{
    if (c.state != State::Open)
        return;
    std::string &o = c.out;
    const size_t start = o.size();
    o.reserve(start + payload.size() + 14);
    o.push_back(char(0x80 | opcode));
    const size_t n = payload.size();
    if (n < 126) {
        o.push_back(char(0x80 | n));
    } else if (n < 65536) {
        o.push_back(char(0x80 | 126));
        o.push_back(char(n >> 8));
        o.push_back(char(n & 0xff));
    } else {
        o.push_back(char(0x80 | 127));
        for (int i = 7; i >= 0; --i)
            o.push_back(char((uint64_t(n) >> (8 * i)) & 0xff));
    }
    // xorshift: masks need not be secret here, only present (servers refuse unmasked frames).
    m_maskState ^= m_maskState << 13;
    m_maskState ^= m_maskState >> 17;
    m_maskState ^= m_maskState << 5;
    uint8_t mask[4];
    std::memcpy(mask, &m_maskState, 4);
    o.append(reinterpret_cast<const char *>(mask), 4);
    const size_t body = o.size();
    o.append(payload);
    for (size_t i = 0; i < n; ++i)
        o[body + i] = char(uint8_t(o[body + i]) ^ mask[i % 4]);
    flush(c);
}

void WsPool::sendText(Conn &c, std::string_view text)
{
    sendFrame(c, 0x1, text);
}

void WsPool::close(Conn &c)
{
    if (c.state == State::Open) {
        const char code[2] = { char(1000 >> 8), char(1000 & 0xff) };
        sendFrame(c, 0x8, std::string_view(code, 2));
    }
    fail(c, "closed by the client");
}

void WsPool::closeAll()
{
    for (Conn &c : m_conns)
        if (c.state != State::Closed)
            close(c);
}

void WsPool::pollOnce(int timeoutMs)
{
    epoll_event events[1024];
    const int n = epoll_wait(m_epoll, events, 1024, timeoutMs);
    for (int i = 0; i < n; ++i) {
        Conn &c = m_conns[events[i].data.u32];
        if (c.state == State::Closed)
            continue;
        if (events[i].events & (EPOLLOUT))
            onWritable(c);
        if (c.state == State::Closed)
            continue;
        if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
            if (c.state == State::Connecting) {
                onWritable(c); // the connect finished (or failed)
                if (c.state == State::Closed)
                    continue;
            }
            onReadable(c);
        }
    }
}

bool WsPool::runUntil(const std::function<bool()> &done, int64_t deadlineNs)
{
    while (!done()) {
        const int64_t left = deadlineNs - nowNs();
        if (left <= 0)
            return false;
        pollOnce(int(std::min<int64_t>(left / 1000000 + 1, 50)));
    }
    return true;
}

} // namespace confab::bench
