import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'

export const apiTags = [
  { name: 'roles', description: 'Job roles, with everything a careers page or an ATS needs in one call.' },
  { name: 'skills', description: 'The skills catalogue: hard skills, soft skills and tools, with the roles that need them.' },
  { name: 'certifications', description: 'Certifications and licenses, with the roles that require or prefer them.' },
  { name: 'education', description: 'Education requirements per role: levels, fields of study and training programs.' },
  { name: 'salaries', description: 'Salary figures per role, each with its period, location, publisher and source document.' },
  { name: 'progression', description: 'Directed career moves between roles: advancement and lateral.' },
  { name: 'outlook', description: 'What the sources say of each role\'s job market and work environment, verbatim, with region and attribution.' },
  { name: 'schools', description: 'Schools the sources list for roles, with their tuition, rates and enrollment as each source gives them.' },
  { name: 'resources', description: 'Agencies, associations, licensing boards, course providers and journals the sources recommend for roles.' },
  { name: 'search', description: 'Ranked full-text search over roles, skills, certifications, schools and resources.' },
  { name: 'sources', description: 'The documents every fact is taken from.' },
  { name: 'operations', description: 'Liveness and readiness probes.' }
]

/** Publishes the OpenAPI 3.1 document at /openapi.json and Swagger UI at /docs. */
export default fp<{ docsPrefix: string }>(async function openapi (app, { docsPrefix }) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'roleatlas',
        version: '1.0.0',
        description: 'An open role-and-competency data API: job roles with their salary ranges, education requirements, ' +
          'skills, certifications and licenses, directed career progression, job outlook, schools and resources. Every fact names the document it comes from.\n\n' +
          'Errors are RFC 9457 problem documents (`application/problem+json`). Lists use cursor pagination: follow `next` until it is null.',
        license: { name: 'MIT', identifier: 'MIT' }
      },
      tags: apiTags
    },
    // Name components after their $id, so that generated clients get real type names.
    // Every shared schema has one (ref() insists), and a test checks no def-N name appears.
    refResolver: {
      buildLocalReference: (json) => String(json.$id)
    }
  })
  await app.register(swaggerUi, { routePrefix: docsPrefix })

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}, { name: 'openapi' })
