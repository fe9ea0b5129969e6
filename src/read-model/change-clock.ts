import type { Db } from '../db/connection.js'

// Commits made through this process's own connection, which PRAGMA data_version does not count.
const localWrites = new WeakMap<Db, number>()

/** Called by the write path after every commit that changed data. */
export function noteLocalWrite (db: Db): void {
  localWrites.set(db, (localWrites.get(db) ?? 0) + 1)
}

/**
 * A generation number that moves whenever committed data may have changed: when another
 * connection (another process) commits, which SQLite's PRAGMA data_version tells without I/O,
 * or when this process writes. Caches compare it to decide whether what they hold is current.
 *
 * Reading data_version is a call into SQLite, the largest single cost of serving a cached
 * document, so it is read once per turn of the event loop: the requests handled in one turn
 * share the reading, and a commit by another process is seen from the next turn on.
 */
export class ChangeClock {
  readonly #db: Db
  readonly #dataVersion: () => number
  #generation = 0
  #seenDataVersion = -1
  #seenLocalWrites = -1
  #readThisTurn = false
  readonly #endTurn = (): void => { this.#readThisTurn = false }

  constructor (db: Db, dataVersion: () => number) {
    this.#db = db
    this.#dataVersion = dataVersion
  }

  now (): number {
    let dataVersion = this.#seenDataVersion
    if (!this.#readThisTurn) {
      this.#readThisTurn = true
      setImmediate(this.#endTurn)
      dataVersion = this.#dataVersion()
    }
    const ownWrites = localWrites.get(this.#db) ?? 0
    if (dataVersion !== this.#seenDataVersion || ownWrites !== this.#seenLocalWrites) {
      this.#seenDataVersion = dataVersion
      this.#seenLocalWrites = ownWrites
      this.#generation++
    }
    return this.#generation
  }
}
