import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { notModifiedResponse, okResponse } from '../http/schema-builders.js'
import { problemResponses } from '../http/problem.js'
import { splitCommaSeparated } from '../http/query-lists.js'
import { searchCatalogue } from './queries.js'
import { buildSearchHit } from './documents.js'
import { SearchQuery, SearchResults, searchTypes } from './schemas.js'
import { searchResultsExample } from './examples.js'

const searchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/search', {
    preValidation: splitCommaSeparated('type'),
    schema: {
      operationId: 'search',
      summary: 'Search roles, skills, certifications, schools and resources',
      description: 'Full-text search ranked by bm25, titles and names weighted over descriptions. Every word matches as a ' +
        'prefix, so it serves type-ahead. Each hit says what it is in `type`.',
      tags: ['search'],
      querystring: SearchQuery,
      response: { 200: okResponse(SearchResults, 'Hits, best first.', searchResultsExample), 304: notModifiedResponse(), ...problemResponses() }
    }
  }, async (request) => {
    const { q, type, limit } = request.query
    const rows = searchCatalogue(app.db, q, type ?? [...searchTypes], limit)
    return { query: q, data: rows.map(buildSearchHit) }
  })
}

export default searchRoutes
