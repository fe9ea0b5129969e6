import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { linkHeader, notModifiedResponse, okResponse } from '../http/schema-builders.js'
import { NotFoundError, problemResponses } from '../http/problem.js'
import { positionAfter, splitPage } from '../http/pagination.js'
import { findSource, listSources, sourceRolesFor } from './queries.js'
import { buildSources } from './documents.js'
import { ListSourcesQuery, Source, SourceList, SourceParams } from './schemas.js'
import { sourceExample, sourceListExample } from './examples.js'

const SORT = 'id'

const sourceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/sources', {
    schema: {
      operationId: 'listSources',
      summary: 'List source documents',
      description: 'The documents roleatlas takes its facts from, with the roles each describes or mentions.',
      tags: ['sources'],
      querystring: ListSourcesQuery,
      response: { 200: okResponse(SourceList, 'A page of source documents.', sourceListExample, linkHeader), 304: notModifiedResponse(), ...problemResponses() }
    }
  }, async (request, reply) => {
    const { limit, cursor } = request.query
    const rows = listSources(app.db, limit, positionAfter(cursor, SORT)?.id)
    const { page, next } = splitPage(request, reply, rows, limit, SORT, (last) => [last.id, last.id])
    return { data: buildSources(page, sourceRolesFor(app.db, page.map((row) => row.id))), next }
  })

  app.get('/sources/:id', {
    schema: {
      operationId: 'getSource',
      summary: 'Get a source document',
      description: 'One source document: title, publisher, author, date and the roles it describes or mentions.',
      tags: ['sources'],
      params: SourceParams,
      response: { 200: okResponse(Source, 'The source document.', sourceExample), 304: notModifiedResponse(), ...problemResponses(404) }
    }
  }, async (request) => {
    const row = findSource(app.db, request.params.id)
    if (row === undefined) throw new NotFoundError('source', request.params.id)
    const [source] = buildSources([row], sourceRolesFor(app.db, [row.id]))
    return source!
  })
}

export default sourceRoutes
