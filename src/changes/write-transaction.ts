import type { Db } from '../db/connection.js'
import { rebuildSearchIndex } from '../search/indexer.js'
import { refreshRoleDocuments } from '../read-model/refresh.js'
import { noteLocalWrite } from '../read-model/change-clock.js'
import type { ReadModelSettings } from '../read-model/role-representations.js'
import { ChangeSet } from './change-set.js'

/**
 * The one way data is written. Runs `work` in a transaction and, in the same transaction, brings
 * the search index and the stored role documents up to date with what `work` recorded as
 * changed, so that no reader ever sees data and documents that disagree. better-sqlite3
 * transactions are synchronous: `work` must not be async.
 */
export function writeTransaction<T> (db: Db, settings: ReadModelSettings, work: (tx: Db, changes: ChangeSet) => T): T {
  const changes = new ChangeSet()
  const result = db.transaction((tx) => {
    const value = work(tx, changes)
    if (!changes.isEmpty) {
      rebuildSearchIndex(tx)
      refreshRoleDocuments(tx, changes, settings)
    }
    return value
  })
  if (!changes.isEmpty) noteLocalWrite(db)
  return result
}
