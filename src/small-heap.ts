/**
 * What a migration holds live is small (the ledger, a few batches, the read-ahead): at 100,000
 * archived tickets about 40 MB. V8's default sizing still lets the heap grow to 230 MB of mostly
 * garbage, 407 MiB of RSS, on a runner the job's other steps share. Sizing for memory keeps the heap
 * near what is live: 144 MiB, for 5 % more wall time on that CPU-bound archive run (27.7 → 29.2 s,
 * bench/archive-scale.mjs) and none that shows where the platforms' rate limits bind. Each entry
 * imports this first, so the flag is set before the heap grows.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--optimize-for-size');
