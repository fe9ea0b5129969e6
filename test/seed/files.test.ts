import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { readSeedFiles, seedFolder, SeedError } from '../../src/seed/files.js'

// readSeedFiles on temporary copies of seed/ broken in one way each: the SeedError must name the
// file (or the document and role) and the problem.

const S0 = '000_4694b98c1c2a5003'
const S1 = '001_b5bbebad356a4f28'
const S2 = '002_c01dfacc0499c815'
const S3 = '003_22ade88f96834ac8'
const S4 = '004_ceb25adb4d5f0a29'

/** A fresh copy of the seed folder, removed when the test ends. */
function seedCopy (t: Test): string {
  const folder = t.testdir()
  cpSync(seedFolder, folder, { recursive: true })
  return folder
}

/** Rewrites one JSON file of a seed copy (a path under the folder, such as "catalog/roles.json"). */
function edit (folder: string, path: string, change: (value: any) => void): string {
  const file = join(folder, path)
  const value = JSON.parse(readFileSync(file, 'utf8'))
  change(value)
  writeFileSync(file, JSON.stringify(value, null, 2))
  return file
}

const documentFile = (id: string): string => `documents/${id}.json`

/** The problems readSeedFiles reports for `folder`; fails the test if it reports none. */
function problemsOf (t: Test, folder: string): string[] {
  try {
    readSeedFiles(folder)
  } catch (error) {
    t.type(error, SeedError)
    const { problems, message, name } = error as SeedError
    t.equal(name, 'SeedError')
    t.ok(problems.length > 0, 'at least one problem')
    t.ok(problems.every((problem) => message.includes(`\n- ${problem}`)), 'the message lists every problem')
    return problems
  }
  t.fail('readSeedFiles accepted the broken seed')
  return []
}

t.test('the real seed folder reads without problems', async (t) => {
  const data = readSeedFiles()
  t.equal(data.documents.length, 5)
  t.same(data.documents.map((document) => document.source.id), [S0, S1, S2, S3, S4], 'in file-name order')
  t.ok(data.roles.length > 0 && data.skills.length > 0 && data.certifications.length > 0)
  t.same(readSeedFiles(seedFolder), data, 'seedFolder is the default')
})

t.test('files that are not JSON documents are ignored in documents/', async (t) => {
  const folder = seedCopy(t)
  writeFileSync(join(folder, 'documents', 'README.md'), '# notes, not a document')
  t.equal(readSeedFiles(folder).documents.length, 5)
})

t.test('invalid JSON', async (t) => {
  t.test('in a document file', async (t) => {
    const folder = seedCopy(t)
    const file = join(folder, documentFile(S1))
    writeFileSync(file, readFileSync(file, 'utf8').replace('"roles"', 'roles'))
    const problems = problemsOf(t, folder)
    t.equal(problems.length, 1)
    t.match(problems[0], `${file}: `)
    t.match(problems[0], /JSON/)
  })

  t.test('in a catalogue file', async (t) => {
    const folder = seedCopy(t)
    const file = join(folder, 'catalog', 'skills.json')
    writeFileSync(file, '[{"id": "x",')
    t.match(problemsOf(t, folder), [`${file}: `])
  })

  t.test('a missing catalogue file', async (t) => {
    const folder = seedCopy(t)
    const file = join(folder, 'catalog', 'work-settings.json')
    rmSync(file)
    t.match(problemsOf(t, folder), [new RegExp(`^${file}: ENOENT`)])
  })

  t.test('a folder from before the schools and resources catalogues loads without them', async (t) => {
    const folder = seedCopy(t)
    for (const name of ['schools.json', 'resources.json']) rmSync(join(folder, 'catalog', name))
    edit(folder, documentFile(S3), (document) => { delete document.roles[0].schools; delete document.roles[0].resources })
    t.match(readSeedFiles(folder), { schools: [], resources: [] })
  })

  t.test('every broken file is reported at once', async (t) => {
    const folder = seedCopy(t)
    writeFileSync(join(folder, 'catalog', 'roles.json'), '')
    writeFileSync(join(folder, documentFile(S3)), '{')
    const problems = problemsOf(t, folder)
    t.ok(problems.some((problem) => problem.startsWith(join(folder, 'catalog', 'roles.json'))))
    t.ok(problems.some((problem) => problem.startsWith(join(folder, documentFile(S3)))))
  })
})

t.test('schema violations name the file and the JSON path', async (t) => {
  t.test('an unknown property', async (t) => {
    const folder = seedCopy(t)
    const file = edit(folder, 'catalog/roles.json', (roles) => { roles[2].salary = 1 })
    t.ok(problemsOf(t, folder).includes(`${file}/2: must not have additional properties`))
  })

  t.test('a bad education level', async (t) => {
    const folder = seedCopy(t)
    const file = edit(folder, documentFile(S4), (document) => { document.roles[0].education.minimum_level = 'phd' })
    const problems = problemsOf(t, folder)
    t.ok(problems.length > 0 && problems.every((problem) => problem.startsWith(`${file}/roles/0/education/minimum_level: `)),
      'every problem is at /roles/0/education/minimum_level')
  })

  t.test('a negative salary', async (t) => {
    const folder = seedCopy(t)
    const file = edit(folder, documentFile(S0), (document) => { document.roles[0].salaries[0].min = -35000 })
    t.ok(problemsOf(t, folder).includes(`${file}/roles/0/salaries/0/min: must be >= 0`))
  })

  t.test('an id that is not a slug, and a missing property', async (t) => {
    const folder = seedCopy(t)
    const file = edit(folder, 'catalog/certifications.json', (certifications) => {
      certifications[0].id = 'CPR First Aid'
      delete certifications[1].kind
    })
    const problems = problemsOf(t, folder)
    t.ok(problems.some((problem) => problem.startsWith(`${file}/0/id: must match pattern`)), '/0/id')
    t.ok(problems.some((problem) => problem.startsWith(`${file}/1: must have required properties kind`)), '/1 kind')
  })

  t.test('a malformed date, currency and subdivision in a document', async (t) => {
    const folder = seedCopy(t)
    const file = edit(folder, documentFile(S3), (document) => {
      document.source.published_on = 'May 2025'
      document.roles[0].salaries[0].currency = 'usd'
      document.roles[0].salaries[0].subdivision = 'California'
    })
    const problems = problemsOf(t, folder)
    for (const path of ['/source/published_on', '/roles/0/salaries/0/currency', '/roles/0/salaries/0/subdivision']) {
      t.ok(problems.some((problem) => problem.startsWith(`${file}${path}: `)), path)
    }
  })

  t.test('problems per file are capped', async (t) => {
    const folder = seedCopy(t)
    // 54 skills, each with an unknown property: over a hundred errors in one file.
    const file = edit(folder, 'catalog/skills.json', (skills) => { for (const skill of skills) skill.level = 'expert' })
    const problems = problemsOf(t, folder)
    t.ok(problems.length > 1 && problems.length <= 20, `${problems.length} problems`)
    t.ok(problems.every((problem) => problem.startsWith(file)))
  })

  t.test('one bad value does not hide a second mistake in the same file', async (t) => {
    // Exposes a bug: readValidated keeps up to 20 errors per file, but TypeBox's Errors() stops at
    // Settings.maxErrors (8). A bad enum value alone yields 8 (one "must be equal to constant"
    // per education level, then "must match a schema in anyOf"), so the negative salary below,
    // in the same file, is never reported.
    const folder = seedCopy(t)
    const file = edit(folder, documentFile(S0), (document) => {
      document.roles[0].education.minimum_level = 'phd'
      document.roles[0].salaries[0].min = -35000
    })
    const problems = problemsOf(t, folder)
    t.ok(problems.some((problem) => problem.startsWith(`${file}/roles/0/education/minimum_level: `)), 'the education level')
    t.ok(problems.includes(`${file}/roles/0/salaries/0/min: must be >= 0`), 'the negative salary')
  })

  t.test('cross-references are only checked once every file has the right shape', async (t) => {
    const folder = seedCopy(t)
    const file = edit(folder, documentFile(S0), (document) => { document.roles[0].salaries[0].min = -1 })
    edit(folder, documentFile(S1), (document) => { document.roles[0].skills[0].skill = 'no-such-skill' })
    const problems = problemsOf(t, folder)
    t.ok(problems.every((problem) => problem.startsWith(file)), 'only the schema problem, no "unknown skill"')
  })
})

t.test('a source id that does not match its file name', async (t) => {
  const folder = seedCopy(t)
  renameSync(join(folder, documentFile(S2)), join(folder, 'documents', '002_renamed.json'))
  t.same(problemsOf(t, folder), [`002_renamed.json: source.id must match the file name (found ${S2})`])
})

t.test('an id defined twice in a catalogue', async (t) => {
  const cases: Array<[file: string, what: string, id: string]> = [
    ['roles.json', 'role', 'case-manager'],
    ['skills.json', 'skill', 'meditech'],
    ['certifications.json', 'certification', 'lcsw'],
    ['fields-of-study.json', 'field of study', 'sociology'],
    ['work-settings.json', 'work setting', 'homes'],
    ['training-programs.json', 'training program', 'health-aide']
  ]
  for (const [file, what, id] of cases) {
    t.test(what, async (t) => {
      const folder = seedCopy(t)
      edit(folder, `catalog/${file}`, (items: Array<{ id: string }>) => { items.push({ ...items.find((item) => item.id === id)! }) })
      t.same(problemsOf(t, folder), [`${what} "${id}" is defined twice`])
    })
  }
})

t.test('references to things that do not exist', async (t) => {
  const cases: Array<[what: string, path: string, change: (value: any) => void, problem: string]> = [
    ['a described role', documentFile(S3), (document) => { document.roles[0].role = 'no-such-role' },
      `${S3}: unknown role "no-such-role"`],
    ['a reporting line', documentFile(S1), (document) => { document.roles[0].reports_to[1] = 'chief-of-everything' },
      `${S1} therapeutic-support-staff reports_to: unknown role "chief-of-everything"`],
    ['a work setting', documentFile(S2), (document) => { document.roles[1].work_settings.push('space-station') },
      `${S2} mental-health-technician: unknown work setting "space-station"`],
    ['a skill', documentFile(S4), (document) => { document.roles[0].skills[3].skill = 'juggling' },
      `${S4} therapy-specialist: unknown skill "juggling"`],
    ['a certification', documentFile(S0), (document) => { document.roles[0].certifications[0].certification = 'pilot-license' },
      `${S0} therapeutic-assistant: unknown certification "pilot-license"`],
    ['a field of study', documentFile(S0), (document) => { document.roles[0].education.fields_of_study.push('astrology') },
      `${S0} therapeutic-assistant: unknown field of study "astrology"`],
    ['a training program', documentFile(S3), (document) => { document.roles[0].education.training_programs[4] = 'clown-college' },
      `${S3} therapeutic-services-assistant: unknown training program "clown-college"`],
    ['the source of a training program', 'catalog/training-programs.json', (programs) => { programs[0].source = '009_missing' },
      'training program allied-health-and-medical-assisting-services: unknown source "009_missing"'],
    ['a role a move starts from', documentFile(S4), (document) => { document.progression[0].from = 'astronaut' },
      `${S4} progression: unknown role "astronaut"`],
    ['a role a move leads to', documentFile(S0), (document) => { document.progression[10].to = 'astronaut' },
      `${S0} progression: unknown role "astronaut"`],
    ['a role a document names', documentFile(S0), (document) => { document.names.roles.push({ role: 'astronaut', title: 'AST' }) },
      `${S0} names: unknown role "astronaut"`],
    ['a skill a document names', documentFile(S3), (document) => { document.names.skills[0].skill = 'juggling' },
      `${S3} names: unknown skill "juggling"`],
    ['a certification a document names', documentFile(S4), (document) => { document.names.certifications[0].certification = 'pilot-license' },
      `${S4} names: unknown certification "pilot-license"`],
    ['a school', documentFile(S3), (document) => { document.roles[0].schools[0].school = 'hogwarts' },
      `${S3} therapeutic-services-assistant: unknown school "hogwarts"`],
    ['a resource', documentFile(S3), (document) => { document.roles[0].resources[0].resource = 'the-oracle' },
      `${S3} therapeutic-services-assistant: unknown resource "the-oracle"`],
    ['the source of a school', 'catalog/schools.json', (schools) => { schools[0].source = '009_missing' }, 'school ivy-tech-community-college: unknown source "009_missing"'],
    ['the source of a resource', 'catalog/resources.json', (resources) => { resources[0].source = '009_missing' }, 'resource cdph: unknown source "009_missing"'],
    ['an outlook region', documentFile(S3), (document) => { document.roles[0].outlook[0].country = null },
      `${S3} therapeutic-services-assistant: outlook subdivision US-CA is not in country null`],
    ['a broader role', 'catalog/roles.json', (roles) => { roles.find((role: { id: string }) => role.id === 'counseling-aide').broader = 'support-staff' },
      'role counseling-aide broader: unknown role "support-staff"'],
    ['a field of study of an entry route', documentFile(S0), (document) => { document.roles[0].entry_routes[0].fields_of_study.push('alchemy') },
      `${S0} therapeutic-assistant entry route: unknown field of study "alchemy"`],
    ['a related certification', 'catalog/certifications.json', (certifications) => {
      certifications.find((certification: { id: string }) => certification.id === 'cpr-first-aid-aed').related.push('lifeguard')
    }, 'certification cpr-first-aid-aed related: unknown certification "lifeguard"']
  ]
  for (const [what, path, change, problem] of cases) {
    t.test(what, async (t) => {
      const folder = seedCopy(t)
      edit(folder, path, change)
      t.ok(problemsOf(t, folder).includes(problem), problem)
    })
  }
})

t.test('a document of another format version is refused, not guessed at', async (t) => {
  for (const version of [3, 5, undefined]) {
    const folder = seedCopy(t)
    const file = edit(folder, documentFile(S2), (document) => { document.format_version = version })
    const problems = problemsOf(t, folder)
    t.ok(problems.some((problem) => problem.startsWith(version === undefined ? `${file}: must have required properties format_version` : `${file}/format_version: `)),
      `format_version ${version}`)
  }
})

t.test('a group of alternative credentials says once, and consistently, whether it is closed or open', async (t) => {
  const where = `${S0} therapeutic-assistant`
  const cases: Array<[what: string, change: (links: any[]) => void, problem: string]> = [
    ['a group without alternatives', (links) => { for (const link of links.slice(0, 2)) { delete link.alternatives; delete link.alternatives_label } },
      `${where} cpi: alternative_group needs alternatives (closed or open)\n${where} mandt: alternative_group needs alternatives (closed or open)`],
    ['alternatives without a group', (links) => { links[2].alternatives = 'open' },
      `${where} cpr-first-aid-aed: alternatives given without an alternative_group`],
    ['a label without a group', (links) => { links[2].alternatives_label = 'a recognized system' },
      `${where} cpr-first-aid-aed: alternatives given without an alternative_group`],
    ['links of one group that disagree', (links) => { links[1].alternatives = 'closed' },
      `${where} mandt: links of group crisis-management-system disagree on importance, alternatives or label`],
    ['links of one group with different importances', (links) => { links[1].importance = 'preferred' },
      `${where} mandt: links of group crisis-management-system disagree on importance, alternatives or label`]
  ]
  for (const [what, change, problem] of cases) {
    t.test(what, async (t) => {
      const folder = seedCopy(t)
      edit(folder, documentFile(S0), (document) => { change(document.roles[0].certifications) })
      t.same(problemsOf(t, folder), problem.split('\n'))
    })
  }
})

t.test('how a source\'s publisher and date are known is given exactly when they are', async (t) => {
  const folder = seedCopy(t)
  edit(folder, documentFile(S1), (document) => { document.source.published_on_basis = null })
  edit(folder, documentFile(S3), (document) => { document.source.publisher_basis = 'stated' })
  t.same(problemsOf(t, folder), [
    `${S1}: published_on_basis must be given exactly when published_on is`,
    `${S3}: publisher_basis must be given exactly when publisher is`
  ])
})

t.test('a career move from a role to itself', async (t) => {
  const folder = seedCopy(t)
  edit(folder, documentFile(S4), (document) => { document.progression[5].to = 'therapy-specialist' })
  t.ok(problemsOf(t, folder).includes(`${S4} progression: therapy-specialist leads to itself`))
})

t.test('salary figures', async (t) => {
  t.test('a minimum above the maximum', async (t) => {
    const folder = seedCopy(t)
    edit(folder, documentFile(S4), (document) => { document.roles[0].salaries[0].min = 95001 })
    t.same(problemsOf(t, folder), [`${S4} therapy-specialist: salary min 95001 is above max 95000`])
  })

  t.test('a minimum equal to the maximum is a range of one amount', async (t) => {
    const folder = seedCopy(t)
    edit(folder, documentFile(S4), (document) => { document.roles[0].salaries[0].min = 95000 })
    t.equal(readSeedFiles(folder).documents[4]!.roles[0]!.salaries![0]!.min, 95000)
  })

  t.test('a subdivision outside its country', async (t) => {
    const folder = seedCopy(t)
    edit(folder, documentFile(S3), (document) => { document.roles[0].salaries[1].country = 'CA' })
    t.same(problemsOf(t, folder), [`${S3} therapeutic-services-assistant: subdivision US-CA is not in country CA`])
  })

  t.test('a subdivision without a country', async (t) => {
    const folder = seedCopy(t)
    edit(folder, documentFile(S3), (document) => { document.roles[0].salaries[2].country = null })
    t.same(problemsOf(t, folder), [`${S3} therapeutic-services-assistant: subdivision US-CA is not in country null`])
  })
})

t.test('catalogue roles and the documents', async (t) => {
  t.test('a role no document names', async (t) => {
    const folder = seedCopy(t)
    edit(folder, 'catalog/roles.json', (roles) => {
      roles.push({ id: 'art-therapist', title: 'Art Therapist', detail: 'mention', tags: [], broader: null, codes: [] })
    })
    t.same(problemsOf(t, folder), ['role art-therapist is named by no document'])
  })

  t.test('a full role that documents only name', async (t) => {
    const folder = seedCopy(t)
    edit(folder, 'catalog/roles.json', (roles) => { roles.find((role: { id: string }) => role.id === 'case-manager').detail = 'full' })
    t.same(problemsOf(t, folder), ['role case-manager has detail "full" but no document describes it'])
  })

  t.test('a brief role nobody names at all', async (t) => {
    const folder = seedCopy(t)
    edit(folder, 'catalog/roles.json', (roles) => {
      roles.push({ id: 'art-therapist', title: 'Art Therapist', detail: 'brief', tags: [], broader: 'therapeutic-support-staff', codes: [] })
    })
    t.same(problemsOf(t, folder), [
      'role art-therapist is named by no document',
      'role art-therapist has detail "brief" but no document describes it'
    ])
  })

  t.test('a role named only in a names section counts as named, and is mentioned, not described', async (t) => {
    const folder = seedCopy(t)
    edit(folder, 'catalog/roles.json', (roles) => {
      roles.push({ id: 'art-therapist', title: 'Art Therapist', detail: 'mention', tags: [], broader: null, codes: [] })
    })
    edit(folder, documentFile(S2), (document) => { document.names = { roles: [{ role: 'art-therapist', title: 'AT' }] } })
    t.ok(readSeedFiles(folder).roles.some((role) => role.id === 'art-therapist'))
    edit(folder, 'catalog/roles.json', (roles) => { roles.find((role: { id: string }) => role.id === 'art-therapist').detail = 'brief' })
    t.same(problemsOf(t, folder), ['role art-therapist has detail "brief" but no document describes it'])
  })

  t.test('a role named only in a reporting line counts as named', async (t) => {
    const folder = seedCopy(t)
    edit(folder, 'catalog/roles.json', (roles) => {
      roles.push({ id: 'art-therapist', title: 'Art Therapist', detail: 'mention', tags: [], broader: null, codes: [] })
    })
    edit(folder, documentFile(S2), (document) => { document.roles[2].reports_to = ['art-therapist'] })
    t.ok(readSeedFiles(folder).roles.some((role) => role.id === 'art-therapist'))
  })
})
