/**
 * Server-sent events of a run: every stored event after Last-Event-ID, then live ones, each with
 * its sequence number as id; a comment line every 15 s keeps proxies from closing the stream;
 * the stream ends after the run's last event (done, failed, cancelled).
 */
import type { IncomingMessage } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { ApiContext } from '../context.js';
import type { RunEvent } from '../store/runStore.js';

const HEARTBEAT_MS = 15_000;
const LAST = new Set(['done', 'failed', 'cancelled']);

export function streamRunEvents(
  ctx: ApiContext,
  runId: string,
  afterSeq: number,
  req: IncomingMessage,
  reply: FastifyReply,
): void {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  let lastSent = afterSeq;
  let closed = false;
  const send = (e: RunEvent) => {
    if (closed || e.seq <= lastSent) return;
    lastSent = e.seq;
    res.write(`id: ${e.seq}\nevent: ${e.type}\ndata: ${JSON.stringify(e.data)}\n\n`);
    if (LAST.has(e.type)) close();
  };
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  // Subscribe first, then replay: an event published in between is sent once (by its seq).
  const unsubscribe = ctx.hub.subscribe(runId, send);
  function close() {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    unsubscribe();
    res.end();
  }
  req.on('close', close);
  res.write('retry: 2000\n\n');
  for (const e of ctx.runs.events(runId, afterSeq)) send(e);
}
