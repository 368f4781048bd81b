/** A binary min-heap of simulation events ordered by time, then by insertion (so equal times stay FIFO). */
export class EventHeap {
  private readonly times: number[] = [];
  private readonly seqs: number[] = [];
  private readonly items: number[] = [];
  private next = 0;

  get size(): number {
    return this.items.length;
  }

  push(time: number, item: number): void {
    this.times.push(time);
    this.seqs.push(this.next++);
    this.items.push(item);
    this.up(this.items.length - 1);
  }

  /** The earliest event as [time, item]; the heap must not be empty. */
  pop(): [number, number] {
    const top: [number, number] = [this.times[0], this.items[0]];
    const last = this.items.length - 1;
    this.swap(0, last);
    this.times.pop();
    this.seqs.pop();
    this.items.pop();
    this.down(0);
    return top;
  }

  private before(a: number, b: number): boolean {
    return this.times[a] < this.times[b] || (this.times[a] === this.times[b] && this.seqs[a] < this.seqs[b]);
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.items.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < n && this.before(l, min)) min = l;
      if (r < n && this.before(r, min)) min = r;
      if (min === i) return;
      this.swap(i, min);
      i = min;
    }
  }

  private swap(a: number, b: number): void {
    [this.times[a], this.times[b]] = [this.times[b], this.times[a]];
    [this.seqs[a], this.seqs[b]] = [this.seqs[b], this.seqs[a]];
    [this.items[a], this.items[b]] = [this.items[b], this.items[a]];
  }
}
