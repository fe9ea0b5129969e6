import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { rootFolder } from '../paths.js'
import { buildApp } from '../app.js'

// npm run openapi: writes the published OpenAPI document to openapi/openapi.json.
const openapiFile = join(rootFolder, 'openapi', 'openapi.json')

const app = await buildApp({ databasePath: ':memory:' })
try {
  writeFileSync(openapiFile, `${JSON.stringify(app.swagger(), null, 2)}\n`)
  console.log(`wrote ${openapiFile}`)
} finally {
  await app.close()
}
