// The reference for confabd's fan-out figures (docs/performance.md): a minimal broadcast server
// that does nothing but relay each text frame it receives to every connected socket. No
// parsing, no storage, no sequencing — the floor a WebSocket server in Node.js can reach on
// this machine. Started by bench_loadgen:
//
//   node server.js --port 0      (prints "reference listening on 127.0.0.1:PORT")
'use strict';

const { WebSocketServer, WebSocket } = require('ws');

const portArg = process.argv.indexOf('--port');
const port = portArg >= 0 ? Number(process.argv[portArg + 1]) : 0;

const wss = new WebSocketServer({ host: '127.0.0.1', port, backlog: 4096, perMessageDeflate: false });

wss.on('connection', (socket) => {
  socket.on('message', (data, isBinary) => {
    for (const client of wss.clients) {
      if (client.readyState === WebSocket.OPEN)
        client.send(data, { binary: isBinary });
    }
  });
  socket.on('error', () => {});
});

wss.on('listening', () => {
  process.stdout.write(`reference listening on 127.0.0.1:${wss.address().port}\n`);
});

for (const signal of ['SIGTERM', 'SIGINT'])
  process.on(signal, () => { wss.close(); process.exit(0); });
