import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MinHeap } from '../../../shared/collections/min-heap.ts';

const drain = <T>(heap: MinHeap<T>): T[] => {
  const out: T[] = [];
  for (let item = heap.pop(); item !== undefined; item = heap.pop()) out.push(item);
  return out;
};

describe('MinHeap', () => {
  it('gives back pushed keys smallest first, duplicates and negatives included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), (keys) => {
        const heap = new MinHeap<number>((k) => k);
        keys.forEach((k) => heap.push(k));
        expect(heap.size).toBe(keys.length);
        expect(drain(heap)).toEqual([...keys].sort((a, b) => a - b));
      }),
    );
  });

  it('orders a reset array the same way, and keeps order when pushes and pops interleave', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.array(fc.option(fc.integer(), { nil: null })), (start, steps) => {
        const heap = new MinHeap<{ at: number }>((e) => e.at);
        heap.reset(start.map((at) => ({ at })));
        const model = [...start];
        for (const step of steps) {
          if (step === null) {
            model.sort((a, b) => a - b);
            expect(heap.pop()?.at).toBe(model.shift());
          } else {
            heap.push({ at: step });
            model.push(step);
          }
        }
        expect(heap.peek()?.at).toBe(model.length ? Math.min(...model) : undefined);
        expect(drain(heap).map((e) => e.at)).toEqual(model.sort((a, b) => a - b));
      }),
    );
  });

  it('says an empty heap is empty', () => {
    const heap = new MinHeap<number>((k) => k);
    expect(heap.peek()).toBeUndefined();
    expect(heap.pop()).toBeUndefined();
    expect(heap.size).toBe(0);
  });
});
