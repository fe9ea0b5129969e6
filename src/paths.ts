import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The installation's root folder (the one with package.json, migrations/ and seed/), found from
 * this module's location, which differs between the sources, the compiled bundles and a container.
 */
function findRoot (from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder
    /* c8 ignore next -- only a broken installation has no package.json above its code */
    if (dirname(folder) === folder) throw new Error(`No package.json above ${from}`)
  }
}

export const rootFolder = findRoot(import.meta.dirname)
