/**
 * How many requests one API budget should have in flight. By Little's law a budget of `rate` requests
 * per ms, each taking `latency` ms, is kept busy by rate × latency requests in flight; fewer leaves it
 * idle (4 in flight at 150 ms use 27 a second of a budget of 100), more only queues. The latency is
 * observed (a moving average), the size adapted to overload: a 429 or 5xx halves it, each answer
 * after that wins a little back (AIMD), always within [1, cap]. Pure: the limiter feeds it.
 */

export interface InFlightOptions {
  /** Requests per ms we may send (the budget's pace). */
  ratePerMs: number;
  /** Never more in flight than this. */
  cap: number;
  /** Before any latency is known. */
  initial?: number;
}

/** Slack over rate × latency: latencies vary, and a budget left idle for one slow answer is lost. */
const HEADROOM = 1.5;
/** Weight of the newest latency in the moving average. */
const ALPHA = 0.2;
/** What each answer after an overload wins back of the full size. */
const RECOVERY = 0.05;

export class InFlightSizer {
  private latencyMs: number | undefined;
  private factor = 1;
  private readonly cap: number;
  private readonly initial: number;

  /** The budget's pace, which the limiter raises once it knows when windows reset. */
  ratePerMs: number;

  constructor(options: InFlightOptions) {
    this.ratePerMs = options.ratePerMs;
    this.cap = Math.max(1, Math.floor(options.cap));
    this.initial = Math.min(this.cap, Math.max(1, options.initial ?? 4));
  }

  /** One answered request took `ms`. */
  answered(ms: number): void {
    if (!(ms >= 0)) return;
    this.latencyMs = this.latencyMs === undefined ? ms : this.latencyMs + ALPHA * (ms - this.latencyMs);
    this.factor = Math.min(1, this.factor + RECOVERY);
  }

  /** The server said it is overloaded (429, 5xx). */
  overloaded(): void {
    this.factor = Math.max(1 / this.cap, this.factor / 2);
  }

  get latency(): number | undefined {
    return this.latencyMs;
  }

  get size(): number {
    const wanted = this.latencyMs === undefined ? this.initial : Math.ceil(this.ratePerMs * this.latencyMs * HEADROOM) + 1;
    return Math.max(1, Math.min(this.cap, Math.floor(wanted * this.factor)));
  }
}
