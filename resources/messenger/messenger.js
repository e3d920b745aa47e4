/*
 * Confab messenger: a chat bubble for any website, speaking the visitor protocol (/v1/visitor,
 * docs/protocol.md §7). Plain JavaScript, no dependencies, no build step, no third-party requests.
 *
 * Embed (the script finds its server from its own URL):
 *   <script src="https://chat.example.com/messenger.js" data-workspace-key="KEY" async></script>
 * Commands, also before the script has loaded:
 *   <script>window.Confab=window.Confab||function(){(Confab.q=Confab.q||[]).push(arguments)};</script>
 *   Confab('identify', {external_id, email, name, attributes, user_hash})  a signed-in customer
 *   Confab('logout')   forget this browser's visitor (call it when your user signs out)
 *   Confab('open') / Confab('close') / Confab('toggle')
 * Settings (window.confabSettings or data-* attributes): workspace_key, server, title, subtitle, color.
 *
 * Everything a message holds is shown as text (textContent), never as HTML.
 */
(() => {
  'use strict';
  if (window.__confabMessenger) return;
  window.__confabMessenger = true;

  const script = document.currentScript || document.querySelector('script[src*="messenger.js"]');
  const data = (script && script.dataset) || {};
  const settings = Object.assign({}, window.confabSettings || {});
  const setting = (name, attr) => settings[name] || data[attr] || '';

  const PROTOCOL = 1;
  const MAX_BODY = 65536;
  const PING_MS = 25000;
  const PONG_TIMEOUT_MS = 10000;
  const TYPING_SHOWN_MS = 15000;

  // ---------------------------------------------------------------- storage (may be unavailable)
  const memory = {};
  const store = {
    get(k) {
      try { return localStorage.getItem(k); } catch (e) { return k in memory ? memory[k] : null; }
    },
    set(k, v) {
      try { localStorage.setItem(k, v); } catch (e) { memory[k] = v; }
    },
    del(k) {
      try { localStorage.removeItem(k); } catch (e) { /* private mode */ }
      delete memory[k];
    },
  };
  const session = {
    get(k) { try { return sessionStorage.getItem(k); } catch (e) { return null; } },
    set(k, v) { try { sessionStorage.setItem(k, v); } catch (e) { /* private mode */ } },
  };

  // A random UUID v4 (crypto.randomUUID needs a secure context; getRandomValues does not).
  const uuid = () => {
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };

  // ---------------------------------------------------------------- what the browser reports
  const browserInfo = () => {
    const ua = navigator.userAgent || '';
    const out = {};
    const browsers = [
      ['Edge', /Edg(?:e|A|iOS)?\/([\d.]+)/],
      ['Opera', /OPR\/([\d.]+)/],
      ['Samsung Internet', /SamsungBrowser\/([\d.]+)/],
      ['Firefox', /(?:Firefox|FxiOS)\/([\d.]+)/],
      ['Chrome', /(?:HeadlessChrome|Chrome|CriOS)\/([\d.]+)/],
      ['Safari', /Version\/([\d.]+).*Safari/],
    ];
    for (const [name, re] of browsers) {
      const m = ua.match(re);
      if (m) {
        out.browser = name;
        out.browser_version = m[1].split('.').slice(0, 2).join('.');
        break;
      }
    }
    let m;
    if ((m = ua.match(/(?:iPhone|iPad|iPod).*? OS (\d+)[_.](\d+)/))) out.os = `iOS ${m[1]}.${m[2]}`;
    else if ((m = ua.match(/Android ([\d.]+)/))) out.os = `Android ${m[1]}`;
    else if (/Windows/.test(ua)) out.os = 'Windows';
    else if (/CrOS/.test(ua)) out.os = 'ChromeOS';
    else if ((m = ua.match(/Mac OS X (\d+)[_.](\d+)/))) out.os = `macOS ${m[1]}.${m[2]}`;
    else if (/Linux/.test(ua)) out.os = 'Linux';
    return out;
  };

  const context = () => {
    const c = Object.assign(browserInfo(), {
      page_url: location.href.slice(0, 2048),
      page_title: (document.title || '').slice(0, 200),
      language: navigator.language || '',
    });
    try { c.timezone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { /* old engines */ }
    for (const k of Object.keys(c)) if (!c[k]) delete c[k];
    return c;
  };

  // ---------------------------------------------------------------- styles (inside the shadow root)
  const STYLE = `
:host{all:initial}
*{box-sizing:border-box}
.root{--accent:#3b5bdb;--fg:#1d2330;--muted:#6b7385;--bg:#fff;--soft:#f1f3f7;--line:#e3e6ec;
 position:fixed;right:20px;bottom:20px;z-index:2147483000;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);-webkit-font-smoothing:antialiased}
@media (prefers-color-scheme:dark){.root{--fg:#e8eaf0;--muted:#a0a7b8;--bg:#1c1f26;--soft:#2a2e38;--line:#353a46}}
button{font:inherit;color:inherit;cursor:pointer}
.bubble{width:56px;height:56px;border-radius:50%;border:0;background:var(--accent);color:#fff;display:grid;place-items:center;box-shadow:0 6px 20px rgba(0,0,0,.22);transition:transform .15s;position:relative;margin-left:auto}
.bubble:hover{transform:scale(1.06)}
.bubble:focus-visible,.close:focus-visible,.send:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.bubble svg{width:28px;height:28px}
.badge{position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;padding:0 6px;border-radius:10px;background:#e03131;color:#fff;font-size:12px;font-weight:600;line-height:20px;text-align:center}
.panel{position:absolute;right:0;bottom:72px;width:370px;height:min(600px,calc(100vh - 110px));background:var(--bg);border-radius:16px;box-shadow:0 12px 40px rgba(0,0,0,.25);display:flex;flex-direction:column;overflow:hidden;border:1px solid var(--line)}
[hidden]{display:none!important}
header{background:var(--accent);color:#fff;padding:16px 48px 16px 18px;position:relative}
.title{font-size:16px;font-weight:600}
.sub{opacity:.85;font-size:13px}
.close{position:absolute;top:12px;right:10px;width:32px;height:32px;border:0;border-radius:8px;background:transparent;color:#fff;font-size:22px;line-height:1}
.close:hover{background:rgba(255,255,255,.18)}
.status{padding:8px 14px;font-size:12.5px;background:#fff4e6;color:#7a4a00;border-bottom:1px solid var(--line)}
.status[data-kind=refused]{background:#fff0f0;color:#a61e1e}
.list{flex:1;overflow-y:auto;padding:14px;display:flex;flex-direction:column;gap:8px}
.hello{align-self:center;color:var(--muted);font-size:13px;text-align:center;padding:6px 10px 10px}
.msg{max-width:82%;display:flex;flex-direction:column}
.msg.me{align-self:flex-end;align-items:flex-end}
.msg.agent{align-self:flex-start}
.author{font-size:12px;color:var(--muted);margin:0 4px 2px}
.body{padding:9px 12px;border-radius:14px;white-space:pre-wrap;overflow-wrap:anywhere;word-break:break-word}
.me .body{background:var(--accent);color:#fff;border-bottom-right-radius:4px}
.agent .body{background:var(--soft);border-bottom-left-radius:4px}
.body a{color:inherit;text-decoration:underline}
.meta{font-size:11px;color:var(--muted);margin:2px 4px 0}
.msg[data-state=pending] .body{opacity:.65}
.msg[data-state=failed] .meta{color:#c92a2a}
.typing{padding:0 16px 6px;font-size:12.5px;color:var(--muted);font-style:italic}
form{display:flex;gap:8px;align-items:flex-end;border-top:1px solid var(--line);padding:10px}
textarea{flex:1;resize:none;border:1px solid var(--line);border-radius:10px;padding:9px 11px;font:inherit;color:var(--fg);background:var(--bg);max-height:120px;min-height:40px;outline:none}
textarea:focus{border-color:var(--accent)}
textarea:disabled{opacity:.6}
.send{width:40px;height:40px;border:0;border-radius:10px;background:var(--accent);color:#fff;display:grid;place-items:center;flex:none}
.send:disabled{opacity:.45;cursor:default}
.send svg{width:18px;height:18px}
@media (max-width:480px){.root{right:12px;bottom:12px}.panel{position:fixed;inset:0;width:auto;height:auto;border-radius:0;border:0}}
`;

  // ---------------------------------------------------------------- DOM helpers (text only)
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };
  const svg = (path) => {
    const ns = 'http://www.w3.org/2000/svg';
    const s = document.createElementNS(ns, 'svg');
    s.setAttribute('viewBox', '0 0 24 24');
    s.setAttribute('aria-hidden', 'true');
    const p = document.createElementNS(ns, 'path');
    p.setAttribute('d', path);
    p.setAttribute('fill', 'currentColor');
    s.appendChild(p);
    return s;
  };
  const ICON_CHAT = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2zm3 5v2h10V9H7zm0 4v2h7v-2H7z';
  const ICON_SEND = 'M3 20.5 21.5 12 3 3.5l.01 6.6L16 12 3.01 13.9z';

  // Message text as text nodes, with http(s) links made clickable — built node by node, so
  // nothing in a message is ever parsed as HTML.
  const URL_RE = /\bhttps?:\/\/[^\s<>"']+/g;
  const fillBody = (node, text) => {
    let last = 0;
    for (const m of text.matchAll(URL_RE)) {
      let url = m[0];
      const trail = url.match(/[.,;:!?)\]}]+$/);
      if (trail) url = url.slice(0, -trail[0].length);
      if (m.index > last) node.appendChild(document.createTextNode(text.slice(last, m.index)));
      const a = el('a', '', url);
      a.href = url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer nofollow';
      node.appendChild(a);
      last = m.index + url.length;
    }
    if (last < text.length) node.appendChild(document.createTextNode(text.slice(last)));
  };
  const clock = (iso) => {
    const d = iso ? new Date(iso) : new Date();
    return isNaN(d) ? '' : d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  };

  // ---------------------------------------------------------------- the messenger
  class Messenger {
    constructor() {
      this.key = setting('workspace_key', 'workspaceKey');
      let server = setting('server', 'server');
      try {
        server = new URL(server || (script && script.src) || location.href, location.href).origin;
      } catch (e) {
        server = location.origin;
      }
      this.wsUrl = `${server.replace(/^http/, 'ws')}/v1/visitor`;
      this.prefix = `confab.${this.key}.`;
      this.token = store.get(`${this.prefix}token`);
      this.outbox = this.loadOutbox();
      this.identity = null;
      this.ws = null;
      this.live = false;
      this.attempt = 0;
      this.reqN = 0;
      this.inflight = new Map(); // req → client_id
      this.shown = new Set(); // message ids in the list
      this.pending = new Map(); // client_id → element (queued or sent, not yet confirmed)
      this.failed = [];
      this.unread = 0;
      this.status = 'connecting';
      this.refusal = null;
      this.lastError = null;
      this.timers = {};
      this.typingSentAt = 0;
      this.started = false;
      this.build();
      for (const item of this.outbox) this.addPending(item);
      addEventListener('online', () => this.reconnectSoon(0));
    }

    // ---- outbox: messages written but not yet confirmed, kept across page loads
    loadOutbox() {
      try {
        const list = JSON.parse(store.get(`${this.prefix}outbox`) || '[]');
        return Array.isArray(list) ? list.filter((i) => i && i.client_id && typeof i.body === 'string') : [];
      } catch (e) {
        return [];
      }
    }
    saveOutbox() {
      if (this.outbox.length) store.set(`${this.prefix}outbox`, JSON.stringify(this.outbox));
      else store.del(`${this.prefix}outbox`);
    }
    owner() {
      return (this.identity && this.identity.external_id) || '';
    }

    // ---- DOM
    build() {
      const host = el('div');
      host.id = 'confab-messenger';
      this.host = host;
      const root = host.attachShadow({ mode: 'open' });
      try {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(STYLE);
        root.adoptedStyleSheets = [sheet];
      } catch (e) {
        root.appendChild(el('style', '', STYLE));
      }
      const wrap = el('div', 'root');
      const color = setting('color', 'color');
      if (color && window.CSS && window.CSS.supports('color', color)) wrap.style.setProperty('--accent', color);

      const panel = el('div', 'panel');
      panel.setAttribute('role', 'dialog');
      panel.setAttribute('aria-label', 'Chat');
      panel.hidden = true;
      const header = el('header');
      header.append(el('div', 'title', setting('title', 'title') || 'Chat with us'),
        el('div', 'sub', setting('subtitle', 'subtitle') || 'We usually reply within a few minutes'));
      const close = el('button', 'close', '×');
      close.type = 'button';
      close.setAttribute('aria-label', 'Close chat');
      close.onclick = () => this.setOpen(false);
      header.appendChild(close);

      this.statusEl = el('div', 'status');
      this.statusEl.hidden = true;
      this.statusEl.setAttribute('role', 'status');
      this.list = el('div', 'list');
      this.list.setAttribute('role', 'log');
      this.list.setAttribute('aria-live', 'polite');
      this.helloEl = el('div', 'hello', 'Hi there! Ask us anything, we are happy to help.');
      this.list.appendChild(this.helloEl);
      this.typingEl = el('div', 'typing');
      this.typingEl.hidden = true;

      const form = el('form');
      const ta = el('textarea');
      ta.rows = 1;
      ta.maxLength = MAX_BODY;
      ta.placeholder = 'Write a message…';
      ta.setAttribute('aria-label', 'Message');
      const send = el('button', 'send');
      send.type = 'submit';
      send.setAttribute('aria-label', 'Send');
      send.appendChild(svg(ICON_SEND));
      form.append(ta, send);
      form.onsubmit = (e) => {
        e.preventDefault();
        this.submit();
      };
      ta.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
          e.preventDefault();
          this.submit();
        }
      });
      ta.addEventListener('input', () => {
        this.resize();
        this.typing(true);
      });
      this.textarea = ta;
      this.sendBtn = send;
      panel.append(header, this.statusEl, this.list, this.typingEl, form);
      panel.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') this.setOpen(false);
      });

      const bubble = el('button', 'bubble');
      bubble.type = 'button';
      bubble.setAttribute('aria-label', 'Open chat');
      bubble.setAttribute('aria-expanded', 'false');
      bubble.appendChild(svg(ICON_CHAT));
      this.badge = el('span', 'badge');
      this.badge.hidden = true;
      bubble.appendChild(this.badge);
      bubble.onclick = () => this.setOpen(panel.hidden);

      wrap.append(panel, bubble);
      root.appendChild(wrap);
      this.panel = panel;
      this.bubble = bubble;
      const attach = () => (document.body || document.documentElement).appendChild(host);
      if (document.body) attach();
      else document.addEventListener('DOMContentLoaded', attach);
      if (session.get(`${this.prefix}open`) === '1') this.setOpen(true);
      this.render();
    }

    setOpen(open) {
      this.panel.hidden = !open;
      this.bubble.setAttribute('aria-expanded', String(open));
      this.bubble.setAttribute('aria-label', open ? 'Close chat' : 'Open chat');
      session.set(`${this.prefix}open`, open ? '1' : '0');
      if (open) {
        this.unread = 0;
        this.render();
        this.scrollDown(true);
        setTimeout(() => this.textarea.focus(), 0);
      }
    }

    resize() {
      const ta = this.textarea;
      ta.style.height = 'auto';
      ta.style.height = `${Math.min(ta.scrollHeight + 2, 120)}px`;
    }

    scrollDown(force) {
      const l = this.list;
      if (force || l.scrollHeight - l.scrollTop - l.clientHeight < 120) l.scrollTop = l.scrollHeight;
    }

    // Status line, badge and the host's data-status (online | connecting | offline | refused).
    render() {
      const s = this.status;
      this.host.dataset.status = s;
      let text = '';
      if (s === 'offline') text = 'You are offline. Messages you write are sent when the connection is back.';
      else if (s === 'connecting' && this.attempt > 0) text = 'Reconnecting…';
      else if (s === 'refused') {
        text = this.refusal === 'forbidden'
          ? 'We could not verify who you are, so this chat is not available. Please reload the page.'
          : 'This chat is not available right now.';
      }
      this.statusEl.textContent = text;
      this.statusEl.hidden = !text;
      this.statusEl.dataset.kind = s;
      const refused = s === 'refused';
      this.textarea.disabled = refused;
      this.sendBtn.disabled = refused;
      this.badge.textContent = this.unread > 9 ? '9+' : String(this.unread);
      this.badge.hidden = this.unread === 0;
      this.helloEl.hidden = this.list.children.length > 1;
    }

    // ---- messages
    messageEl(mine, body, name) {
      const m = el('div', `msg ${mine ? 'me' : 'agent'}`);
      if (!mine) m.appendChild(el('div', 'author', name || 'Support'));
      const b = el('div', 'body');
      fillBody(b, String(body));
      m.appendChild(b);
      m.appendChild(el('div', 'meta'));
      return m;
    }
    setMeta(m, at, state, note) {
      m.dataset.state = state;
      let text = clock(at);
      if (state === 'pending') text = `${text} · Sending…`;
      else if (state === 'failed') text = `${text} · Not sent${note ? `: ${note}` : ''}`;
      else if (m.classList.contains('me')) text = `${text} · Sent`;
      m.lastChild.textContent = text;
    }
    addPending(item) {
      const m = this.messageEl(true, item.body);
      m.dataset.clientId = item.client_id;
      this.setMeta(m, item.at, 'pending');
      this.pending.set(item.client_id, m);
      this.list.appendChild(m);
      return m;
    }
    addMessage(msg) {
      if (!msg || typeof msg.id !== 'string' || this.shown.has(msg.id)) return null;
      const author = msg.author || {};
      const mine = author.type === 'contact';
      const m = this.messageEl(mine, msg.body == null ? '' : msg.body, author.name);
      m.dataset.id = msg.id;
      if (mine && msg.client_id) m.dataset.clientId = msg.client_id;
      this.setMeta(m, msg.created_at, 'sent');
      this.shown.add(msg.id);
      this.list.appendChild(m);
      return m;
    }
    // The server has the message with this client_id (its ack, its echo, or history).
    confirm(clientId, id, at) {
      const i = this.outbox.findIndex((x) => x.client_id === clientId);
      if (i >= 0) {
        this.outbox.splice(i, 1);
        this.saveOutbox();
      }
      const m = this.pending.get(clientId);
      if (!m) return;
      this.pending.delete(clientId);
      if (id) {
        if (this.shown.has(id)) {
          m.remove();
          return;
        }
        this.shown.add(id);
        m.dataset.id = id;
      }
      this.setMeta(m, at, 'sent');
    }
    fail(clientId, why) {
      const i = this.outbox.findIndex((x) => x.client_id === clientId);
      const item = i >= 0 ? this.outbox.splice(i, 1)[0] : null;
      this.saveOutbox();
      const m = this.pending.get(clientId);
      if (!m) return;
      this.pending.delete(clientId);
      this.setMeta(m, item && item.at, 'failed', why);
      this.failed.push(m);
    }

    submit() {
      const body = this.textarea.value;
      if (!body.trim() || this.status === 'refused') return;
      this.textarea.value = '';
      this.resize();
      const item = { client_id: uuid(), body: body.slice(0, MAX_BODY), at: new Date().toISOString(), who: this.owner() };
      this.outbox.push(item);
      this.saveOutbox();
      this.addPending(item);
      this.render();
      this.scrollDown(true);
      this.typing(false);
      if (this.live) this.sendItem(item);
    }
    sendItem(item) {
      const req = `s${++this.reqN}`;
      this.inflight.set(req, item.client_id);
      this.send({ type: 'send', req, client_id: item.client_id, body: item.body });
    }
    // Everything still in the outbox goes out once per connection, with its own client_id, so
    // a message the server already has is not stored twice. Messages queued while another
    // signed-in customer used this browser are not sent as this one.
    flush() {
      for (const item of this.outbox.slice()) {
        if (item.who && item.who !== this.owner()) this.fail(item.client_id, 'written by another account');
        else this.sendItem(item);
      }
    }

    typing(on) {
      if (!this.live) return;
      clearTimeout(this.timers.typingOff);
      const now = Date.now();
      if (on) {
        if (now - this.typingSentAt > 3000) {
          this.typingSentAt = now;
          this.send({ type: 'typing', on: true });
        }
        this.timers.typingOff = setTimeout(() => this.typing(false), 5000);
      } else if (this.typingSentAt) {
        this.typingSentAt = 0;
        this.send({ type: 'typing', on: false });
      }
    }
    showTyping(name, on) {
      clearTimeout(this.timers.typingShown);
      this.typingEl.textContent = on ? `${name || 'Support'} is typing…` : '';
      this.typingEl.hidden = !on;
      if (on) this.timers.typingShown = setTimeout(() => this.showTyping('', false), TYPING_SHOWN_MS);
    }

    // ---- connection
    send(frame) {
      if (this.ws && this.ws.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(frame));
    }
    setStatus(s) {
      this.status = s;
      this.render();
    }
    connect() {
      if (!this.key) {
        if (window.console) console.warn('Confab messenger: no workspace key (data-workspace-key or confabSettings.workspace_key)');
        this.setStatus('refused');
        return;
      }
      if (this.ws || this.status === 'refused') return;
      clearTimeout(this.timers.retry);
      let ws;
      try {
        ws = new WebSocket(this.wsUrl);
      } catch (e) {
        this.scheduleRetry();
        return;
      }
      this.ws = ws;
      this.lastError = null;
      ws.onopen = () => {
        const hello = { type: 'hello', protocol: PROTOCOL, workspace_key: this.key, visitor_token: this.token || null, context: context() };
        if (this.identity) hello.identity = this.identity;
        ws.send(JSON.stringify(hello));
      };
      ws.onmessage = (e) => {
        if (ws !== this.ws) return;
        let f;
        try {
          f = JSON.parse(e.data);
        } catch (err) {
          return;
        }
        if (f && typeof f.type === 'string') this.onFrame(f);
      };
      ws.onclose = (e) => {
        if (ws !== this.ws) return;
        this.dropSocket();
        if (e.code === 4001) {
          this.refusal = this.lastError && this.lastError.code;
          this.setStatus('refused');
          if (window.console) console.warn('Confab messenger:', (this.lastError && this.lastError.message) || 'refused');
          return;
        }
        this.setStatus('offline');
        this.scheduleRetry();
      };
    }
    dropSocket() {
      const ws = this.ws;
      this.ws = null;
      this.live = false;
      this.inflight.clear();
      clearInterval(this.timers.ping);
      clearTimeout(this.timers.pong);
      if (ws) {
        ws.onopen = ws.onmessage = ws.onclose = null;
        try { ws.close(); } catch (e) { /* already closed */ }
      }
      this.showTyping('', false);
    }
    scheduleRetry() {
      // 1 s doubling to 60 s, with jitter (docs/protocol.md §3.4).
      const base = Math.min(60000, 1000 * 2 ** Math.min(this.attempt, 6));
      this.attempt += 1;
      this.reconnectSoon(base / 2 + Math.random() * base / 2);
    }
    reconnectSoon(ms) {
      if (this.ws || this.status === 'refused') return;
      clearTimeout(this.timers.retry);
      this.timers.retry = setTimeout(() => this.connect(), ms);
    }
    restart() {
      this.dropSocket();
      clearTimeout(this.timers.retry);
      if (this.status === 'refused') this.status = 'connecting';
      this.attempt = 0;
      this.render();
      if (this.started) this.connect();
    }
    start() {
      this.started = true;
      this.connect();
    }
    // A send the server could not store right now stays queued and is tried again.
    retryLater(clientId) {
      setTimeout(() => {
        const item = this.outbox.find((x) => x.client_id === clientId);
        if (item && this.live) this.sendItem(item);
      }, 10000);
    }

    onFrame(f) {
      switch (f.type) {
        case 'welcome':
          if (typeof f.visitor_token === 'string' && f.visitor_token) {
            this.token = f.visitor_token;
            store.set(`${this.prefix}token`, this.token);
          }
          break;
        case 'history':
          this.onHistory(Array.isArray(f.messages) ? f.messages : []);
          this.live = true;
          this.attempt = 0;
          this.setStatus('online');
          this.flush();
          this.startPing();
          break;
        case 'message':
          this.onMessage(f.message);
          break;
        case 'ack': {
          const cid = this.inflight.get(f.req);
          if (cid) {
            this.inflight.delete(f.req);
            this.confirm(cid, f.message_id);
          }
          break;
        }
        case 'error': {
          const cid = f.req != null ? this.inflight.get(f.req) : null;
          if (cid) {
            this.inflight.delete(f.req);
            if (f.code === 'internal' || f.code === 'rate_limited') this.retryLater(cid);
            else this.fail(cid, f.message);
          } else {
            this.lastError = f;
          }
          break;
        }
        case 'typing':
          this.showTyping(f.agent_name, !!f.on);
          break;
        case 'pong':
          clearTimeout(this.timers.pong);
          break;
        default:
          break; // unknown frames are ignored (forward compatibility)
      }
    }
    onHistory(messages) {
      // The list is rebuilt from the server's history; what it does not have yet follows.
      for (const m of Array.from(this.list.children)) if (m !== this.helloEl) m.remove();
      this.shown.clear();
      for (const msg of messages) {
        if (!msg) continue;
        if (msg.client_id && this.pending.has(msg.client_id)) {
          this.pending.get(msg.client_id).remove();
          this.pending.delete(msg.client_id);
          this.confirm(msg.client_id, null);
        }
        this.addMessage(msg);
      }
      for (const m of this.failed) this.list.appendChild(m);
      for (const item of this.outbox) this.list.appendChild(this.pending.get(item.client_id) || this.addPending(item));
      this.render();
      this.scrollDown(true);
    }
    onMessage(msg) {
      if (!msg || typeof msg !== 'object') return;
      const mine = msg.author && msg.author.type === 'contact';
      if (mine && msg.client_id && this.pending.has(msg.client_id)) {
        this.confirm(msg.client_id, msg.id, msg.created_at);
        return;
      }
      if (!this.addMessage(msg)) return;
      if (!mine) {
        this.showTyping('', false);
        if (this.panel.hidden) this.unread += 1;
      }
      this.render();
      this.scrollDown(mine);
    }
    startPing() {
      clearInterval(this.timers.ping);
      this.timers.ping = setInterval(() => {
        this.send({ type: 'ping' });
        clearTimeout(this.timers.pong);
        this.timers.pong = setTimeout(() => {
          // No answer: the connection is gone even if the browser has not noticed yet.
          this.dropSocket();
          this.setStatus('offline');
          this.scheduleRetry();
        }, PONG_TIMEOUT_MS);
      }, PING_MS);
    }

    // ---- public commands
    identify(who) {
      if (!who || typeof who !== 'object') return;
      const id = {};
      for (const k of ['external_id', 'email', 'name', 'user_hash']) if (who[k] != null && who[k] !== '') id[k] = String(who[k]);
      if (who.attributes && typeof who.attributes === 'object') id.attributes = who.attributes;
      const same = JSON.stringify(id) === JSON.stringify(this.identity || {});
      this.identity = Object.keys(id).length ? id : null;
      if (!same || this.status === 'refused') this.restart();
    }
    logout() {
      this.identity = null;
      this.token = null;
      store.del(`${this.prefix}token`);
      this.outbox = [];
      this.saveOutbox();
      for (const m of this.pending.values()) m.remove();
      this.pending.clear();
      this.failed = [];
      this.restart();
    }
  }

  // ---------------------------------------------------------------- the Confab() command queue
  let messenger = null;
  const queued = (window.Confab && Array.isArray(window.Confab.q)) ? window.Confab.q : [];
  const run = (cmd, arg) => {
    switch (cmd) {
      case 'identify': return messenger.identify(arg);
      case 'logout': case 'shutdown': return messenger.logout();
      case 'open': return messenger.setOpen(true);
      case 'close': return messenger.setOpen(false);
      case 'toggle': return messenger.setOpen(messenger.panel.hidden);
      default:
        if (window.console) console.warn('Confab messenger: unknown command', cmd);
        return undefined;
    }
  };
  const api = (cmd, arg) => run(cmd, arg);
  window.Confab = api;

  messenger = new Messenger();
  // Commands queued before the script loaded run before the first hello: an identity queued by
  // the page goes into it.
  for (const args of queued) if (args) run(args[0], args[1]);
  messenger.start();
})();
