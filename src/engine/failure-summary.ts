/**
 * A run stopped by an error still writes its reports (the outcomes up to the error, and the error).
 * The summary travels with the error itself, so the entry that catches it (CLI, Action) can publish
 * it and still tell the error's kind.
 */
import type { RunSummary } from './report.js';

const summaries = new WeakMap<object, RunSummary>();

/** The error as an object (strings are wrapped), carrying `summary`. */
export function withSummary(error: unknown, summary: RunSummary): Error {
  const carrier = error instanceof Error ? error : new Error(String(error));
  summaries.set(carrier, summary);
  return carrier;
}

/** The reports' summary of the run this error stopped, if they were written. */
export function summaryOf(error: unknown): RunSummary | undefined {
  return typeof error === 'object' && error !== null ? summaries.get(error) : undefined;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
