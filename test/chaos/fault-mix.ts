/**
 * The faults the "faults on …" chaos tests inject, and what a simulator's request log shows of them:
 * the tests assert from these counts that every kind of fault did happen, writes among them.
 */
import type { FaultOptions, RequestLogEntry } from '../sim/common/sim-server.js';

/**
 * 5% of requests answered 500/502/503, 1% of connections dropped (half before the request is handled,
 * half after), and a burst of three 429s every `every` requests.
 */
export function faults(seed: number, every: number): FaultOptions {
  return {
    errorRate: 0.05,
    dropBeforeRate: 0.005,
    dropAfterRate: 0.005,
    // Retry-After is whole seconds: each burst costs the run a second of waiting, so a few bursts only.
    burst429: { every, length: 3, retryAfterSeconds: 1 },
    seed,
  };
}

export interface FaultCounts {
  /** Answered 429. */
  throttled: number;
  /** Answered 500, 502 or 503. */
  failed: number;
  /** Writes answered 5xx. */
  failedWrites: number;
  /** Connections dropped. */
  dropped: number;
  /** Writes whose connection was dropped. */
  droppedWrites: number;
}

export function faultCounts(log: readonly RequestLogEntry[], isWrite: (method: string) => boolean = (method) => method !== 'GET'): FaultCounts {
  return {
    throttled: log.filter((r) => r.status === 429).length,
    failed: log.filter((r) => r.status === 500 || r.status === 502 || r.status === 503).length,
    failedWrites: log.filter((r) => isWrite(r.method) && typeof r.status === 'number' && r.status >= 500).length,
    dropped: log.filter((r) => r.status === 'dropped').length,
    droppedWrites: log.filter((r) => isWrite(r.method) && r.status === 'dropped').length,
  };
}
