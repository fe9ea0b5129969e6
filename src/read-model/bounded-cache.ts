/**
 * A map that evicts its least recently used entries once the bytes they hold pass a budget.
 * A Map keeps insertion order, so re-inserting an entry on every hit keeps the oldest first.
 */
export class BoundedCache<V> {
  readonly #maxBytes: number
  readonly #sizeOf: (value: V) => number
  readonly #entries = new Map<string, V>()
  #bytes = 0

  constructor (maxBytes: number, sizeOf: (value: V) => number) {
    this.#maxBytes = maxBytes
    this.#sizeOf = sizeOf
  }

  get (key: string): V | undefined {
    const value = this.#entries.get(key)
    if (value !== undefined) {
      this.#entries.delete(key)
      this.#entries.set(key, value)
    }
    return value
  }

  set (key: string, value: V): void {
    this.delete(key)
    this.#entries.set(key, value)
    this.#bytes += this.#sizeOf(value)
    for (const [oldestKey] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break
      this.delete(oldestKey)
    }
  }

  delete (key: string): void {
    const value = this.#entries.get(key)
    if (value === undefined) return
    this.#entries.delete(key)
    this.#bytes -= this.#sizeOf(value)
  }

  clear (): void {
    this.#entries.clear()
    this.#bytes = 0
  }

  get size (): { entries: number, bytes: number } {
    return { entries: this.#entries.size, bytes: this.#bytes }
  }
}
