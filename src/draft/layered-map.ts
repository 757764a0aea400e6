/**
 * A map read through two layers: its own entries (`top`), then a shared base's. A draft's few
 * names laid over a graph's 50,000 without copying them: writes go to the top layer only.
 */
export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  private readonly top = new Map<K, V>();

  constructor(private readonly base: ReadonlyMap<K, V>) {}

  get(key: K): V | undefined {
    return this.top.has(key) ? this.top.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return this.top.has(key) || this.base.has(key);
  }

  set(key: K, value: V): this {
    this.top.set(key, value);
    return this;
  }

  get size(): number {
    let n = this.base.size;
    for (const key of this.top.keys()) if (!this.base.has(key)) n++;
    return n;
  }

  *entries(): MapIterator<[K, V]> {
    yield* this.top.entries();
    for (const entry of this.base) if (!this.top.has(entry[0])) yield entry;
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

/** A set of a base's members and some more, without copying the base. */
export class UnionSet<T> implements ReadonlySet<T> {
  private readonly extra: ReadonlySet<T>;

  constructor(
    private readonly base: ReadonlySet<T>,
    more: Iterable<T>,
  ) {
    this.extra = new Set([...more].filter((x) => !base.has(x)));
  }

  has(x: T): boolean {
    return this.base.has(x) || this.extra.has(x);
  }

  get size(): number {
    return this.base.size + this.extra.size;
  }

  *[Symbol.iterator](): SetIterator<T> {
    yield* this.base;
    yield* this.extra;
  }

  *entries(): SetIterator<[T, T]> {
    for (const x of this) yield [x, x];
  }

  keys(): SetIterator<T> {
    return this[Symbol.iterator]();
  }

  values(): SetIterator<T> {
    return this[Symbol.iterator]();
  }

  forEach(callback: (value: T, key: T, set: ReadonlySet<T>) => void): void {
    for (const x of this) callback(x, x, this);
  }
}
