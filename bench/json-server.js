// A common alternative: json-server 0.17 serving the same role document from a db.json
// ({ "roles": [<document>] }, GET /roles/<id>), with its default middleware and no request log.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import jsonServer from 'json-server'

process.once('message', ({ document, folder }) => {
  try {
    const file = join(folder, 'db.json')
    writeFileSync(file, JSON.stringify({ roles: [document] }))
    const app = jsonServer.create()
    app.use(jsonServer.defaults({ logger: false }))
    app.use(jsonServer.router(file))
    const server = app.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }))
  } catch (error) {
    process.send({ error: error.message })
  }
})
