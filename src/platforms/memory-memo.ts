/**
 * A TargetMemo that lives as long as the process: for `check`, which keeps no state, and for tests
 * that drive a target without an engine run.
 */
import type { TargetMemo } from './contracts.js';

export class MemoryMemo implements TargetMemo {
  private readonly values = new Map<string, { value: string; expiresAt: number }>();

  recall(key: string): string | undefined {
    const memo = this.values.get(key);
    return memo && memo.expiresAt > Date.now() ? memo.value : undefined;
  }

  remember(key: string, value: string, expiresAt: number): void {
    this.values.set(key, { value, expiresAt });
  }
}
