// What is loaded at each size. The fixed scenarios repeat one URL (what a careers page or a
// response cache sees at its best); the rotating ones walk every role id and thousands of
// list/search URLs, more than a response cache of a few MiB holds, so that it cannot make them
// look free (at seed size the whole catalogue fits in any cache, which is the truth there).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRandom } from './data/random.js'

const json = { status: 200, type: 'application/json', encoding: null }

/**
 * Scenarios for the catalogue in `folder` (seed layout). `full` adds the role-document
 * scenarios and the comparisons; without it only list and search run (for cost growth).
 * `logCost` also loads the role document on a second server at LOG_LEVEL=info.
 */
export function buildScenarios ({ folder, full, rotate, rotateQueries, logCost = full }) {
  const roles = JSON.parse(readFileSync(join(folder, 'catalog', 'roles.json'), 'utf8'))
  const skills = JSON.parse(readFileSync(join(folder, 'catalog', 'skills.json'), 'utf8'))
  const featured = roles.find((role) => role.detail === 'full')?.id ?? roles[0].id
  const rolePath = `/v1/roles/${featured}`
  const random = createRandom(7)

  const scenarios = []
  const add = (name, title, requests, expect, compare = ['bare']) => scenarios.push({ name, title, requests, expect, compare: full ? compare : [] })
  if (full) {
    add('role', 'role document', [{ path: rolePath }], json, ['bare', 'json-server', ...(logCost ? ['info'] : [])])
    add('role-br', 'role document, br', [{ path: rolePath, headers: { 'accept-encoding': 'br' } }], { ...json, encoding: 'br' })
    // The ETag is filled in once the plain role document has been fetched (see run.js).
    add('role-304', '304 revalidation', [{ path: rolePath, headers: { 'if-none-match': '' } }], { status: 304 })
    add('role-jsonld', 'role JSON-LD', [{ path: rolePath, headers: { accept: 'application/ld+json' } }], { ...json, type: 'application/ld+json' })
  }
  add('list', 'list, filters', [{ path: '/v1/roles?detail=full&education_max=master&limit=20' }], json)
  add('list-q', 'list, q filter', [{ path: '/v1/roles?q=therap&limit=20' }], json)
  add('search', 'search', [{ path: '/v1/search?q=crisis' }], json)
  if (full) {
    // Evenly spread over the catalogue, so that full, brief and mention roles all appear.
    const step = Math.max(1, roles.length / Math.min(rotate, roles.length))
    const rotation = Array.from({ length: Math.min(rotate, roles.length) }, (_, i) => ({ path: `/v1/roles/${roles[Math.floor(i * step)].id}` }))
    add('role-rotating', 'role documents, rotating', rotation, json)
  }
  add('list-rotating', 'lists, rotating', listRotation(random, roles, skills, rotateQueries), json)
  add('search-rotating', 'searches, rotating', searchRotation(random, roles, skills, rotateQueries), json)
  return { featured, scenarios }
}

// Title words as people type them: whole words and 4- to 6-letter prefixes.
function titleWords (roles, skills) {
  const words = new Set()
  for (const { title } of roles) for (const word of title.toLowerCase().split(/[^a-z]+/)) if (word.length >= 4) words.add(word)
  for (const { name } of skills.slice(0, 200)) for (const word of name.toLowerCase().split(/[^a-z]+/)) if (word.length >= 5) words.add(word)
  return [...words].sort()
}

// Up to `count` distinct URLs; small catalogues have fewer distinct queries to offer.
function distinct (count, make) {
  const found = new Set()
  for (let attempt = 0; attempt < count * 20 && found.size < count; attempt++) found.add(make())
  return [...found].map((path) => ({ path }))
}

function listRotation (random, roles, skills, count) {
  const tags = [...new Set(roles.flatMap((role) => role.tags))].sort()
  const words = titleWords(roles, skills)
  const levels = ['high_school', 'postsecondary_certificate', 'associate', 'bachelor', 'master']
  const locations = ['US', 'US-CA', 'US-NY', 'GB', 'GB-ENG', 'DE-BY', 'CA-ON', 'IN-KA']
  return distinct(count, () => {
    const query = new URLSearchParams()
    if (random.chance(0.4)) query.set('tag', random.pick(tags))
    if (random.chance(0.3)) query.set('q', random.pick(words).slice(0, random.int(4, 8)))
    if (random.chance(0.3)) query.set('education_max', random.pick(levels))
    if (random.chance(0.2)) query.set('detail', random.pick(['full', 'brief', 'mention']))
    if (random.chance(0.2)) query.set('skill', random.pick(skills).id)
    if (random.chance(0.2)) query.set('salary_min', String(random.pick([30000, 50000, 80000])))
    if (random.chance(0.2)) query.set('location', random.pick(locations))
    if (random.chance(0.3)) query.set('sort', random.pick(['-title', 'updated', '-updated']))
    query.set('limit', String(random.pick([10, 20, 50])))
    return `/v1/roles?${query}`
  })
}

function searchRotation (random, roles, skills, count) {
  const words = titleWords(roles, skills)
  return distinct(count, () => {
    const first = random.pick(words)
    const q = random.chance(0.4) ? `${first} ${random.pick(words).slice(0, random.int(3, 6))}` : first.slice(0, random.int(4, first.length))
    return `/v1/search?${new URLSearchParams({ q })}`
  })
}
