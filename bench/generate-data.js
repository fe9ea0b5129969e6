// npm run bench:data -- --roles 10000 --out <dir>: a synthetic catalogue in the seed format
// (src/seed/format.ts), so that it loads through the real seed path and the benchmark
// measures the API at a realistic size. Deterministic: the same --roles and --seed always
// give byte-identical files (a seeded PRNG, no clock, no Math.random).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { levels, sectors, softSkills, skillQualifiers, issuingBodies, workSettingExtras } from './data/vocabulary.js'
import { describeRole, documentSource, edgeFacts } from './data/facts.js'
import { createRandom, slug } from './data/random.js'

/** The whole catalogue in memory: { catalog: { roles, skills, ... }, documents }. */
export function generateCatalogue ({ roles: roleCount, seed = 1 }) {
  if (!Number.isInteger(roleCount) || roleCount < 10 || roleCount > combos.length) {
    throw new RangeError(`--roles must be an integer from 10 to ${combos.length}`)
  }
  const random = createRandom(seed)
  const roles = pickRoles(random, roleCount)
  const skills = buildSkills(random, Math.max(200, Math.round(roleCount / 2)))
  const certifications = buildCertifications(random, Math.max(20, Math.round(roleCount * 0.06)))
  const uniqueNamed = (names) => [...new Map(names.map((name) => [slug(name), { id: slug(name), name }])).values()]
  const fieldsOfStudy = uniqueNamed(sectors.flatMap((sector) => sector.fields))
  const workSettings = uniqueNamed([...sectors.flatMap((sector) => sector.settings), ...workSettingExtras])
  // A few hundred documents at 10,000 roles, each about one sector (a guide, a survey, templates).
  const documents = Array.from({ length: Math.max(3, Math.round(roleCount / 30)) }, (_, index) => {
    const sector = sectors[index % sectors.length]
    return { sector, source: documentSource(random, index, sector), roles: [], progression: [] }
  })
  const trainingPrograms = buildTrainingPrograms(random, Math.max(5, Math.round(roleCount / 50)), documents)

  const context = { random, roles, skills, certifications, fieldsOfStudy, workSettings, trainingPrograms }
  const docsOfSector = (sector) => {
    const own = documents.filter((document) => document.sector === sector)
    return own.length > 0 ? own : documents
  }
  // Full roles are described by one or two documents, brief roles by one, mentions by none.
  for (const role of roles) {
    if (role.detail === 'mention') continue
    const candidates = docsOfSector(role.sector)
    const describing = random.sample(candidates, role.detail === 'full' && random.chance(0.3) ? 2 : 1)
    for (const document of describing) {
      document.roles.push(describeRole(context, role, document))
      role.describedBy.push(document)
    }
  }
  // About ten directed moves per role; each lives in a document that describes one end.
  const seen = new Set()
  for (const role of roles) {
    const moves = random.int(5, 15)
    for (let i = 0; i < moves; i++) {
      const target = pickMoveTarget(random, roles, role)
      if (target === role) continue
      const kind = target.rank > role.rank ? 'advancement' : 'lateral'
      const holders = [...role.describedBy, ...target.describedBy]
      const document = holders.length > 0 ? random.pick(holders) : random.pick(docsOfSector(role.sector))
      const key = `${role.id}|${target.id}|${kind}|${document.source.id}`
      if (seen.has(key)) continue
      seen.add(key)
      document.progression.push(edgeFacts(random, role, target, kind))
    }
  }
  // Other names are stated by a document: a role's by the first document that describes it (or
  // one of its sector's documents, which then mentions it), a skill's or certification's by one
  // document in turn.
  for (const role of roles) {
    for (const title of role.alternateTitles) {
      nameList(role.describedBy[0] ?? docsOfSector(role.sector)[0], 'roles').push({ role: role.id, title })
    }
  }
  skills.forEach((skill, index) => {
    for (const name of skill.aliases) nameList(documents[index % documents.length], 'skills').push({ skill: skill.id, name, kind: 'alias' })
  })
  certifications.forEach((certification, index) => {
    if (certification.abbreviation === null) return
    nameList(documents[index % documents.length], 'certifications')
      .push({ certification: certification.id, name: certification.abbreviation, kind: 'abbreviation' })
  })
  return {
    catalog: {
      roles: roles.map((role) => ({
        id: role.id,
        title: role.title,
        detail: role.detail,
        tags: role.tags,
        broader: role.broader?.id ?? null,
        codes: []
      })),
      skills: skills.map(({ sector, aliases, ...skill }) => skill),
      certifications: certifications.map(({ sector, abbreviation, ...certification }) => certification),
      fieldsOfStudy,
      workSettings,
      trainingPrograms
    },
    // The seed document format this generator writes (SEED_FORMAT_VERSION in src/seed/format.ts).
    documents: documents.map(({ source, roles, progression, names }) => ({ format_version: 4, source, roles, ...(names === undefined ? {} : { names }), progression }))
  }
}

/** The list of one kind of names in a document's names section, created on first use. */
function nameList (document, kind) {
  document.names ??= {}
  document.names[kind] ??= []
  return document.names[kind]
}

// Every "<level> <specialty> <function>" of every sector, once per title (Compliance and
// Maintenance appear in two sectors), shuffled; the first is a full healthcare role, so that the
// featured role (the first full one in roles.json) exists at every size and looks like the seed's.
const combos = [...new Map(sectors.flatMap((sector) => levels.flatMap((level) => sector.specialties.flatMap((specialty) =>
  sector.functions.map((fn) => [[level.name, specialty, fn].filter(Boolean).join(' '), { sector, level, specialty, fn }]))))).values()]

function pickRoles (random, count) {
  const featured = combos.find((combo) => combo.level.name === '' && combo.specialty === 'Mental Health' && combo.fn === 'Therapeutic Assistant')
  const chosen = [featured, ...random.shuffle(combos.filter((combo) => combo !== featured)).slice(0, count - 1)]
  const roles = chosen.map(({ sector, level, specialty, fn }, index) => {
    const title = [level.name, specialty, fn].filter(Boolean).join(' ')
    const roll = random.next()
    return {
      id: slug(title),
      title,
      sector,
      level: level.name,
      rank: level.rank,
      specialty,
      fn,
      detail: index === 0 || roll < 0.25 ? 'full' : roll < 0.6 ? 'brief' : 'mention',
      alternateTitles: random.chance(0.3) ? [`${specialty} ${fn} ${random.pick(['I', 'II', 'III'])}`] : [],
      tags: [sector.name, ...random.sample(sector.tags, random.int(0, 2))],
      broader: null,
      describedBy: []
    }
  })
  // Broader roles: the unlevelled title of the same specialty and function, when it exists.
  const byTitle = new Map(roles.map((role) => [role.title, role]))
  for (const role of roles) {
    const base = byTitle.get(`${role.specialty} ${role.fn}`)
    if (base !== undefined && base !== role && random.chance(0.5)) role.broader = base
  }
  // Lookups the fact builders need, kept on the list itself.
  roles.bySector = new Map(sectors.map((sector) => [sector, roles.filter((role) => role.sector === sector)]))
  return roles
}

function pickMoveTarget (random, roles, role) {
  const sameSector = roles.bySector.get(role.sector)
  if (random.chance(0.15) || sameSector.length < 2) return random.pick(roles)
  // Prefer the same function one or two levels up: the typical career ladder.
  const ladder = sameSector.filter((other) => other.fn === role.fn && other.rank > role.rank && other.rank <= role.rank + 2)
  return ladder.length > 0 && random.chance(0.6) ? random.pick(ladder) : random.pick(sameSector)
}

function buildSkills (random, count) {
  const byId = new Map()
  const add = (name, kind, sector) => {
    const id = slug(name)
    if (byId.has(id)) return
    byId.set(id, {
      id,
      name,
      kind,
      category: sector?.name ?? null,
      description: random.chance(0.8) ? `${name}: ${random.pick(['applying', 'practising', 'maintaining'])} it to the standard employers expect.` : null,
      aliases: random.chance(0.2) ? [`${name} Skills`] : [],
      sector
    })
  }
  // The base vocabulary always exists (crisis-intervention among it), then specialised variants.
  for (const name of softSkills) add(name, 'soft', null)
  for (const sector of sectors) {
    for (const topic of sector.topics) add(topic, 'hard', sector)
    for (const tool of sector.tools) add(tool, 'tool', sector)
  }
  while (byId.size < count) {
    const sector = random.pick(sectors)
    const topic = random.pick(sector.topics)
    const name = random.chance(0.5) ? `${random.pick(sector.specialties)} ${topic}` : `${random.pick(skillQualifiers)} ${random.pick(sector.specialties)} ${topic}`
    add(name, 'hard', sector)
  }
  const skills = [...byId.values()]
  skills.soft = skills.filter((skill) => skill.kind === 'soft')
  skills.bySector = new Map(sectors.map((sector) => [sector, skills.filter((skill) => skill.sector === sector)]))
  return skills
}

function buildCertifications (random, count) {
  const byId = new Map()
  while (byId.size < count) {
    const sector = random.pick(sectors)
    const specialty = random.pick(sector.specialties)
    const fn = random.pick(sector.functions)
    const license = random.chance(0.3)
    const name = license ? `Licensed ${specialty} ${fn}` : `Certified ${specialty} ${fn}`
    const id = slug(name)
    if (byId.has(id)) continue
    byId.set(id, {
      id,
      name,
      abbreviation: random.chance(0.6) ? name.split(/[\s-]+/).map((word) => word[0]).join('').toUpperCase() : null,
      kind: license ? 'license' : 'certification',
      issuing_body: random.pick(issuingBodies),
      description: `${license ? 'A state licence' : 'A credential'} for ${specialty.toLowerCase()} ${fn.toLowerCase()} work.`,
      sector
    })
  }
  const certifications = [...byId.values()]
  certifications.bySector = new Map(sectors.map((sector) => [sector, certifications.filter((item) => item.sector === sector)]))
  return certifications
}

function buildTrainingPrograms (random, count, documents) {
  const byId = new Map()
  while (byId.size < count) {
    const sector = random.pick(sectors)
    const name = `${random.pick(sector.specialties)} ${random.pick(['Certificate Program', 'Apprenticeship', 'Bootcamp', 'Diploma', 'Short Course'])}`
    if (!byId.has(slug(name))) {
      byId.set(slug(name), { id: slug(name), name, description: random.chance(0.7) ? `Hands-on ${sector.name.toLowerCase()} training.` : null, source: random.pick(documents).source.id })
    }
  }
  return [...byId.values()]
}

/** Writes catalog/*.json and documents/<source id>.json under `out`, replacing what was there. */
export function writeCatalogue ({ catalog, documents }, out) {
  rmSync(join(out, 'catalog'), { recursive: true, force: true })
  rmSync(join(out, 'documents'), { recursive: true, force: true })
  mkdirSync(join(out, 'catalog'), { recursive: true })
  mkdirSync(join(out, 'documents'), { recursive: true })
  const files = {
    'roles.json': catalog.roles,
    'skills.json': catalog.skills,
    'certifications.json': catalog.certifications,
    'fields-of-study.json': catalog.fieldsOfStudy,
    'work-settings.json': catalog.workSettings,
    'training-programs.json': catalog.trainingPrograms
  }
  for (const [name, value] of Object.entries(files)) writeFileSync(join(out, 'catalog', name), JSON.stringify(value, null, 2) + '\n')
  for (const document of documents) {
    writeFileSync(join(out, 'documents', `${document.source.id}.json`), JSON.stringify(document, null, 2) + '\n')
  }
}

export function countFacts ({ catalog, documents }) {
  const sum = (pick) => documents.reduce((total, document) => total + document.roles.reduce((n, facts) => n + (pick(facts)?.length ?? 0), 0), 0)
  return {
    roles: catalog.roles.length,
    full: catalog.roles.filter((role) => role.detail === 'full').length,
    brief: catalog.roles.filter((role) => role.detail === 'brief').length,
    mention: catalog.roles.filter((role) => role.detail === 'mention').length,
    documents: documents.length,
    skillCatalogue: catalog.skills.length,
    roleSkills: sum((facts) => facts.skills),
    certifications: catalog.certifications.length,
    roleCertifications: sum((facts) => facts.certifications),
    salaries: sum((facts) => facts.salaries),
    responsibilities: sum((facts) => facts.responsibilities),
    progressionEdges: documents.reduce((total, document) => total + document.progression.length, 0)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { roles: { type: 'string', default: '10000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } })
  if (values.out === undefined) {
    console.error('usage: node bench/generate-data.js --roles <n> --out <dir> [--seed <n>]')
    process.exit(1)
  }
  const started = performance.now()
  let data
  try {
    data = generateCatalogue({ roles: Number(values.roles), seed: Number(values.seed) })
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
  writeCatalogue(data, resolve(values.out))
  console.log(JSON.stringify({ out: resolve(values.out), ...countFacts(data), seconds: Math.round(performance.now() - started) / 1000 }))
  console.error(`load it with: DATABASE_PATH=<file> node dist/cli/seed.js --folder ${resolve(values.out)}`)
}
