import t from 'tap'
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core'
import * as schema from '../../src/db/schema.js'

const tables: SQLiteTable[] = Object.values(schema as Record<string, unknown>).filter((value): value is SQLiteTable => value instanceof SQLiteTable)

function foreignKeys (table: SQLiteTable): Map<string, string> {
  const keys = new Map<string, string>()
  for (const key of getTableConfig(table).foreignKeys) {
    const { columns, foreignTable } = key.reference()
    keys.set(columns[0]!.name, getTableConfig(foreignTable).name)
  }
  return keys
}

t.test('every fact points at its source document, and every role link at a role', async (t) => {
  t.ok(tables.length >= 20, `${tables.length} tables`)
  for (const table of tables) {
    const { name, columns } = getTableConfig(table)
    const keys = foreignKeys(table)
    for (const column of columns) {
      if (column.name === 'source_id') t.equal(keys.get('source_id'), 'sources', `${name}.source_id → sources`)
      if (/role_id$/.test(column.name)) t.equal(keys.get(column.name), 'roles', `${name}.${column.name} → roles`)
    }
  }
})

t.test('every entity carries a version and timestamps', async (t) => {
  for (const table of tables) {
    const { name, columns } = getTableConfig(table)
    const names = columns.map((column) => column.name)
    if (!names.includes('id')) continue
    for (const bookkeeping of ['version', 'created_at', 'updated_at']) t.ok(names.includes(bookkeeping), `${name}.${bookkeeping}`)
  }
})
