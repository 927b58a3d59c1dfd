/** A sequence of numeric record ids that never hands out one a seed already chose. */
export class IdCounter {
  private nextId: number;

  constructor(first: number) {
    this.nextId = first;
  }

  next(): number {
    return this.nextId++;
  }

  /** Moves the sequence past `id` (a record created with an explicit id). */
  reserve(id: number): void {
    this.nextId = Math.max(this.nextId, id + 1);
  }
}
