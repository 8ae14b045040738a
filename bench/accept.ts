/**
 * How fast this Node accepts a burst of new connections while its event loop is busy (not a
 * test: it reports). Node 20 (libuv 1.46) accepts one connection per turn of the loop, so a rush
 * of new clients waits on the number of turns, not on their length (docs/benchmarks.md, booking
 * run 5).
 *
 *   npx tsx bench/accept.ts            # 1,000 connections at once; loop busy 0, 1, 3 and 10 ms per turn
 *
 * The server answers each request at once; between turns its loop runs fixed work (as a database
 * in the server's own thread does). The clients connect from a worker thread, all at once.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { percentile } from './report.js';

const CONNECTIONS = 1_000;

const CLIENTS = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true, maxSockets: workerData.count, maxFreeSockets: workerData.count });
const started = performance.timeOrigin + performance.now();
const times = [];
for (let i = 0; i < workerData.count; i++) {
  const t0 = performance.now();
  http.get({ host: '127.0.0.1', port: workerData.port, agent, path: '/' }, (res) => {
    res.resume();
    res.on('end', () => {
      times.push(performance.now() - t0);
      if (times.length === workerData.count) parentPort.postMessage({ started, times });
    });
  });
}
`;

async function burst(busyMs: number) {
  const server = http.createServer((_request, response) => response.end('ok'));
  const accepted: number[] = [];
  server.on('connection', () => accepted.push(performance.timeOrigin + performance.now()));
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, resolve));
  let busy = busyMs > 0;
  const work = () => {
    if (!busy) return;
    const t0 = performance.now();
    while (performance.now() - t0 < busyMs);
    setImmediate(work);
  };
  work();
  const { port } = server.address() as AddressInfo;
  const worker = new Worker(CLIENTS, { eval: true, workerData: { port, count: CONNECTIONS } });
  const { started, times } = await new Promise<{ started: number; times: number[] }>((resolve) =>
    worker.once('message', resolve),
  );
  busy = false;
  await worker.terminate();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  const lastAccept = Math.max(...accepted) - started;
  return { lastAccept, p50: percentile(times, 50), p99: percentile(times, 99) };
}

const idle = await burst(0);
console.log(`accepting ${CONNECTIONS} connections at once, by the loop's work per turn`);
console.log('| work per turn | last accepted after | answer p50 / p99 | last accept vs idle loop |');
console.log('|---|---|---|---|');
console.log(
  `| 0 ms (idle) | ${idle.lastAccept.toFixed(0)} ms | ${idle.p50.toFixed(0)} / ${idle.p99.toFixed(0)} ms | 1.0x |`,
);
for (const busyMs of [1, 3, 10]) {
  const r = await burst(busyMs);
  console.log(
    `| ${busyMs} ms | ${r.lastAccept.toFixed(0)} ms | ${r.p50.toFixed(0)} / ${r.p99.toFixed(0)} ms | ${(r.lastAccept / idle.lastAccept).toFixed(1)}x |`,
  );
}
