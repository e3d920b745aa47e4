#!/usr/bin/env node
// A Confab protocol client written ONLY from docs/protocol.md and README.md, to check that
// the documentation is enough to talk to confabd. It starts nothing: give it a running server.
//
//   node --experimental-websocket tools/docs-client/client.mjs http://127.0.0.1:PORT
//
// One line per check (PASS/FAIL and the reason); exit status 1 on any failure.

import { randomUUID } from 'node:crypto';

if (typeof WebSocket === 'undefined') {
  console.error('no WebSocket: run with node >= 20 and --experimental-websocket');
  process.exit(2);
}
const base = (process.argv[2] || '').replace(/\/+$/, '');
if (!/^https?:\/\//.test(base)) {
  console.error('usage: client.mjs http://HOST:PORT');
  process.exit(2);
}
const wsBase = base.replace(/^http/, 'ws');
const T = Number(process.env.DOCS_CLIENT_TIMEOUT_MS || 20000); // the machine may be slow

// ---------------------------------------------------------------------------------------------
// reporting

let failures = 0;
let passes = 0;
function check(name, ok, reason = '') {
  if (ok) { passes++; console.log(`PASS ${name}${reason ? ` — ${reason}` : ''}`); }
  else { failures++; console.log(`FAIL ${name}${reason ? ` — ${reason}` : ''}`); }
  return ok;
}
const J = (v) => { const s = JSON.stringify(v); return s && s.length > 400 ? s.slice(0, 400) + '…' : s; };
const isStr = (v) => typeof v === 'string';
const isNonEmptyStr = (v) => typeof v === 'string' && v.length > 0;
const isWhole = (v) => Number.isInteger(v) && v >= 0;
const TS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/; // section 1: what the server writes
const isTs = (v) => isStr(v) && TS.test(v);
const isTsOrNull = (v) => v === null || isTs(v);
const has = (o, k) => o !== null && typeof o === 'object' && Object.prototype.hasOwnProperty.call(o, k);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const EPHEMERAL = new Set(['typing', 'presence', 'viewing']);

// ---------------------------------------------------------------------------------------------
// entity shape checks (section 4). Each returns a list of problems (empty = fine).

function shapeAgent(a) {
  const p = [];
  if (!isNonEmptyStr(a?.id)) p.push('id');
  if (!isStr(a?.name)) p.push('name');
  if (!isStr(a?.email)) p.push('email');
  if (!['agent', 'lead', 'admin'].includes(a?.role)) p.push('role');
  if (!Array.isArray(a?.team_ids)) p.push('team_ids');
  return p;
}
function shapeConversation(c) {
  const p = [];
  for (const k of ['id', 'contact_id']) if (!isNonEmptyStr(c?.[k])) p.push(k);
  if (!['chat', 'email'].includes(c?.channel)) p.push('channel');
  if (!['open', 'snoozed', 'resolved'].includes(c?.status)) p.push('status');
  if (!['none', 'low', 'high', 'urgent'].includes(c?.priority)) p.push('priority');
  // nullable fields are always written (section 1)
  for (const k of ['subject', 'snoozed_until', 'assignee_id', 'team_id']) {
    if (!has(c, k)) p.push(`${k} missing`);
    else if (c[k] !== null && !isStr(c[k])) p.push(k);
  }
  for (const k of ['created_at', 'updated_at', 'last_message_at']) {
    if (!has(c, k)) p.push(`${k} missing`); else if (!isTsOrNull(c[k])) p.push(`${k}=${c[k]}`);
  }
  if (c && has(c, 'status') && (c.status === 'snoozed') !== (c.snoozed_until !== null)) p.push('snoozed_until vs status');
  if (!Array.isArray(c?.tags)) p.push('tags');
  if (!isWhole(c?.version)) p.push('version');
  return p;
}
function shapeMessage(m) {
  const p = [];
  for (const k of ['id', 'conversation_id']) if (!isNonEmptyStr(m?.[k])) p.push(k);
  if (!has(m, 'client_id')) p.push('client_id missing');
  else if (m.client_id !== null && !isStr(m.client_id)) p.push('client_id');
  if (!['reply', 'note', 'system'].includes(m?.kind)) p.push('kind');
  const a = m?.author;
  if (!a || !['agent', 'contact', 'system'].includes(a.type)) p.push('author.type');
  else if (!has(a, 'id')) p.push('author.id missing');
  else if (a.type === 'system' ? a.id !== null : !isNonEmptyStr(a.id)) p.push('author.id');
  if (!['chat', 'email'].includes(m?.channel)) p.push('channel');
  if (!isStr(m?.body)) p.push('body');
  if (!Array.isArray(m?.mentions)) p.push('mentions');
  if (!has(m, 'created_at') || !isTsOrNull(m.created_at)) p.push('created_at');
  if (typeof m?.deleted !== 'boolean') p.push('deleted');
  if (m?.deleted === true && m.body !== '') p.push('deleted but body not ""');
  return p;
}
function shapeContact(c) {
  const p = [];
  if (!isNonEmptyStr(c?.id)) p.push('id');
  for (const k of ['name', 'email', 'external_id']) {
    if (!has(c, k)) p.push(`${k} missing`); else if (c[k] !== null && !isStr(c[k])) p.push(k);
  }
  if (!Array.isArray(c?.tags)) p.push('tags');
  if (!c?.attributes || typeof c.attributes !== 'object' || Array.isArray(c.attributes)) p.push('attributes');
  else for (const [k, v] of Object.entries(c.attributes)) {
    if (!['string', 'number', 'boolean'].includes(typeof v)) p.push(`attributes.${k}`);
  }
  for (const k of ['created_at', 'last_seen_at']) {
    if (!has(c, k)) p.push(`${k} missing`); else if (!isTsOrNull(c[k])) p.push(k);
  }
  return p;
}
// section 4.9
function shapeVisitorMessage(m, own) {
  const p = [];
  for (const k of ['id', 'conversation_id', 'body']) if (!isStr(m?.[k])) p.push(k);
  if (!isTs(m?.created_at)) p.push('created_at');
  for (const k of ['kind', 'mentions', 'channel', 'deleted']) if (has(m, k)) p.push(`has ${k}`);
  if (own) {
    if (!isNonEmptyStr(m?.client_id)) p.push('own message without client_id');
    if (J(m?.author) !== J({ type: 'contact' })) p.push(`author ${J(m?.author)}`);
  } else {
    if (has(m, 'client_id')) p.push('agent reply carries client_id');
    if (m?.author?.type !== 'agent' || !isNonEmptyStr(m?.author?.name)) p.push(`author ${J(m?.author)}`);
    if (m?.author && (has(m.author, 'id') || has(m.author, 'email'))) p.push('author has id/email');
  }
  return p;
}

// ---------------------------------------------------------------------------------------------
// HTTP

async function http(method, path, { body, token, raw } = {}) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  let payload;
  if (raw !== undefined) payload = raw;
  else if (body !== undefined) { payload = JSON.stringify(body); headers['Content-Type'] = 'application/json'; }
  const res = await fetch(base + path, { method, headers, body: payload, signal: AbortSignal.timeout(T) });
  const text = await res.text();
  let json;
  try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
  return { status: res.status, text, json, type: res.headers.get('content-type') || '' };
}
function isHttpError(r, status, code) {
  return r.status === status && r.json && typeof r.json.error === 'object' &&
    r.json.error.code === code && isStr(r.json.error.message);
}

// ---------------------------------------------------------------------------------------------
// WebSocket wrapper: frames are queued and consumed in order (ordering is part of the protocol)

class Conn {
  constructor(path, label) {
    this.label = label;
    this.queue = [];
    this.waiter = null;
    this.closed = null; // {code, reason}
    this.nonJson = [];
    this.binary = 0;
    this.gaps = []; // event seq gaps seen on this connection
    this.state = { contacts: new Map(), conversations: new Map() };
    this.ws = new WebSocket(wsBase + path);
    this.ws.binaryType = 'arraybuffer';
    this.opened = new Promise((resolve, reject) => {
      this.ws.onopen = () => resolve();
      this.ws.onerror = (e) => reject(new Error(`${label}: websocket error ${e?.message || ''}`));
    });
    this.ws.onmessage = (ev) => {
      if (typeof ev.data !== 'string') { this.binary++; return; }
      let f;
      try { f = JSON.parse(ev.data); } catch { this.nonJson.push(ev.data); return; }
      if (f && f.type === 'welcome' && isWhole(f.head)) this.seq = f.head;
      // the local "cache" a client builds from snapshot chunks and events (section 6.4: upsert by id)
      if (f && f.type === 'snapshot') {
        for (const c of f.contacts || []) this.state.contacts.set(c.id, c);
        for (const c of f.conversations || []) this.state.conversations.set(c.id, c);
      }
      if (f && f.type === 'events' && Array.isArray(f.events)) {
        for (const e of f.events) {
          if (e.name === 'contact.updated') this.state.contacts.set(e.data.id, e.data);
          if (e.name === 'conversation.created' || e.name === 'conversation.updated') this.state.conversations.set(e.data.id, e.data);
        }
      }
      if (f && f.type === 'events' && Array.isArray(f.events)) {
        for (const e of f.events) {
          if (this.seq !== undefined && e.seq !== this.seq + 1) this.gaps.push(`${this.seq} → ${e.seq}`);
          this.seq = e.seq;
        }
      }
      this.queue.push(f);
      this._wake();
    };
    this.ws.onclose = (ev) => { this.closed = { code: ev.code, reason: ev.reason }; this._wake(); };
  }
  _wake() { const w = this.waiter; this.waiter = null; if (w) w(); }
  send(obj) { this.ws.send(typeof obj === 'string' ? obj : JSON.stringify(obj)); }
  // the next frame (or null on timeout/close)
  async next(timeout = T) {
    const deadline = Date.now() + timeout;
    while (true) {
      if (this.queue.length) return this.queue.shift();
      if (this.closed) return null;
      const left = deadline - Date.now();
      if (left <= 0) return null;
      await new Promise((resolve) => { this.waiter = resolve; setTimeout(resolve, left); });
    }
  }
  // consume frames until pred(frame); returns {frame, skipped[]}; frame null on timeout/close
  async until(pred, timeout = T) {
    const skipped = [];
    const deadline = Date.now() + timeout;
    while (true) {
      const f = await this.next(Math.max(1, deadline - Date.now()));
      if (!f) return { frame: null, skipped };
      if (pred(f)) return { frame: f, skipped };
      skipped.push(f);
    }
  }
  async waitClosed(timeout = T) {
    const deadline = Date.now() + timeout;
    while (!this.closed && Date.now() < deadline) {
      await new Promise((resolve) => { this.waiter = resolve; setTimeout(resolve, 200); });
    }
    return this.closed;
  }
  close() { try { this.ws.close(1000); } catch { /* already closed */ } }
}

// all events of the frames in a list, flattened
const eventsOf = (frames) => frames.filter((f) => f.type === 'events').flatMap((f) => f.events || []);
const nonEphemeral = (frames) => frames.filter((f) => !EPHEMERAL.has(f.type));

// ---------------------------------------------------------------------------------------------

async function main() {
  // ===== 2. HTTP: health, login =====
  {
    const r = await http('GET', '/v1/health');
    check('health: GET /v1/health is 200 {"status":"ok"}', r.status === 200 && r.json?.status === 'ok',
      `${r.status} ${r.text}`);
  }
  let token, me;
  {
    const r = await http('POST', '/v1/login', { body: { email: 'agent@demo.confab', password: 'demo' } });
    const ok = r.status === 200 && isNonEmptyStr(r.json?.token) && shapeAgent(r.json?.agent).length === 0 &&
      r.json.agent.email === 'agent@demo.confab' && r.json.agent.role === 'agent';
    check('login: agent@demo.confab/demo gives 200 {token, agent} with role "agent"', ok,
      ok ? `agent ${r.json.agent.id} "${r.json.agent.name}"` : `${r.status} ${r.text} ${J(shapeAgent(r.json?.agent))}`);
    if (!ok) throw new Error('cannot continue without a token');
    token = r.json.token;
    me = r.json.agent;
    check('login: response is application/json', r.type.includes('application/json'), r.type);
  }
  {
    const r = await http('POST', '/v1/login', { body: { email: 'agent@demo.confab', password: 'not-the-password' } });
    check('login: wrong password is 401 {"error":{"code":"unauthorized","message":…}}',
      isHttpError(r, 401, 'unauthorized'), `${r.status} ${r.text}`);
    const u = await http('POST', '/v1/login', { body: { email: `nobody-${randomUUID()}@example.com`, password: 'demo' } });
    check('login: unknown email gets the same answer as a wrong password',
      u.status === r.status && J(u.json) === J(r.json), `${u.status} ${u.text}`);
    const m = await http('POST', '/v1/login', { body: { email: 'agent@demo.confab' } });
    check('login: missing password is 400 bad_request', isHttpError(m, 400, 'bad_request'), `${m.status} ${m.text}`);
    const nj = await http('POST', '/v1/login', { raw: '{not json' });
    check('login: a body that is not JSON is 400 bad_request', isHttpError(nj, 400, 'bad_request'), `${nj.status} ${nj.text}`);
  }
  {
    const r = await http('GET', '/v1/no-such-route');
    check('http: unknown route is 404 not_found', isHttpError(r, 404, 'not_found'), `${r.status} ${r.text}`);
    const a = await http('GET', '/v1/agent');
    check('http: plain GET /v1/agent is 400 bad_request "this endpoint speaks WebSocket only"',
      isHttpError(a, 400, 'bad_request') && a.json.error.message === 'this endpoint speaks WebSocket only',
      `${a.status} ${a.text}`);
  }

  // ===== first frame rules (3.3) =====
  {
    const c = new Conn('/v1/agent', 'agent-bad-first');
    await c.opened;
    c.send({ type: 'ping' });
    const f = await c.next();
    const cl = await c.waitClosed();
    check('agent: a ping as first frame gives error unauthorized (req null) and close 4001',
      f?.type === 'error' && f.code === 'unauthorized' && f.req === null && cl?.code === 4001,
      `${J(f)} close ${J(cl)}`);
  }
  {
    const c = new Conn('/v1/agent', 'agent-bad-token');
    await c.opened;
    c.send({ type: 'hello', protocol: 1, token: 'not-a-token', since: 0, log_id: null });
    const f = await c.next();
    const cl = await c.waitClosed();
    check('agent: hello with a bad token gives error unauthorized and close 4001',
      f?.type === 'error' && f.code === 'unauthorized' && f.req === null && cl?.code === 4001,
      `${J(f)} close ${J(cl)}`);
  }

  // ===== 3. agent session: hello since 0, welcome, snapshot, events, synced =====
  const agent = new Conn('/v1/agent', 'agent');
  await agent.opened;
  agent.send({ type: 'hello', protocol: 1, token, since: 0, log_id: null });
  const welcome = await agent.next();
  check('agent: first frame after hello is welcome', welcome?.type === 'welcome', J(welcome));
  if (welcome?.type !== 'welcome') throw new Error('no welcome');
  check('agent: welcome has agent (= login agent), head, log_id, mode "snapshot", reset false for since 0',
    J(welcome.agent) === J(me) && isWhole(welcome.head) && isNonEmptyStr(welcome.log_id) &&
      welcome.mode === 'snapshot' && welcome.reset === false,
    `head ${welcome.head} log_id ${welcome.log_id} mode ${welcome.mode} reset ${welcome.reset}`);

  const conversations = new Map();
  const messagesByConv = new Map();
  const contacts = new Map();
  let snapshotFrames = 0;
  const snapshotProblems = [];
  const KEYS = ['workspace', 'agents', 'teams', 'contacts', 'conversations', 'messages', 'articles', 'saved_replies'];
  let counts = { agents: 0, teams: 0, contacts: 0, conversations: 0, messages: 0, articles: 0, saved_replies: 0 };
  while (true) {
    const f = await agent.next();
    if (!f) { snapshotProblems.push('timeout/close during snapshot'); break; }
    if (f.type !== 'snapshot') { snapshotProblems.push(`unexpected ${f.type} before last snapshot`); agent.queue.unshift(f); break; }
    snapshotFrames++;
    for (const k of KEYS) if (!has(f, k)) snapshotProblems.push(`chunk ${snapshotFrames} lacks ${k}`);
    if (snapshotFrames === 1 && !isNonEmptyStr(f.workspace?.id)) snapshotProblems.push('first chunk has no workspace');
    if (snapshotFrames > 1 && J(f.workspace) !== '{}') snapshotProblems.push(`chunk ${snapshotFrames} workspace not {}`);
    if (typeof f.last !== 'boolean') snapshotProblems.push(`chunk ${snapshotFrames} last not boolean`);
    for (const k of Object.keys(counts)) counts[k] += (f[k] || []).length;
    for (const c of f.conversations || []) {
      const p = shapeConversation(c);
      if (p.length && snapshotProblems.length < 10) snapshotProblems.push(`conversation ${c.id}: ${p}`);
      conversations.set(c.id, c);
    }
    for (const m of f.messages || []) {
      const p = shapeMessage(m);
      if (p.length && snapshotProblems.length < 10) snapshotProblems.push(`message ${m.id}: ${p}`);
      if (!messagesByConv.has(m.conversation_id)) messagesByConv.set(m.conversation_id, []);
      messagesByConv.get(m.conversation_id).push(m);
    }
    for (const c of f.contacts || []) {
      const p = shapeContact(c);
      if (p.length && snapshotProblems.length < 10) snapshotProblems.push(`contact ${c.id}: ${p}`);
      contacts.set(c.id, c);
    }
    for (const a of f.agents || []) {
      const p = shapeAgent(a);
      if (p.length && snapshotProblems.length < 10) snapshotProblems.push(`agent ${a.id}: ${p}`);
    }
    if (f.last === true) break;
  }
  check(`agent: snapshot chunks well-formed (${snapshotFrames} chunks, only the final one last:true)`,
    snapshotProblems.length === 0 && snapshotFrames >= 1, snapshotProblems.join('; '));
  const openConvs = [...conversations.values()].filter((c) => c.status === 'open');
  check(`agent: snapshot counts — ${counts.conversations} conversations (${openConvs.length} open), ` +
    `${counts.messages} messages, ${counts.contacts} contacts, ${counts.agents} agents, ${counts.teams} teams, ` +
    `${counts.articles} articles, ${counts.saved_replies} saved replies`,
    counts.conversations > 0 && counts.messages > 0 && openConvs.length > 0 && counts.agents >= 8 &&
      counts.teams >= 3 && counts.articles >= 30 && counts.saved_replies >= 10);
  {
    const st = { open: 0, snoozed: 0, resolved: 0 };
    for (const c of conversations.values()) st[c.status]++;
    check(`agent: snapshot holds every open and snoozed conversation plus the 200 most recent others (${J(st)})`,
      st.resolved === 200, 'the demo has 600+ conversations, so exactly 200 others are expected');
  }
  {
    // every message's conversation is in the snapshot; every conversation's contact is too
    const orphanMsgs = [...messagesByConv.keys()].filter((id) => !conversations.has(id));
    const orphanConvs = [...conversations.values()].filter((c) => !contacts.has(c.contact_id));
    check('agent: snapshot is self-contained (messages → conversations → contacts)',
      orphanMsgs.length === 0 && orphanConvs.length === 0,
      `${orphanMsgs.length} messages of unknown conversations, ${orphanConvs.length} conversations of unknown contacts`);
    // "each with its latest 50 messages (oldest first)" — check order within each conversation
    let unordered = 0;
    for (const list of messagesByConv.values()) {
      for (let i = 1; i < list.length; i++) if (list[i - 1].created_at > list[i].created_at) { unordered++; break; }
    }
    check('agent: snapshot messages of each conversation are oldest first', unordered === 0,
      `${unordered} conversations out of order`);
  }

  // catch-up events then synced
  let lastSeq = welcome.head;
  {
    const { frame: synced, skipped } = await agent.until((f) => f.type === 'synced');
    const bad = skipped.filter((f) => f.type !== 'events');
    const evs = eventsOf(skipped);
    let gap = null;
    for (const e of evs) { if (e.seq !== lastSeq + 1) { gap = `${lastSeq} → ${e.seq}`; break; } lastSeq = e.seq; }
    check(`agent: catch-up after the snapshot is only events (${evs.length}) with consecutive seqs, then synced`,
      synced && bad.length === 0 && !gap, `${bad.map((f) => f.type)} ${gap || ''}`);
    check('agent: synced.head is the seq of the last event sent in the catch-up',
      synced && synced.head === lastSeq, `synced ${J(synced)}, last seq ${lastSeq}`);
  }

  // ===== 4. send a note; idempotency =====
  const target = openConvs[0];
  const noteClientId = randomUUID();
  const noteReq = { type: 'send', req: 'note-1', client_id: noteClientId, conversation_id: target.id, kind: 'note', body: `docs-client note ${noteClientId}`, mentions: [] };
  agent.send(noteReq);
  let noteAck;
  {
    const { frame: ack, skipped } = await agent.until((f) => f.req === 'note-1');
    noteAck = ack;
    const evs = eventsOf(skipped);
    const names = evs.map((e) => e.name);
    const mc = evs.find((e) => e.name === 'message.created');
    const cu = evs.find((e) => e.name === 'conversation.updated');
    let consecutive = true;
    let s = lastSeq;
    for (const e of evs) { if (e.seq !== s + 1) consecutive = false; s = e.seq; }
    check('note: events message.created then conversation.updated arrive before the ack',
      J(names) === J(['message.created', 'conversation.updated']) && consecutive,
      `events ${J(names)} seqs ${J(evs.map((e) => e.seq))} after ${lastSeq}`);
    check('note: message.created is a Message of kind note with our client_id, body and author',
      mc && shapeMessage(mc.data).length === 0 && mc.data.kind === 'note' && mc.data.client_id === noteClientId &&
        mc.data.body === noteReq.body && mc.data.author?.type === 'agent' && mc.data.author?.id === me.id &&
        mc.data.conversation_id === target.id && mc.data.deleted === false,
      J(mc?.data) + ' ' + J(shapeMessage(mc?.data)));
    check('note: conversation.updated moves last_message_at to the message, same version',
      cu && shapeConversation(cu.data).length === 0 && cu.data.id === target.id && cu.data.version === target.version &&
        mc && cu.data.last_message_at === mc.data.created_at && cu.data.status === target.status,
      `version ${target.version}→${cu?.data?.version} last_message_at ${cu?.data?.last_message_at} msg ${mc?.data?.created_at}`);
    check('note: ack {type:"ack", req, message_id, seq} with seq = last event seq',
      ack?.type === 'ack' && ack.req === 'note-1' && mc && ack.message_id === mc.data.id && ack.seq === s,
      J(ack));
    lastSeq = s;
  }
  {
    agent.send(noteReq); // exactly the same frame again
    const { frame: ack, skipped } = await agent.until((f) => f.req === 'note-1');
    check('note idempotency: the same request again gives the same ack', J(ack) === J(noteAck), `${J(ack)} vs ${J(noteAck)}`);
    check('note idempotency: no events for the repeat', eventsOf(skipped).length === 0, J(eventsOf(skipped)));
    agent.send({ ...noteReq, req: 'note-1-again' }); // a resend after reconnect carries a new req
    const r2 = await agent.until((f) => f.req === 'note-1-again');
    check('note idempotency: same client_id with a new req acks the same message_id and seq',
      r2.frame?.type === 'ack' && r2.frame.message_id === noteAck?.message_id && r2.frame.seq === noteAck?.seq,
      J(r2.frame));
    // a ping after the repeats: anything that was going to come must come before the pong
    agent.send({ type: 'ping' });
    const p = await agent.until((f) => f.type === 'pong');
    const again = [...eventsOf(r2.skipped), ...eventsOf(p.skipped)].filter((e) => e.name === 'message.created');
    check('note idempotency: no new message.created after the repeats', again.length === 0 && p.frame, J(again));
    // section 8: "already used for a different KIND of request ... is bad_request"; a send with
    // another body is the same kind, so it is answered as a repeat (section 3.1 says "a client_id
    // reused for a different request" — see the report)
    agent.send({ ...noteReq, req: 'note-1-other', body: 'a different body' });
    const r3 = await agent.until((f) => f.req === 'note-1-other');
    check('note idempotency: same client_id, same kind, another body is answered as a repeat (section 8), creates nothing',
      r3.frame?.type === 'ack' && r3.frame.message_id === noteAck?.message_id && eventsOf(r3.skipped).length === 0,
      J(r3.frame));
    agent.send({ type: 'update', req: 'note-1-kind', client_id: noteClientId, conversation_id: target.id, base_version: target.version, set: { priority: 'high' } });
    const r4 = await agent.until((f) => f.req === 'note-1-kind');
    check('note idempotency: the same client_id for a different kind of request (update) is bad_request',
      r4.frame?.type === 'error' && r4.frame.code === 'bad_request' && eventsOf(r4.skipped).length === 0, J(r4.frame));
    if (eventsOf(r4.skipped).length) lastSeq = eventsOf(r4.skipped).at(-1).seq;
  }

  // ===== 5. fetch, invalid JSON, ping =====
  {
    // the conversation with the most messages in the snapshot; fetch before its oldest one
    let best = null;
    for (const [cid, list] of messagesByConv) if (!best || list.length > best[1].length) best = [cid, list];
    const [cid, list] = best;
    const oldest = list[0];
    agent.send({ type: 'fetch', req: 'f-1', conversation_id: cid, before: oldest.id, limit: 5 });
    const { frame: msgs } = await agent.until((f) => f.req === 'f-1');
    const ms = msgs?.messages;
    const shapeOk = msgs?.type === 'messages' && Array.isArray(ms) && typeof msgs.complete === 'boolean' &&
      ms.every((m) => shapeMessage(m).length === 0 && m.conversation_id === cid);
    check(`fetch: answer is {type:"messages", req, messages[Message], complete} (conversation with ${list.length} snapshot messages)`,
      shapeOk, J(msgs));
    if (shapeOk) {
      let ordered = true;
      for (let i = 1; i < ms.length; i++) if (ms[i - 1].created_at > ms[i].created_at) ordered = false;
      check(`fetch: ${ms.length} messages (≤ limit 5), oldest first, all older than 'before', complete=${msgs.complete}`,
        ms.length <= 5 && ordered && ms.every((m) => m.created_at <= oldest.created_at && m.id !== oldest.id) &&
          (ms.length === 5 || msgs.complete === true),
        J(ms.map((m) => m.created_at)));
      // page on until complete, to see keyset paging end
      let before = ms.length ? ms[0].id : null;
      let complete = msgs.complete;
      let pages = 0;
      let seen = new Set(list.map((m) => m.id));
      let dup = false;
      for (const m of ms) { if (seen.has(m.id)) dup = true; seen.add(m.id); }
      while (!complete && before && pages < 50) {
        agent.send({ type: 'fetch', req: `f-p${pages}`, conversation_id: cid, before, limit: 200 });
        const { frame } = await agent.until((f) => f.req === `f-p${pages}`);
        pages++;
        if (frame?.type !== 'messages') break;
        for (const m of frame.messages) { if (seen.has(m.id)) dup = true; seen.add(m.id); }
        complete = frame.complete;
        before = frame.messages.length ? frame.messages[0].id : null;
      }
      check(`fetch: paging back with 'before' ends with complete:true and no duplicates (${seen.size} messages in all)`,
        complete === true && !dup, `complete ${complete} dup ${dup}`);
    }
    agent.send({ type: 'fetch', req: 'f-2', conversation_id: cid, before: null });
    const { frame: newest } = await agent.until((f) => f.req === 'f-2');
    check('fetch: before null returns the newest messages (default limit 50)',
      newest?.type === 'messages' && newest.messages.length <= 50 && newest.messages.length > 0 &&
        newest.messages.at(-1).id === list.at(-1).id,
      `${newest?.messages?.length} messages, last ${newest?.messages?.at(-1)?.id} vs snapshot ${list.at(-1).id}`);
    agent.send({ type: 'fetch', req: 'f-3', conversation_id: cid, before: null, limit: 0 });
    const { frame: e0 } = await agent.until((f) => f.req === 'f-3');
    check('fetch: limit 0 is error bad_request', e0?.type === 'error' && e0.code === 'bad_request', J(e0));
    agent.send({ type: 'fetch', req: 'f-4', conversation_id: 'c_doesnotexist', before: null });
    const { frame: e1 } = await agent.until((f) => f.req === 'f-4');
    check('fetch: unknown conversation is error not_found', e1?.type === 'error' && e1.code === 'not_found', J(e1));
    const otherConv = [...messagesByConv.keys()].find((k) => k !== cid);
    agent.send({ type: 'fetch', req: 'f-5', conversation_id: cid, before: messagesByConv.get(otherConv)[0].id });
    const { frame: e2 } = await agent.until((f) => f.req === 'f-5');
    check("fetch: a 'before' of another conversation is error not_found", e2?.type === 'error' && e2.code === 'not_found', J(e2));
  }
  {
    agent.send('{"type": "ping", this is not json');
    const f = await agent.next();
    check('bad input: invalid JSON gives {type:"error", req:null, code:"bad_request", message}',
      f?.type === 'error' && f.req === null && f.code === 'bad_request' && isStr(f.message), J(f));
    agent.send({ type: 'no_such_type', req: 'u-1' });
    const u = await agent.until((x) => x.req === 'u-1');
    check('bad input: an unknown type is bad_request echoing req', u.frame?.type === 'error' && u.frame.code === 'bad_request', J(u.frame));
    agent.send({ type: 'send', req: 'k-1', client_id: randomUUID(), conversation_id: target.id, kind: 'whisper', body: 'x' });
    const k = await agent.until((x) => x.req === 'k-1');
    check('bad input: send with kind "whisper" is bad_request echoing req',
      k.frame?.type === 'error' && k.frame.code === 'bad_request', J(k.frame));
    agent.send(new Uint8Array([1, 2, 3]));
    const b = await agent.next();
    check('bad input: a binary frame after the hello is bad_request, connection kept',
      b?.type === 'error' && b.code === 'bad_request' && !agent.closed, J(b));
    agent.send({ type: 'ping' });
    const p = await agent.until((x) => x.type === 'pong');
    check('ping → {"type":"pong"} and the connection is still open after the bad frames',
      p.frame && J(p.frame) === '{"type":"pong"}' && nonEphemeral(p.skipped).length === 0 && !agent.closed,
      `${J(p.frame)} skipped ${J(p.skipped.map((x) => x.type))}`);
  }
  {
    // a frame over 1 MiB on a second session: error too_large (req null) and close 1009
    const big = new Conn('/v1/agent', 'agent-big');
    await big.opened;
    big.send({ type: 'hello', protocol: 1, token, since: welcome.head + 10 ** 9, log_id: welcome.log_id });
    const w = await big.next();
    check('agent: hello with since > head gives welcome mode snapshot, reset true',
      w?.type === 'welcome' && w.mode === 'snapshot' && w.reset === true, J(w));
    big.send({ type: 'ping', req: 'big', pad: 'x'.repeat(1100 * 1024) });
    const { frame: e } = await big.until((f) => f.type === 'error' || f.type === 'pong');
    const cl = await big.waitClosed();
    check('bad input: a frame over 1 MiB gives error too_large (req null) and close 1009',
      e?.type === 'error' && e.code === 'too_large' && e.req === null && cl?.code === 1009, `${J(e)} close ${J(cl)}`);
  }

  // ===== 6. visitor =====
  const visitor = new Conn('/v1/visitor', 'visitor');
  await visitor.opened;
  visitor.send({ type: 'hello', protocol: 1, workspace_key: 'demo', visitor_token: null });
  const vw = await visitor.next();
  check('visitor: welcome {visitor_token, contact_id} for a new visitor',
    vw?.type === 'welcome' && isNonEmptyStr(vw.visitor_token) && isNonEmptyStr(vw.contact_id), J(vw));
  const vh = await visitor.next();
  check('visitor: then history (empty for a new visitor)', vh?.type === 'history' && Array.isArray(vh.messages) && vh.messages.length === 0, J(vh));
  {
    const { frame, skipped } = await agent.until((f) => f.type === 'events' && f.events.some((e) => e.name === 'contact.updated' && e.data.id === vw?.contact_id));
    const e = frame?.events.find((x) => x.name === 'contact.updated');
    check('visitor → agent: contact.updated for the new anonymous contact (named "Visitor N", no email)',
      e && shapeContact(e.data).length === 0 && /^Visitor \d+$/.test(e.data.name || '') && e.data.email === null,
      J(e?.data));
    if (frame) lastSeq = frame.events.at(-1).seq;
    void skipped;
  }
  const vClientId = randomUUID();
  const vBody = `Hello from the docs client ${vClientId} — ça marche? 🙏`;
  visitor.send({ type: 'send', req: 'v-1', client_id: vClientId, body: vBody });
  let vAck, conversationId;
  {
    const { frame: ack, skipped } = await visitor.until((f) => f.req === 'v-1');
    vAck = ack;
    const own = skipped.find((f) => f.type === 'message');
    check('visitor: own message pushed back as `message` before the ack (client_id, author {type:"contact"})',
      own && own.message.client_id === vClientId && own.message.body === vBody && shapeVisitorMessage(own.message, true).length === 0,
      `${J(own)} ${J(shapeVisitorMessage(own?.message, true))}`);
    check('visitor: ack {req, conversation_id, message_id} and no seq',
      ack?.type === 'ack' && isNonEmptyStr(ack.conversation_id) && isNonEmptyStr(ack.message_id) && !has(ack, 'seq') &&
        own && own.message.id === ack.message_id && own.message.conversation_id === ack.conversation_id,
      J(ack));
    conversationId = ack?.conversation_id;
  }
  {
    // agent side: conversation.created then message.created for it
    const { frame, skipped } = await agent.until((f) => f.type === 'events' && f.events.some((e) => e.name === 'message.created' && e.data.id === vAck?.message_id));
    const evs = [...eventsOf(skipped), ...(frame?.events || [])];
    const cc = evs.find((e) => e.name === 'conversation.created' && e.data.id === conversationId);
    const mc = evs.find((e) => e.name === 'message.created' && e.data.id === vAck?.message_id);
    check('visitor → agent: conversation.created (open, chat, the visitor\'s contact) before message.created',
      cc && mc && cc.seq < mc.seq && shapeConversation(cc.data).length === 0 && cc.data.status === 'open' &&
        cc.data.channel === 'chat' && cc.data.contact_id === vw.contact_id,
      `${J(cc?.data)} ${J(shapeConversation(cc?.data))}`);
    check('visitor → agent: message.created is a reply by the contact with the visitor\'s client_id',
      mc && shapeMessage(mc.data).length === 0 && mc.data.kind === 'reply' && mc.data.author?.type === 'contact' &&
        mc.data.author?.id === vw.contact_id && mc.data.client_id === vClientId && mc.data.body === vBody,
      J(mc?.data));
    let s = lastSeq, consecutive = true;
    for (const e of evs) { if (e.seq !== s + 1) consecutive = false; s = e.seq; }
    check('agent: live event seqs stay consecutive', consecutive, `after ${lastSeq}: ${J(evs.map((e) => e.seq))}`);
    lastSeq = s;
  }
  {
    // visitor idempotency
    visitor.send({ type: 'send', req: 'v-1b', client_id: vClientId, body: vBody });
    const { frame: ack, skipped } = await visitor.until((f) => f.req === 'v-1b');
    check('visitor idempotency: a repeat of the send returns the same ack (ids), no message pushed',
      ack?.type === 'ack' && ack.conversation_id === vAck?.conversation_id && ack.message_id === vAck?.message_id &&
        skipped.filter((f) => f.type === 'message').length === 0,
      `${J(ack)} skipped ${J(skipped)}`);
    visitor.send({ type: 'send', req: 'v-2', client_id: randomUUID(), body: '   ' });
    const b = await visitor.until((f) => f.req === 'v-2');
    check('visitor: a blank body is error bad_request echoing req', b.frame?.type === 'error' && b.frame.code === 'bad_request', J(b.frame));
  }
  {
    // agent typing: mode note is not relayed, mode reply is (display name only)
    // mode "note" and a missing mode must not reach the visitor (section 6.6)
    for (const mode of ['note', undefined]) {
      agent.send({ type: 'typing', conversation_id: conversationId, on: true, ...(mode ? { mode } : {}) });
      agent.send({ type: 'ping' });
      await agent.until((f) => f.type === 'pong'); // the typing has been handled
      await sleep(300);
      visitor.send({ type: 'ping' });
      const { skipped } = await visitor.until((f) => f.type === 'pong');
      check(`visitor: agent typing with ${mode ? `mode "${mode}"` : 'no mode'} is NOT relayed to the visitor`,
        skipped.length === 0, `visitor received ${J(skipped)}`);
      agent.send({ type: 'typing', conversation_id: conversationId, on: false, ...(mode ? { mode } : {}) });
      agent.send({ type: 'ping' });
      await agent.until((f) => f.type === 'pong');
      await sleep(300);
      visitor.send({ type: 'ping' });
      await visitor.until((f) => f.type === 'pong');
    }
    agent.send({ type: 'typing', conversation_id: conversationId, on: true, mode: 'reply' });
    const { frame: t, skipped } = await visitor.until((f) => f.type === 'typing');
    check('visitor: agent typing with mode "reply" arrives as {typing, conversation_id, agent_name, on} (name only)',
      t && t.conversation_id === conversationId && t.agent_name === me.name && t.on === true && !has(t, 'agent_id') &&
        skipped.length === 0, `${J(t)} skipped ${J(skipped)}`);
    agent.send({ type: 'typing', conversation_id: conversationId, on: false, mode: 'reply' });
    const t2 = await visitor.until((f) => f.type === 'typing');
    check('visitor: typing off (mode "reply") arrives', t2.frame?.on === false, J(t2.frame));
  }
  {
    // agent replies
    const rClientId = randomUUID();
    agent.send({ type: 'send', req: 'r-1', client_id: rClientId, conversation_id: conversationId, kind: 'reply', body: 'Hi! How can I help? — the docs client' });
    const { frame: ack, skipped } = await agent.until((f) => f.req === 'r-1');
    const evs = eventsOf(skipped);
    check('agent reply: events message.created + conversation.updated, then ack with message_id and seq',
      ack?.type === 'ack' && J(evs.map((e) => e.name)) === J(['message.created', 'conversation.updated']) &&
        ack.message_id === evs[0]?.data?.id && ack.seq === evs.at(-1)?.seq,
      `${J(ack)} ${J(evs.map((e) => e.name))}`);
    if (evs.length) lastSeq = evs.at(-1).seq;
    const { frame: vm, skipped: vs } = await visitor.until((f) => f.type === 'message');
    check('visitor: receives the agent reply as `message` with author {type:"agent", name} and no client_id, kind, id or email of the agent',
      vm && vm.message.id === ack?.message_id && vm.message.conversation_id === conversationId &&
        vm.message.author?.name === me.name && shapeVisitorMessage(vm.message, false).length === 0 &&
        !JSON.stringify(vm).includes(me.email) && !JSON.stringify(vm).includes(me.id),
      `${J(vm)} ${J(shapeVisitorMessage(vm?.message, false))}`);
    check('visitor: nothing but the message before it', vs.length === 0, J(vs));
  }
  {
    // agent note: the visitor must not see it
    const nClientId = randomUUID();
    agent.send({ type: 'send', req: 'n-2', client_id: nClientId, conversation_id: conversationId, kind: 'note', body: 'internal: this visitor is testing us' });
    const { frame: ack, skipped } = await agent.until((f) => f.req === 'n-2');
    check('agent note on the visitor\'s conversation: acked', ack?.type === 'ack' && isNonEmptyStr(ack.message_id), J(ack));
    if (eventsOf(skipped).length) lastSeq = eventsOf(skipped).at(-1).seq;
    // then a second reply: if the note were ever pushed, it would come before this reply
    agent.send({ type: 'send', req: 'r-2', client_id: randomUUID(), conversation_id: conversationId, kind: 'reply', body: 'second reply' });
    const r2 = await agent.until((f) => f.req === 'r-2');
    if (eventsOf(r2.skipped).length) lastSeq = eventsOf(r2.skipped).at(-1).seq;
    const { frame: vm, skipped: vs } = await visitor.until((f) => f.type === 'message');
    await sleep(300);
    visitor.send({ type: 'ping' });
    const vp = await visitor.until((f) => f.type === 'pong');
    const leaked = [...vs, ...vp.skipped].filter((f) => JSON.stringify(f).includes('internal: this visitor'));
    check('visitor: does NOT receive the note (the next frame is the second reply, then only the pong)',
      vm?.message?.id === r2.frame?.message_id && vs.length === 0 && vp.skipped.length === 0 && leaked.length === 0,
      `before reply: ${J(vs)}; before pong: ${J(vp.skipped)}`);
    check('visitor: ping → {"type":"pong"}', J(vp.frame) === '{"type":"pong"}', J(vp.frame));
  }
  {
    // returning visitor: same token and contact; history has own message and replies, no note
    const v2 = new Conn('/v1/visitor', 'visitor2');
    await v2.opened;
    v2.send({ type: 'hello', protocol: 1, workspace_key: 'demo', visitor_token: vw.visitor_token });
    const w2 = await v2.next();
    const h2 = await v2.next();
    check('visitor: returning with its token gets the same token and contact_id',
      w2?.type === 'welcome' && w2.visitor_token === vw.visitor_token && w2.contact_id === vw.contact_id, J(w2));
    const hm = h2?.messages || [];
    check('visitor: history is own message (with client_id) + 2 agent replies, oldest first, no note',
      h2?.type === 'history' && hm.length === 3 && hm[0].client_id === vClientId &&
        shapeVisitorMessage(hm[0], true).length === 0 && hm.slice(1).every((m) => shapeVisitorMessage(m, false).length === 0) &&
        !JSON.stringify(h2).includes('internal: this visitor'),
      J(h2));
    v2.close();
    const bad = new Conn('/v1/visitor', 'visitor-badkey');
    await bad.opened;
    bad.send({ type: 'hello', protocol: 1, workspace_key: 'no-such-key', visitor_token: null });
    const e = await bad.next();
    const cl = await bad.waitClosed();
    check('visitor: unknown workspace key gives error unauthorized and close 4001',
      e?.type === 'error' && e.code === 'unauthorized' && cl?.code === 4001, `${J(e)} close ${J(cl)}`);
  }

  // ===== 7. POST /v1/inbound =====
  {
    const email = `docs-client-${randomUUID().slice(0, 8)}@example.com`;
    const clientId = randomUUID();
    const body = { channel: 'email', contact: { email, name: 'Kim Docs' }, subject: 'Invoice 42', body: 'Hello, the PDF is empty.', conversation_id: null, client_id: clientId };
    const r = await http('POST', '/v1/inbound', { body, token: 'demo-api-key' });
    check('inbound: 201 {conversation_id, message_id}',
      r.status === 201 && isNonEmptyStr(r.json?.conversation_id) && isNonEmptyStr(r.json?.message_id), `${r.status} ${r.text}`);
    const { frame, skipped } = await agent.until((f) => f.type === 'events' && f.events.some((e) => e.name === 'message.created' && e.data.id === r.json?.message_id));
    const evs = [...eventsOf(skipped), ...(frame?.events || [])];
    const names = evs.map((e) => e.name);
    const ct = evs.find((e) => e.name === 'contact.updated');
    const cc = evs.find((e) => e.name === 'conversation.created');
    const mc = evs.find((e) => e.name === 'message.created');
    check('inbound → agent: contact.updated, conversation.created, message.created in that order',
      J(names) === J(['contact.updated', 'conversation.created', 'message.created']),
      J(names));
    check('inbound → agent: new contact has the email and name; conversation open, email, subject, unassigned; message reply by the contact with the client_id',
      ct?.data?.email === email && ct?.data?.name === 'Kim Docs' && cc?.data?.id === r.json?.conversation_id &&
        cc?.data?.status === 'open' && cc?.data?.channel === 'email' && cc?.data?.subject === 'Invoice 42' &&
        cc?.data?.assignee_id === null && cc?.data?.contact_id === ct?.data?.id &&
        mc?.data?.kind === 'reply' && mc?.data?.author?.type === 'contact' && mc?.data?.author?.id === ct?.data?.id &&
        mc?.data?.client_id === clientId && mc?.data?.channel === 'email',
      `${J(ct?.data)} ${J(cc?.data)} ${J(mc?.data)}`);
    if (evs.length) lastSeq = evs.at(-1).seq;

    const r2 = await http('POST', '/v1/inbound', { body, token: 'demo-api-key' });
    agent.send({ type: 'ping' });
    const p = await agent.until((f) => f.type === 'pong');
    check('inbound idempotency: repeat is 201 with the same ids', r2.status === 201 && J(r2.json) === J(r.json), `${r2.status} ${r2.text}`);
    check('inbound idempotency: the repeat emits no events', eventsOf(p.skipped).length === 0, J(eventsOf(p.skipped).map((e) => e.name)));

    // threading: "Re: invoice 42" continues the same open email conversation
    const r3 = await http('POST', '/v1/inbound', { body: { ...body, subject: 'RE: invoice 42', body: 'Any news?', client_id: randomUUID() }, token: 'demo-api-key' });
    check('inbound threading: "RE: invoice 42" continues the conversation of "Invoice 42"',
      r3.status === 201 && r3.json?.conversation_id === r.json?.conversation_id && r3.json?.message_id !== r.json?.message_id,
      `${r3.status} ${r3.text}`);
    const t3 = await agent.until((f) => f.type === 'events' && f.events.some((e) => e.data?.id === r3.json?.message_id));
    const evs3 = [...eventsOf(t3.skipped), ...(t3.frame?.events || [])];
    const n3 = evs3.map((e) => e.name).filter((x) => x !== 'contact.updated');
    const cu3 = evs3.find((e) => e.name === 'conversation.updated');
    check('inbound threading → agent: the conversation.updated that moves last_message_at comes right before its message.created (section 8, rule 5)',
      J(n3) === J(['conversation.updated', 'message.created']),
      `${J(evs3.map((e) => e.name))}; conversation.updated.last_message_at ${cu3?.data?.last_message_at}`);
    const ct3 = evs3.find((e) => e.name === 'contact.updated');
    check("inbound threading → agent: the customer was seen moments ago, so last_seen_at stays and there is no contact.updated (4.3: it moves at most every 5 minutes, always with an event)",
      !ct3, `events ${J(evs3.map((e) => e.name))}`);

    const n = await http('POST', '/v1/inbound', { body, token: undefined });
    check('inbound: no API key is 401 unauthorized', isHttpError(n, 401, 'unauthorized'), `${n.status} ${n.text}`);
    const a = await http('POST', '/v1/inbound', { body, token });
    check('inbound: an agent token is NOT accepted (401)', isHttpError(a, 401, 'unauthorized'), `${a.status} ${a.text}`);
    const m = await http('POST', '/v1/inbound', { body: { ...body, contact: { name: 'x' }, client_id: randomUUID() }, token: 'demo-api-key' });
    check("inbound: contact without email/external_id is 400 \"'contact' needs 'external_id' or 'email'\"",
      isHttpError(m, 400, 'bad_request') && m.json.error.message === "'contact' needs 'external_id' or 'email'", `${m.status} ${m.text}`);
    const other = [...conversations.values()].find((c) => c.contact_id !== ct?.data?.id);
    const f = await http('POST', '/v1/inbound', { body: { ...body, conversation_id: other.id, client_id: randomUUID() }, token: 'demo-api-key' });
    check("inbound: conversation_id of another contact's conversation is 403 forbidden", isHttpError(f, 403, 'forbidden'), `${f.status} ${f.text}`);
    const nf = await http('POST', '/v1/inbound', { body: { ...body, conversation_id: 'c_doesnotexist', client_id: randomUUID() }, token: 'demo-api-key' });
    check('inbound: unknown conversation_id is 404 not_found', isHttpError(nf, 404, 'not_found'), `${nf.status} ${nf.text}`);
    // the failed requests recorded nothing: no events
    agent.send({ type: 'ping' });
    const p2 = await agent.until((x) => x.type === 'pong');
    check('inbound: refused requests emit no events', eventsOf(p2.skipped).length === 0, J(eventsOf(p2.skipped).map((e) => e.name)));
  }

  // ===== delta reconnect and logout =====
  {
    agent.send({ type: 'ping' });
    await agent.until((f) => f.type === 'pong');
    check('agent: every events frame of the session had consecutive seqs (no gap)', agent.gaps.length === 0, J(agent.gaps));
    // the cache built from snapshot + events equals a fresh snapshot (for what both hold)
    const fresh = new Conn('/v1/agent', 'agent-fresh');
    await fresh.opened;
    fresh.send({ type: 'hello', protocol: 1, token, since: 0, log_id: null });
    const fs = await fresh.until((f) => f.type === 'synced');
    const diffs = [];
    for (const kind of ['contacts', 'conversations']) {
      for (const [id, x] of fresh.state[kind]) {
        const mine = agent.state[kind].get(id);
        if (mine && J(mine) !== J(x)) {
          const keys = Object.keys(x).filter((k) => J(x[k]) !== J(mine[k]));
          diffs.push(`${id} ${keys.map((k) => `${k}: cache ${J(mine[k])} server ${J(x[k])}`).join(', ')}`);
        }
      }
    }
    check('agent: the cache built from the snapshot and events equals a fresh snapshot (no silent changes)',
      fs.frame && diffs.length === 0, diffs.slice(0, 5).join('; '));
    fresh.close();
    {
      // a second agent (the lead): presence, and a client_id used by someone else
      const l = await http('POST', '/v1/login', { body: { email: 'lead@demo.confab', password: 'demo' } });
      const lead = new Conn('/v1/agent', 'lead');
      await lead.opened;
      lead.send({ type: 'hello', protocol: 1, token: l.json?.token, since: 0, log_id: null });
      const ls = await lead.until((f) => f.type === 'synced');
      const pres = await lead.until((f) => f.type === 'presence' && f.agent_id === me.id, 3000);
      check('presence: right after synced the lead gets presence online for the agent who has a live session',
        ls.frame && pres.frame?.status === 'online', J(pres.frame));
      const pa = await agent.until((f) => f.type === 'presence' && f.agent_id === l.json?.agent?.id, 5000);
      check("presence: the agent gets presence online when the lead's first session goes live",
        pa.frame?.status === 'online', J(pa.frame));
      lead.send({ ...noteReq, req: 'lead-1', body: 'lead note' });
      const lr = await lead.until((f) => f.req === 'lead-1');
      check('idempotency: a client_id already used by someone else is bad_request',
        lr.frame?.type === 'error' && lr.frame.code === 'bad_request', J(lr.frame));
      lead.close();
      const po = await agent.until((f) => f.type === 'presence' && f.agent_id === l.json?.agent?.id, 5000);
      check("presence: the agent gets presence offline when the lead's last session ends", po.frame?.status === 'offline', J(po.frame));
      agent.send({ type: 'ping' });
      await agent.until((f) => f.type === 'pong');
    }
    lastSeq = agent.seq;
    const d = new Conn('/v1/agent', 'agent-delta');
    await d.opened;
    const since = lastSeq - 2;
    d.send({ type: 'hello', protocol: 1, token, since, log_id: welcome.log_id });
    const w = await d.next();
    check('agent: reconnect with since = last seq − 2 and the log_id gives welcome mode delta, reset false',
      w?.type === 'welcome' && w.mode === 'delta' && w.reset === false && w.log_id === welcome.log_id && w.head === lastSeq,
      `${J({ mode: w?.mode, reset: w?.reset, head: w?.head })} expected head ${lastSeq}`);
    const { frame: s, skipped } = await d.until((f) => f.type === 'synced');
    const seqs = eventsOf(skipped).map((e) => e.seq);
    check('agent: delta catch-up sends exactly the 2 missed events, then synced',
      J(seqs) === J([since + 1, since + 2]) && s?.head === lastSeq && skipped.every((f) => f.type === 'events'),
      `${J(seqs)} synced ${J(s)}`);
    // the first agent session should now get presence online for... the same agent? (doc: "never to the agent who caused them")
    const r = await http('POST', '/v1/logout', { token });
    check('logout: 204 with an empty body', r.status === 204 && r.text === '', `${r.status} ${r.text}`);
    const e1 = await agent.until((f) => f.type === 'error');
    const c1 = await agent.waitClosed();
    const e2 = await d.until((f) => f.type === 'error');
    const c2 = await d.waitClosed();
    check('logout: every live session gets error unauthorized (req null) and close 4001',
      e1.frame?.code === 'unauthorized' && e1.frame.req === null && c1?.code === 4001 &&
        e2.frame?.code === 'unauthorized' && c2?.code === 4001,
      `${J(e1.frame)} ${J(c1)} / ${J(e2.frame)} ${J(c2)}`);
    const again = await http('POST', '/v1/logout', { token });
    check('logout: an already revoked token is 401', isHttpError(again, 401, 'unauthorized'), `${again.status} ${again.text}`);
  }
  visitor.close();
}

const watchdog = setTimeout(() => { console.log('FAIL watchdog: the client did not finish within 5 minutes'); process.exit(1); }, 300000);
try {
  await main();
} catch (e) {
  failures++;
  console.log(`FAIL aborted — ${e?.stack || e}`);
}
clearTimeout(watchdog);
console.log(`${passes} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
