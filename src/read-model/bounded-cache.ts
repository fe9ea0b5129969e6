interface Slot<V> {
  value: V
  size: number
  /** Set on every hit; eviction gives a referenced entry a second chance instead of dropping it. */
  referenced: boolean
}

/**
 * A map that evicts entries once the bytes they hold pass a budget, least recently used first
 * in the manner of the CLOCK algorithm: a hit only sets a flag (reordering the map on every hit
 * would cost a delete and an insert on the hot path), and eviction walks from the oldest entry,
 * moving flagged entries to the back with the flag cleared and dropping the first unflagged one.
 */
export class BoundedCache<V> {
  readonly #maxBytes: number
  readonly #sizeOf: (value: V) => number
  readonly #slots = new Map<string, Slot<V>>()
  #bytes = 0

  constructor (maxBytes: number, sizeOf: (value: V) => number) {
    this.#maxBytes = maxBytes
    this.#sizeOf = sizeOf
  }

  get (key: string): V | undefined {
    const slot = this.#slots.get(key)
    if (slot === undefined) return undefined
    slot.referenced = true
    return slot.value
  }

  set (key: string, value: V): void {
    this.delete(key)
    const size = this.#sizeOf(value)
    this.#slots.set(key, { value, size, referenced: false })
    this.#bytes += size
    while (this.#bytes > this.#maxBytes) this.#evictOne()
  }

  #evictOne (): void {
    // Ends: each pass clears a flag, so an unflagged entry comes up within two rounds.
    for (;;) {
      const [key, slot] = this.#slots.entries().next().value as [string, Slot<V>]
      this.#slots.delete(key)
      if (!slot.referenced) {
        this.#bytes -= slot.size
        return
      }
      slot.referenced = false
      this.#slots.set(key, slot)
    }
  }

  delete (key: string): void {
    const slot = this.#slots.get(key)
    if (slot === undefined) return
    this.#slots.delete(key)
    this.#bytes -= slot.size
  }

  clear (): void {
    this.#slots.clear()
    this.#bytes = 0
  }

  get size (): { entries: number, bytes: number } {
    return { entries: this.#slots.size, bytes: this.#bytes }
  }
}
