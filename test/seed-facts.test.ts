import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { build } from './helper.js'

// Two halves. The per-document tests are written from the five source documents themselves
// (not from the seed files), so they prove that the seed captures what each document says. The walk at the end reads the seed files and proves that the API serves every
// fact they state, with the right source, and nothing is dropped on the way.

const S0 = '000_4694b98c1c2a5003' // Therapeutic Assistant job description
const S1 = '001_b5bbebad356a4f28' // Therapeutic Support Staff job description template
const S2 = '002_c01dfacc0499c815' // PsyWellPath: The Essential Role of Therapeutic Support Staff
const S3 = '003_22ade88f96834ac8' // Therapeutic Services Assistant in California
const S4 = '004_ceb25adb4d5f0a29' // Therapy Specialist job description

interface Ref { id: string, title: string, detail: string }
interface Text { id: string, text: string, source_id: string }
interface Responsibility extends Text { section: string }
interface RoleSkill {
  id: string
  skill: { id: string, name: string, kind: string, category: string | null }
  importance: string
  wording: string
  section: string
  source_id: string
}
interface Name { name: string, kind: string, source_id: string }
/** A certification's or skill's abbreviations, each as "<name> <source id>". */
const abbreviations = (item: { names: Name[] }): string[] => item.names.filter((name) => name.kind === 'abbreviation').map((name) => `${name.name} ${name.source_id}`)
interface RoleCertification {
  id: string
  certification: { id: string, name: string, names: Name[], kind: string, issuing_body: string | null }
  importance: string
  qualifier: string
  alternative_group: string | null
  alternatives: string | null
  alternatives_label: string | null
  basis: string
  wording: string
  section: string
  source_id: string
}
interface Education {
  id: string
  minimum_level: string | null
  minimum_text: string | null
  preferred_levels: string[]
  preferred_text: string | null
  fields_of_study: Array<{ id: string, name: string }>
  related_fields: string | null
  training_programs: Array<{ id: string, name: string, description: string | null }>
  notes: string | null
  source_id: string
}
interface Experience {
  id: string
  label: string | null
  min_years: number | null
  min_years_exclusive: boolean
  max_years: number | null
  text: string
  preferred_populations: string[]
  preferred_settings: string[]
  source_id: string
}
interface Salary {
  id: string
  kind: string
  currency: string
  period: string
  min: number | null
  max: number | null
  median: number | null
  average: number | null
  p10: number | null
  p25: number | null
  p75: number | null
  p90: number | null
  location: { country: string, subdivision: string | null } | null
  reference_year: number | null
  publisher: string | null
  quote: string
  notes: string | null
  source_id: string
}
interface Move { id: string, kind: string, role: Ref, condition: string | null, section: string, quote: string, source_id: string }
interface EntryRoute {
  id: string
  background: string
  education_level: string | null
  fields_of_study: Array<{ id: string, name: string }>
  related_fields: string | null
  section: string
  quote: string
  source_id: string
}
interface Progression { role: Ref, leads_to: Move[], comes_from: Move[], entry_routes: EntryRoute[] }
interface Role extends Ref {
  summary: string | null
  alternate_titles: Array<{ title: string, source_id: string | null }>
  tags: Array<{ name: string, source_id: string | null }>
  broader: Ref | null
  narrower: Ref[]
  descriptions: Text[]
  responsibilities: { primary: Responsibility[], secondary: Responsibility[] }
  work_settings: Array<{ id: string, name: string, source_ids: string[] }>
  employment_types: Array<{ type: string, source_id: string }>
  reports_to: Array<{ role: Ref, source_id: string }>
  experience: Experience[]
  benefits: Text[]
  other_requirements: Text[]
  codes: unknown[]
  sources: Array<{ id: string, title: string, publisher: string | null, coverage: string }>
  skills: RoleSkill[]
  certifications: RoleCertification[]
  education: Education[]
  salaries: Salary[]
  progression: Progression
}

async function get<T = any> (t: Test, app: FastifyInstance, url: string): Promise<T> {
  const response = await app.inject(url)
  t.equal(response.statusCode, 200, `GET ${url}`)
  return response.json()
}

/**
 * Each named field equals the expected value exactly (t.match would accept a longer array, or
 * anything for `[]`); a RegExp matches a string field.
 */
function fields (t: Test, actual: any, expected: Record<string, unknown>, what = 'field'): void {
  for (const [key, value] of Object.entries(expected)) {
    if (value instanceof RegExp) t.match(actual?.[key], value, `${what}: ${key}`)
    else t.same(actual?.[key], value, `${what}: ${key}`)
  }
}

/** The one item matching `predicate`; fails (and returns undefined) when there is none or several. */
function one<T> (t: Test, items: T[], predicate: (item: T) => boolean, what: string): T {
  const found = items.filter(predicate)
  t.equal(found.length, 1, what)
  return found[0] as T
}

// One app for the whole file: the API is read-only, so the tests cannot disturb each other.
const app = await build(t)

const bySource = <T extends { source_id: string }>(items: T[], sourceId: string): T[] => items.filter((item) => item.source_id === sourceId)
const ids = (items: Array<{ id: string }>): string[] => items.map((item) => item.id).sort()
// A skill may be linked more than once by one source, each time with its own wording.
const skillIds = (links: RoleSkill[], kind: string): string[] => [...new Set(links.filter((link) => link.skill.kind === kind).map((link) => link.skill.id))].sort()

t.test('000 — Therapeutic Assistant', async (t) => {
  const role = await get<Role>(t, app, '/v1/roles/therapeutic-assistant')

  t.test('role definition, tags and work settings', async (t) => {
    t.match(role, { id: 'therapeutic-assistant', title: 'Therapeutic Assistant', detail: 'full', broader: null })
    t.match(role.summary, /^A Therapeutic Assistant is a compassionate and vigilant direct-care professional who serves as a vital member of a multidisciplinary clinical team\./)
    t.same(role.descriptions.map(({ text, source_id }) => ({ text, source_id })), [{ text: role.summary, source_id: S0 }])
    t.same(role.tags.map((tag) => tag.name).sort(), ['Behavioral Health', 'Direct Care', 'Healthcare', 'Mental Health'])
    t.ok(role.tags.every((tag) => tag.source_id === S0), 'the tags are the document\'s own')
    t.same(role.work_settings.map(({ id, source_ids }) => ({ id, source_ids })).sort((a, b) => a.id.localeCompare(b.id)), [
      { id: 'outpatient-clinics', source_ids: [S0] },
      { id: 'psychiatric-hospitals', source_ids: [S0] },
      { id: 'residential-treatment-centers', source_ids: [S0] }
    ])
    t.same(role.sources.map(({ id, coverage }) => ({ id, coverage })), [{ id: S0, coverage: 'describes' }])
    // The document states no employment type, reporting line, benefits or other requirements.
    t.same([role.employment_types, role.reports_to, role.benefits, role.other_requirements, role.alternate_titles], [[], [], [], [], []])
  })

  t.test('primary and secondary responsibilities', async (t) => {
    const { primary, secondary } = role.responsibilities
    t.equal(primary.length, 15, 'fifteen primary functions')
    t.equal(secondary.length, 5, 'five secondary functions')
    t.ok([...primary, ...secondary].every((item) => item.source_id === S0))
    t.match(primary[0], {
      text: 'Actively engage with clients on a one-to-one and group basis to provide support, guidance, and encouragement in alignment with their therapeutic goals.',
      section: 'Core Responsibilities › Primary Functions'
    })
    for (const text of [
      'Co-facilitate therapeutic and psycho-educational groups under the supervision of a licensed clinician, covering topics such as coping skills, emotional regulation, and social skills.',
      'Skillfully apply crisis prevention and intervention techniques to de-escalate emotionally charged situations, ensuring the safety of all clients and staff.',
      'Uphold strict confidentiality standards and adhere to all HIPAA regulations and organizational policies regarding client information.',
      'Help clients develop and practice essential life skills, including time management, budgeting, and job readiness, as appropriate for the care setting.'
    ]) one(t, primary, (item) => item.text === text, text)
    t.match(secondary.at(-1), {
      text: 'Provide support during family visits or therapy sessions as directed by the clinical team to help facilitate constructive interactions.',
      section: 'Core Responsibilities › Secondary Functions'
    })
  })

  t.test('hard skills, soft skills and tools', async (t) => {
    const { data } = await get<{ data: RoleSkill[] }>(t, app, '/v1/roles/therapeutic-assistant/skills')
    t.ok(data.every((link) => link.source_id === S0 && link.importance === 'required'))
    t.same(skillIds(data, 'hard'), [
      'clinical-documentation', 'crisis-intervention', 'medication-monitoring', 'mental-health-and-substance-use-disorders', 'therapeutic-milieu'
    ])
    t.same(skillIds(data, 'soft'), [
      'adaptability-and-flexibility', 'de-escalation', 'empathy-and-compassion', 'observational-skills', 'patience-and-resilience',
      'professional-boundary-setting', 'teamwork-and-collaboration'
    ])
    t.same(skillIds(data, 'tool'), ['ehr-emr-software'], 'EHR documentation names the software too')
    t.match(one(t, data, (link) => link.skill.id === 'crisis-intervention', 'crisis intervention'), {
      wording: /^Crisis Prevention & Intervention: .*\(e\.g\., CPI, MANDT\)\.$/,
      section: 'Required Skills & Competencies › Hard Skills (Technical)'
    })
    t.match(one(t, data, (link) => link.skill.id === 'observational-skills', 'observation'), {
      wording: 'Strong Observational Acuity: Keen ability to notice subtle changes in client mood, behavior, and social dynamics.',
      section: 'Required Skills & Competencies › Soft Skills'
    })
  })

  t.test('CPR/First Aid/AED is required; CPI and MANDT are alternatives', async (t) => {
    const { data } = await get<{ data: RoleCertification[] }>(t, app, '/v1/roles/therapeutic-assistant/certifications')
    t.same(ids(data.map((link) => link.certification)), ['cpi', 'cpr-first-aid-aed', 'mandt'])
    t.ok(data.every((link) => link.source_id === S0 && link.importance === 'required'))
    const cpr = one(t, data, (link) => link.certification.id === 'cpr-first-aid-aed', 'CPR')
    t.match(cpr, { alternative_group: null, wording: /^CPR\/First Aid & AED Certification: Current certification/ })
    const cpi = one(t, data, (link) => link.certification.id === 'cpi', 'CPI')
    const mandt = one(t, data, (link) => link.certification.id === 'mandt', 'MANDT')
    t.type(cpi.alternative_group, 'string')
    t.equal(mandt.alternative_group, cpi.alternative_group, 'one requirement met by either')
    const catalogue = await get(t, app, '/v1/certifications/mandt')
    t.match(catalogue, { kind: 'certification' })
    t.same(catalogue.names, [{ name: 'MANDT', kind: 'abbreviation', source_id: S0 }], '"(e.g., CPI, MANDT)"')
    t.same(cpi.certification.names, [{ name: 'CPI', kind: 'abbreviation', source_id: S0 }], 'CPI is named by 000')
    t.same(catalogue.roles.map((link: any) => [link.role.id, link.alternative_group, link.source_id]), [['therapeutic-assistant', cpi.alternative_group, S0]])
  })

  t.test('education and experience', async (t) => {
    const { data } = await get<{ data: Education[] }>(t, app, '/v1/roles/therapeutic-assistant/education')
    t.equal(data.length, 1)
    fields(t, data[0], {
      minimum_level: 'high_school',
      minimum_text: 'High School Diploma or GED equivalent.',
      preferred_levels: ['associate', 'bachelor'],
      preferred_text: 'Associate\'s or Bachelor\'s degree from an accredited institution.',
      training_programs: [],
      source_id: S0
    })
    t.same(data[0]!.fields_of_study.map((field) => field.name), ['Psychology', 'Social Work', 'Human Services', 'Sociology', 'Criminal Justice'])
    const typical = one(t, role.experience, (item) => item.min_years !== null, 'a typical range')
    t.match(typical, { min_years: 1, max_years: 3, text: /^1-3 years of experience in a direct care role/, source_id: S0 })
    const preferred = one(t, role.experience, (item) => item.preferred_populations.length > 0, 'preferred experience')
    t.same(preferred.preferred_populations, [
      'adolescents', 'adults with severe mental illness', 'individuals with co-occurring disorders', 'those on the autism spectrum'
    ])
    t.same(preferred.preferred_settings, ['residential setting', 'inpatient psychiatric setting'])
    t.equal(preferred.source_id, S0)
  })

  t.test('the $35,000 - $55,000 salary range', async (t) => {
    const { data } = await get<{ data: Salary[] }>(t, app, '/v1/roles/therapeutic-assistant/salaries')
    t.equal(data.length, 1)
    fields(t, data[0], {
      kind: 'range', currency: 'USD', period: 'year', min: 35000, max: 55000, median: null, average: null,
      location: null, reference_year: null, publisher: null, quote: '$35,000 - $55,000', source_id: S0
    })
  })

  t.test('entry points, advancement and lateral moves', async (t) => {
    const progression = await get<Progression>(t, app, '/v1/roles/therapeutic-assistant/progression')
    t.same(progression, role.progression, 'the sub-resource is the embedded part')
    const { comes_from: entries, leads_to: moves } = progression
    t.ok([...entries, ...moves].every((move) => move.source_id === S0))
    t.same(ids(entries.map((move) => move.role)), [
      'certified-nursing-assistant', 'direct-support-professional', 'patient-care-technician'
    ], 'roles; the recent graduate is an entry route')
    for (const id of ['certified-nursing-assistant', 'patient-care-technician']) {
      t.match(one(t, entries, (move) => move.role.id === id, id), {
        kind: 'advancement',
        condition: null,
        section: 'Career Progression › Typical Career Path › Entry Point From',
        quote: 'Certified Nursing Assistant (CNA) or Patient Care Technician (PCT)'
      })
    }
    t.match(one(t, entries, (move) => move.role.id === 'direct-support-professional', 'DSP'), {
      condition: 'in a developmental disabilities setting', quote: 'Direct Support Professional (DSP) in a developmental disabilities setting'
    })
    t.match(one(t, progression.entry_routes, (route) => route.background === 'Recent graduate', 'graduate'), {
      education_level: null,
      related_fields: 'a related field',
      section: 'Career Progression › Typical Career Path › Entry Point From',
      quote: 'Recent graduate with a degree in Psychology, Social Work, or a related field',
      source_id: S0
    })
    t.same(ids(moves.filter((move) => move.kind === 'advancement').map((move) => move.role)), [
      'behavioral-health-team-lead', 'care-coordinator', 'case-manager', 'lead-therapeutic-assistant', 'qualified-mental-health-professional'
    ])
    t.match(one(t, moves, (move) => move.role.id === 'qualified-mental-health-professional', 'QMHP'), {
      condition: 'with further education and licensure', section: 'Career Progression › Typical Career Path › Advancement To'
    })
    t.same(ids(moves.filter((move) => move.kind === 'lateral').map((move) => move.role)), [
      'community-health-worker', 'patient-navigator', 'substance-abuse-counselor-assistant'
    ])
    t.match(one(t, moves, (move) => move.role.id === 'patient-navigator', 'patient navigator'), {
      quote: 'Patient Navigator', section: 'Career Progression › Typical Career Path › Lateral Moves'
    })
  })
})

t.test('001 — Therapeutic Support Staff (job description template)', async (t) => {
  const role = await get<Role>(t, app, '/v1/roles/therapeutic-support-staff')

  t.test('definition, alternate title, employment type, reporting line and work settings', async (t) => {
    t.match(one(t, role.descriptions, (item) => item.source_id === S1, 'the document\'s description'), {
      text: /^Therapeutic Support Staff are vital members of a mental health team, providing direct care to individuals with behavioral or emotional disorders\./
    })
    t.equal(role.summary, bySource(role.descriptions, S1)[0]?.text, 'the summary is the first document\'s description')
    t.same(role.alternate_titles, [{ title: 'TSS', source_id: S1 }], '"often referred to as TSS"')
    t.same(role.employment_types, [{ type: 'full_time', source_id: S1 }])
    t.same(role.reports_to.map(({ role, source_id }) => ({ id: role.id, detail: role.detail, source_id })).sort((a, b) => a.id.localeCompare(b.id)), [
      { id: 'clinical-supervisor', detail: 'mention', source_id: S1 },
      { id: 'director-of-therapeutic-services', detail: 'mention', source_id: S1 }
    ])
    for (const id of ['schools', 'homes', 'community-centers']) {
      t.same(one(t, role.work_settings, (setting) => setting.id === id, id).source_ids, [S1])
    }
  })

  t.test('duties and responsibilities', async (t) => {
    const items = bySource(role.responsibilities.primary, S1)
    t.same(bySource(role.responsibilities.secondary, S1), [], 'the document does not split primary and secondary')
    t.match(one(t, items, (item) => item.text === 'Implementing therapeutic strategies as directed by a treatment plan', 'first duty'), {
      section: 'Therapeutic Support Staff Duties and Responsibilities'
    })
    t.match(one(t, items, (item) => item.text === 'Provide individualized care and support to children facing behavioral or emotional challenges', 'template'), {
      section: 'Therapeutic Support Staff Job Description Template › Responsibilities'
    })
    for (const text of [
      'Documenting patient interactions, progress, and treatment outcomes',
      'Communicate regularly with parents or guardians about the child’s progress',
      'Adhere to all safety regulations and standards',
      'Their primary role is to implement the therapeutic goals outlined in a client’s treatment plan.'
    ]) one(t, items, (item) => item.text === text, text)
  })

  t.test('required and preferred skills', async (t) => {
    const links = bySource(role.skills, S1)
    const required = links.filter((link) => link.importance === 'required')
    const preferred = links.filter((link) => link.importance === 'preferred')
    t.same(skillIds(required, 'hard'), ['behavior-management', 'child-development', 'confidentiality-and-privacy', 'therapeutic-techniques'])
    t.same(skillIds(required, 'soft'), [
      'communication', 'empathy-and-compassion', 'interpersonal-skills', 'observational-skills', 'patience-and-resilience', 'problem-solving'
    ])
    // "What qualities make a good Therapeutic Support Staff?" describes a good holder, not a minimum.
    t.same(ids(preferred.map((link) => link.skill)), [
      'active-listening', 'attention-to-detail', 'case-management', 'counseling', 'crisis-intervention', 'leadership', 'organizational-skills', 'skills-training'
    ])
    t.ok(links.filter((link) => link.section.includes('What qualities make a good')).every((link) => link.importance === 'preferred'))
    for (const id of ['child-development', 'behavior-management']) {
      one(t, links, (link) => link.skill.id === id && link.wording === 'Knowledge of child development and behavioral management strategies', id)
    }
    for (const [id, wording] of [
      ['communication', /^Communication skills that enable clear and empathetic interactions/],
      ['behavior-management', /^Knowledge of behavioral management techniques and principles/],
      ['confidentiality-and-privacy', /^A strong understanding of confidentiality and privacy laws/]
    ] as const) {
      t.match(one(t, links, (link) => link.skill.id === id && wording.test(link.wording), id), {
        importance: 'required', section: /^Therapeutic Support Staff Qualifications and Skills/
      })
    }
    t.match(one(t, links, (link) => link.skill.id === 'skills-training', 'skills training'), {
      wording: /^Candidates with 2 to 5 years of experience often have more specialized skills/,
      section: 'Therapeutic Support Staff Experience Requirements'
    })
  })

  t.test('driver\'s license required; RBT or CPR and First Aid required by some positions; CBT and DBT beneficial; state licensure often required', async (t) => {
    const links = bySource(role.certifications, S1)
    t.same(ids(links.map((link) => link.certification)), ['cbt-certification', 'cpr-first-aid', 'dbt-certification', 'drivers-license', 'rbt', 'state-licensure'])
    t.match(one(t, links, (link) => link.certification.id === 'drivers-license', 'license'), {
      certification: { kind: 'license' }, importance: 'required', qualifier: 'none', wording: 'Valid driver’s license and reliable transportation'
    })
    t.match(one(t, links, (link) => link.certification.id === 'rbt', 'RBT'), {
      certification: { name: 'Registered Behavior Technician', names: [{ name: 'RBT', kind: 'abbreviation', source_id: S1 }], kind: 'certification' },
      importance: 'required',
      qualifier: 'some_positions',
      alternatives: 'open',
      wording: /^Some positions may also require specific certifications, such as being a Registered Behavior Technician \(RBT\) or having a CPR and First Aid certification\.$/
    })
    t.match(one(t, links, (link) => link.certification.id === 'cpr-first-aid', 'CPR and First Aid'), {
      certification: { name: 'CPR and First Aid Certification' }, importance: 'required', qualifier: 'some_positions'
    })
    for (const id of ['cbt-certification', 'dbt-certification']) {
      t.match(one(t, links, (link) => link.certification.id === id, id), { importance: 'preferred', qualifier: 'none', wording: /may also be beneficial/ })
    }
    t.match(one(t, links, (link) => link.certification.id === 'state-licensure', 'state licensure'), {
      certification: { kind: 'license' }, importance: 'required', qualifier: 'often', wording: /^State licensure is often required/
    })
  })

  t.test('a bachelor\'s degree minimum, a master\'s preferred', async (t) => {
    const requirement = one(t, role.education, (item) => item.source_id === S1, 'the document\'s education')
    fields(t, requirement, { minimum_level: 'bachelor', preferred_levels: ['master'], minimum_text: /bachelor’s degree in social work, psychology, counseling/ })
    t.same(requirement.fields_of_study.map((field) => field.id), ['social-work', 'psychology', 'counseling'])
  })

  t.test('experience tiers', async (t) => {
    const tiers = bySource(role.experience, S1)
    t.match(one(t, tiers, (item) => item.label === 'Entry level', 'entry level'), { min_years: 1, max_years: 2, text: /minimum of one to two years of experience/ })
    t.match(one(t, tiers, (item) => item.label === '2 to 5 years', 'middle tier'), { min_years: 2, max_years: 5 })
    t.match(one(t, tiers, (item) => item.label === 'More than 5 years', 'senior tier'), { min_years: 5, min_years_exclusive: true, max_years: null, text: /supervisor or manager role/ })
    t.same(one(t, tiers, (item) => item.preferred_populations.length > 0, 'populations').preferred_populations,
      ['children', 'the elderly', 'those with mental health disorders'])
    one(t, tiers, (item) => item.text === 'Previous work experience as a Therapeutic Support Staff or similar role', 'previous experience')
  })

  t.test('the $38,000 average salary', async (t) => {
    const { data } = await get<{ data: Salary[] }>(t, app, '/v1/roles/therapeutic-support-staff/salaries')
    t.equal(data.length, 1, 'the only salary figure for the role (002 gives none)')
    fields(t, data[0], {
      kind: 'average', currency: 'USD', period: 'year', average: 38000, min: null, max: null, median: null, location: null,
      publisher: null, quote: 'A Therapeutic Support Staff typically earns an average of $38,000 (USD) per year.', source_id: S1
    })
  })

  t.test('benefits and other requirements', async (t) => {
    t.same(role.benefits.map(({ text, source_id }) => ({ text, source_id })), [
      '401(k)', 'Health insurance', 'Dental insurance', 'Retirement plan', 'Paid time off', 'Professional development opportunities'
    ].map((text) => ({ text, source_id: S1 })))
    for (const text of ['Must be able to pass a criminal background check', 'Travel may be required.']) {
      t.equal(one(t, role.other_requirements, (item) => item.text === text, text).source_id, S1)
    }
  })

  t.test('career moves into and out of the role', async (t) => {
    const { comes_from: entries, leads_to: moves } = role.progression
    t.same(ids(entries.map((move) => move.role)), ['behavioral-health-technician', 'residential-counselor'])
    t.ok(entries.every((move) => move.source_id === S1 && /Behavioral Health Technician, Residential Counselor/.test(move.quote)))
    for (const id of ['supervisor-therapeutic-setting', 'manager-therapeutic-setting']) {
      t.match(one(t, moves, (move) => move.role.id === id && move.source_id === S1, id), {
        kind: 'advancement', condition: 'more than 5 years of experience', quote: /supervisor or manager role within a therapeutic setting/
      })
    }
    t.notOk(moves.some((move) => move.role.id === 'clinical-supervisor' && move.source_id === S1), '001 does not say clinical')
  })

  t.test('the source', async (t) => {
    const source = await get(t, app, `/v1/sources/${S1}`)
    t.match(source, { title: 'Therapeutic Support Staff Job Description [Updated for 2025]', published_on: '2025', author: null })
    t.same([source.published_on_basis, source.publisher, source.publisher_basis], ['inferred_from_title', null, null], 'the year is the title\'s "[Updated for 2025]"')
    t.match(source.roles.find((link: { role: Ref }) => link.role.id === 'therapeutic-support-staff'), { coverage: 'describes' })
    t.match(source.roles.find((link: { role: Ref }) => link.role.id === 'director-of-therapeutic-services'), { coverage: 'mentions' })
  })
})

t.test('002 — The Essential Role of Therapeutic Support Staff', async (t) => {
  // 002 describes therapeutic support staff as a family of roles ("Types of Therapeutic Support Staff").
  const role = await get<Role>(t, app, '/v1/roles/therapeutic-support-staff-family')
  t.match(role, { title: 'Therapeutic Support Staff', kind: 'family', detail: 'full' })

  t.test('what therapeutic support staff are, and where they work', async (t) => {
    t.match(one(t, role.descriptions, (item) => item.source_id === S2, 'the document\'s description'), {
      text: /^Therapeutic support staff are trained professionals who assist in the delivery of mental health services\./
    })
    for (const id of ['hospitals', 'outpatient-clinics', 'community-organizations']) {
      t.same(one(t, role.work_settings, (setting) => setting.id === id, id).source_ids, [S2])
    }
  })

  t.test('key responsibilities, skills and certifications', async (t) => {
    const items = bySource(role.responsibilities.primary, S2)
    t.same(items.map((item) => item.text.split(':')[0]), ['Assisting Therapists', 'Providing Direct Support', 'Crisis Intervention', 'Education and Resources'])
    t.ok(items.every((item) => item.section === 'Key Responsibilities'))
    const skills = bySource(role.skills, S2)
    t.same(ids(skills.map((link) => link.skill)), ['communication', 'crisis-intervention'])
    t.ok(skills.every((link) => /^Training: Look for training programs/.test(link.wording)))
    const certifications = bySource(role.certifications, S2)
    t.same(certifications.map(({ certification, importance, qualifier, alternatives }) =>
      [certification.id, certification.name, abbreviations(certification), importance, qualifier, alternatives]), [
      ['cpt', 'Certified Psychiatric Technician', [`CPT ${S2}`], 'required', 'some_positions', 'open'],
      ['cps', 'Certified Peer Specialist', [`CPS ${S2}`], 'required', 'some_positions', 'open']
    ], '"Some roles may require certification, such as ..."')
  })

  t.test('a high school diploma minimum; associate or bachelor preferred', async (t) => {
    fields(t, one(t, role.education, (item) => item.source_id === S2, 'the document\'s education'), {
      minimum_level: 'high_school',
      minimum_text: 'A high school diploma is often the minimum requirement.',
      preferred_levels: ['associate', 'bachelor'],
      fields_of_study: [{ id: 'psychology', name: 'Psychology' }],
      related_fields: 'a related field'
    })
    t.same(bySource(role.experience, S2).map((item) => item.text),
      ['Volunteering or internships can provide valuable experience and help you understand the dynamics of working in mental health settings.'])
  })

  t.test('the four types are brief roles narrower than the family', async (t) => {
    t.same(role.narrower.map((item) => item.id), ['counseling-aide', 'mental-health-technician', 'peer-support-specialist', 'rehabilitation-specialist'])
    t.ok(role.narrower.every((item) => item.detail === 'brief'))
    const types: Array<[id: string, summary: RegExp, settings: string[], responsibility: string]> = [
      ['mental-health-technician', /^These individuals typically work in hospitals or residential treatment settings\./,
        ['hospitals', 'psychiatric-hospitals', 'residential-treatment-centers'], 'report on patient behavior'],
      ['counseling-aide', /^Often found in schools or community centers, these aides support counselors/, ['community-centers', 'schools'],
        'support counselors in delivering programs'],
      ['peer-support-specialist', /^Individuals with personal experience in mental health challenges/, [],
        'provide support based on their lived experiences'],
      ['rehabilitation-specialist', /^These professionals focus on helping individuals regain skills lost due to mental health issues/,
        ['vocational-settings'], 'helping individuals regain skills lost due to mental health issues']
    ]
    for (const [id, summary, settings, responsibility] of types) {
      const type = await get<Role>(t, app, `/v1/roles/${id}`)
      t.match(type, { detail: 'brief', broader: { id: 'therapeutic-support-staff-family', title: 'Therapeutic Support Staff', detail: 'full' }, summary }, id)
      t.same(type.descriptions.map((item) => item.source_id), [S2])
      t.same(type.sources.map(({ id, coverage }) => ({ id, coverage })), [{ id: S2, coverage: 'describes' }])
      t.same(ids(type.work_settings), settings, `${id} work settings`)
      t.ok(type.work_settings.every((setting) => setting.source_ids.join() === S2))
      t.equal(one(t, type.responsibilities.primary, (item) => item.text === responsibility, `${id}: ${responsibility}`).source_id, S2)
    }
    const peer = await get<Role>(t, app, '/v1/roles/peer-support-specialist')
    t.same(peer.other_requirements.map(({ text, source_id }) => ({ text, source_id })),
      [{ text: 'Individuals with personal experience in mental health challenges', source_id: S2 }])
    const technician = await get<Role>(t, app, '/v1/roles/mental-health-technician')
    one(t, technician.responsibilities.primary, (item) => item.text === 'facilitating group activities' && item.section === 'Real-Life Examples', 'Sarah\'s example')
  })

  t.test('the source', async (t) => {
    const source = await get(t, app, `/v1/sources/${S2}`)
    t.match(source, { title: 'The Essential Role of Therapeutic Support Staff', publisher: 'PsyWellPath', author: 'Dr. Neeshu Rathore', published_on: '2025-05-04' })
    t.equal(source.published_on_basis, 'last_updated', '"Last updated: May 4, 2025"')
    t.equal(source.publisher_basis, 'inferred_from_author_bio', '"Founder of PsyWellPath"')
    t.same(source.roles.map((link: { role: Ref, coverage: string }) => [link.role.id, link.coverage]).sort(), [
      ['counseling-aide', 'describes'], ['mental-health-technician', 'describes'], ['peer-support-specialist', 'describes'],
      ['rehabilitation-specialist', 'describes'], ['therapeutic-support-staff-family', 'describes']
    ])
  })
})

t.test('001\'s job and 002\'s family of the same name keep their facts apart', async (t) => {
  const job = await get<Role>(t, app, '/v1/roles/therapeutic-support-staff')
  const family = await get<Role>(t, app, '/v1/roles/therapeutic-support-staff-family')
  t.same(job.sources.map(({ id, coverage }) => ({ id, coverage })), [{ id: S1, coverage: 'describes' }])
  t.same(family.sources.map(({ id, coverage }) => ({ id, coverage })), [{ id: S2, coverage: 'describes' }])
  t.same(job.descriptions.map((item) => item.source_id), [S1])
  t.same(job.narrower, [], '002\'s types belong to its family, not to 001\'s job')
  t.same(job.broader, null, 'no document puts 001\'s job in 002\'s family')

  // The same skill stated by both documents is two links, each with its own importance: 002 only
  // advises looking for training programs that teach it.
  const skill = await get(t, app, '/v1/skills/crisis-intervention')
  t.same(skill.roles.filter((link: { role: Ref }) => link.role.id.startsWith('therapeutic-support-staff'))
    .map((link: { role: Ref, source_id: string, importance: string }) => [link.role.id, link.source_id, link.importance]),
  [['therapeutic-support-staff', S1, 'preferred'], ['therapeutic-support-staff-family', S2, 'listed']])
  t.same(skill.names, [
    { name: 'Crisis Intervention & De-escalation', kind: 'alias', source_id: S4 },
    { name: 'Crisis Prevention & Intervention', kind: 'alias', source_id: S0 }
  ], 'each alias with the document that uses it')

  t.same(job.work_settings.map((setting) => [setting.id, setting.source_ids]).sort(), [['community-centers', [S1]], ['homes', [S1]], ['schools', [S1]]])
  t.same(family.work_settings.map((setting) => [setting.id, setting.source_ids]).sort(),
    [['community-organizations', [S2]], ['hospitals', [S2]], ['outpatient-clinics', [S2]]])
})

t.test('003 — Therapeutic Services Assistant in California', async (t) => {
  const role = await get<Role>(t, app, '/v1/roles/therapeutic-services-assistant')

  t.test('overview, reporting line and work settings', async (t) => {
    t.match(role, { title: 'Therapeutic Services Assistant', detail: 'full', summary: /^As a Therapeutic Services Assistant, you play a vital role in the healthcare landscape/ })
    t.same(role.descriptions.map((item) => item.source_id), [S3])
    t.same(role.reports_to.map(({ role, source_id }) => [role.id, source_id]).sort(), [['occupational-therapist', S3], ['occupational-therapy-assistant', S3]],
      '"under close supervision of an occupational therapist or occupational therapy assistant"')
    t.same(ids(role.work_settings), [
      'clinical-settings', 'community-health-organizations', 'educational-settings', 'hospitals', 'nursing-homes', 'outpatient-clinics',
      'outpatient-therapy-clinics', 'rehabilitation-facilities', 'schools'
    ])
    t.ok(role.work_settings.every((setting) => setting.source_ids.join() === S3))
    t.same(role.experience, [], 'the document states no experience requirement')
    t.same(role.other_requirements.map(({ text, source_id }) => ({ text, source_id })),
      [{ text: 'Some positions may require a certification in therapeutic services or related fields.', source_id: S3 }])
  })

  t.test('key aspects of the role and job duties', async (t) => {
    const items = role.responsibilities.primary
    t.ok(items.every((item) => item.source_id === S3))
    t.match(one(t, items, (item) => item.text.startsWith('Patient Support:'), 'patient support'), {
      section: /Key aspects of the Therapeutic Services Assistant role$/
    })
    for (const text of [
      'Under close supervision of an occupational therapist or occupational therapy assistant, perform only delegated, selected, or routine tasks in specific situations.',
      'These duties include preparing patient and treatment room.',
      'Encourage patients and attend to their physical needs to facilitate the attainment of therapeutic goals.',
      'Observe patients\' attendance, progress, attitudes, and accomplishments and record and maintain information in client records.',
      'Report to supervisors or therapists, verbally or in writing, on patients\' progress, attitudes, attendance, and accomplishments.'
    ]) one(t, items, (item) => item.text === text, text)
  })

  t.test('skills, and the tools: EMR software, MEDITECH, PowerPoint and Excel', async (t) => {
    const { data } = await get<{ data: RoleSkill[] }>(t, app, '/v1/roles/therapeutic-services-assistant/skills')
    t.ok(data.every((link) => link.source_id === S3))
    // "Technologies and Skills Used by ..." lists what the work uses; "Required Skills and Competencies" requires.
    const importanceBySection = new Map(data.map((link) => [link.section.split(' › ')[0], new Set<string>()]))
    for (const link of data) importanceBySection.get(link.section.split(' › ')[0])!.add(link.importance)
    t.same([...importanceBySection.get('Technologies and Skills Used by Therapeutic Services Assistants')!], ['listed'])
    t.same([...importanceBySection.get('Therapeutic Services Assistant Required Skills and Competencies in California')!], ['required'])
    t.same(data.filter((link) => link.skill.kind === 'tool' && link.skill.category !== null).map(({ skill, wording, section }) => [skill.id, skill.category, wording, section]), [
      ['ehr-emr-software', 'Medical software', 'Electronic medical record EMR software', 'Technologies and Skills Used by Therapeutic Services Assistants › Medical software'],
      ['meditech', 'Medical software', 'MEDITECH software', 'Technologies and Skills Used by Therapeutic Services Assistants › Medical software'],
      ['microsoft-powerpoint', 'Presentation software', 'Microsoft PowerPoint', 'Technologies and Skills Used by Therapeutic Services Assistants › Presentation software'],
      ['microsoft-excel', 'Spreadsheet software', 'Microsoft Excel', 'Technologies and Skills Used by Therapeutic Services Assistants › Spreadsheet software']
    ])
    t.match(one(t, data, (link) => link.skill.id === 'therapeutic-equipment', 'equipment'), { skill: { kind: 'tool' }, wording: /^Technical Skills: Familiarity with therapeutic equipment/ })
    t.match(one(t, data, (link) => link.skill.id === 'basic-medical-knowledge', 'medical knowledge'), { skill: { kind: 'hard' }, wording: /^Basic Medical Knowledge: / })
    t.same(skillIds(data, 'soft'), [
      'active-listening', 'adaptability-and-flexibility', 'attention-to-detail', 'communication', 'complex-problem-solving', 'cultural-competence',
      'empathy-and-compassion', 'following-instructions', 'interpersonal-skills', 'organizational-skills', 'patient-orientation', 'problem-solving',
      'service-orientation', 'social-perceptiveness', 'speaking', 'teamwork-and-collaboration', 'time-management'
    ])
    t.equal(one(t, data, (link) => link.skill.id === 'social-perceptiveness', 'social').wording, 'Understanding people\'s reactions')
    const meditech = await get(t, app, '/v1/skills/meditech')
    fields(t, meditech, { name: 'MEDITECH', kind: 'tool', category: 'Medical software', names: [{ name: 'MEDITECH software', kind: 'alias', source_id: S3 }] })
    t.same(meditech.roles.map((link: { role: Ref, source_id: string }) => [link.role.id, link.source_id]), [['therapeutic-services-assistant', S3]])
  })

  t.test('NCCT and ATRA credentials, with their issuing bodies', async (t) => {
    const { data } = await get<{ data: RoleCertification[] }>(t, app, '/v1/roles/therapeutic-services-assistant/certifications')
    t.same(data.map(({ certification, importance, source_id }) => [certification.id, abbreviations(certification), certification.issuing_body, importance, source_id]), [
      ['ncct-certification', [`NCCT ${S3}`], 'National Center for Competency Testing', 'preferred', S3],
      ['atra-credential', [`ATRA ${S3}`], 'American Therapeutic Recreation Association', 'preferred', S3]
    ])
    const atra = await get(t, app, '/v1/certifications/atra-credential')
    t.equal(atra.issuing_body, 'American Therapeutic Recreation Association')
    t.same(atra.roles.map((link: any) => [link.role.id, link.source_id]), [['therapeutic-services-assistant', S3]])
  })

  t.test('a high school diploma and the five training programs', async (t) => {
    const { data } = await get<{ data: Education[] }>(t, app, '/v1/roles/therapeutic-services-assistant/education')
    t.equal(data.length, 1)
    fields(t, data[0], { minimum_level: 'high_school', minimum_text: 'Typically, you need a high school diploma or GED.', preferred_levels: [], fields_of_study: [], source_id: S3 })
    t.same(data[0]!.training_programs.map((program) => program.name), [
      'Allied Health and Medical Assisting Services',
      'Allied Health Diagnostic, Intervention, and Treatment Professions',
      'Health Aide',
      'Medical Clinical Assistant',
      'Medical Office Specialist'
    ])
    t.match(data[0]!.training_programs[2], { id: 'health-aide', description: /^A Health Aide program focuses on providing support to healthcare professionals/ })
  })

  t.test('the California medians and the 2023 range', async (t) => {
    const { data } = await get<{ data: Salary[] }>(t, app, '/v1/roles/therapeutic-services-assistant/salaries')
    const california = { country: 'US', subdivision: 'US-CA' }
    const bls = 'BLS Occupational Employment and Wage Statistics via CareerOneStop'
    t.equal(data.length, 3)
    t.ok(data.every((salary) => salary.source_id === S3 && salary.currency === 'USD'))
    fields(t, data[0], { kind: 'median', period: 'year', median: 35130, location: california, publisher: bls, quote: 'Annual Median: $35,130', reference_year: null })
    fields(t, data[1], { kind: 'median', period: 'hour', median: 16.89, location: california, publisher: bls, quote: 'Hourly Median: $16.89' })
    fields(t, data[2], {
      kind: 'range', period: 'year', min: 35000, max: 50000, location: california, reference_year: 2023, publisher: null,
      quote: 'As of 2023, the salary typically ranges from $35,000 to $50,000 annually.'
    })
  })

  t.test('advancement', async (t) => {
    const { leads_to: moves, comes_from: entries } = role.progression
    t.same(entries, [])
    t.same(moves.map(({ role, kind, condition, source_id }) => [role.id, kind, condition, source_id]), [
      ['therapy-technician', 'advancement', 'with experience and additional education or certifications', S3],
      ['therapeutic-program-coordinator', 'advancement', 'with experience and additional education or certifications', S3],
      ['licensed-therapist', 'advancement', 'pursue further studies', S3]
    ])
    t.ok(moves.every((move) => move.quote.startsWith('Yes, with experience and additional education or certifications, you can advance')))
  })
})

t.test('004 — Therapy Specialist', async (t) => {
  const role = await get<Role>(t, app, '/v1/roles/therapy-specialist')

  t.test('definition and work settings', async (t) => {
    t.match(role, { detail: 'full', summary: /^As a Therapy Specialist, you are a cornerstone of our clients' well-being/ })
    t.same(role.descriptions.map((item) => item.source_id), [S4])
    t.same(ids(role.work_settings), ['community-mental-health', 'hospitals', 'private-practice'])
    t.ok(role.work_settings.every((setting) => setting.source_ids.join() === S4))
  })

  t.test('primary and secondary functions', async (t) => {
    const { primary, secondary } = role.responsibilities
    t.equal(primary.length, 20)
    t.equal(secondary.length, 4)
    t.ok([...primary, ...secondary].every((item) => item.source_id === S4))
    // The document runs these two bullets together on one line; they are two responsibilities.
    for (const text of [
      'Conduct family therapy sessions to address systemic issues, improve communication, and involve support systems in the client\'s recovery process.',
      'Administer, score, and interpret standardized clinical screening tools and outcome measures to monitor client progress and treatment effectiveness.',
      'Provide high-quality, evidence-based individual, group, and family psychotherapy using a variety of therapeutic modalities such as CBT, DBT, MI, and trauma-informed care.'
    ]) one(t, primary, (item) => item.text === text, text)
    t.equal(secondary[0]!.text, 'Support ad-hoc requests for clinical data and contribute to program evaluation reports and quality improvement projects.')
  })

  t.test('hard skills, soft skills and tools', async (t) => {
    const { data } = await get<{ data: RoleSkill[] }>(t, app, '/v1/roles/therapy-specialist/skills')
    t.ok(data.every((link) => link.source_id === S4))
    t.same(skillIds(data, 'hard'), [
      'case-management', 'clinical-assessment-and-diagnosis', 'clinical-documentation', 'cognitive-behavioral-therapy', 'confidentiality-and-privacy',
      'crisis-intervention', 'dialectical-behavior-therapy', 'emdr', 'group-facilitation', 'motivational-interviewing', 'psychotherapy-modalities', 'trauma-informed-care',
      'treatment-planning'
    ])
    t.same(skillIds(data, 'soft'), [
      'active-listening', 'communication', 'critical-thinking', 'cultural-competence', 'de-escalation', 'empathy-and-compassion',
      'ethical-judgment', 'problem-solving', 'rapport-building', 'resilience-and-stress-management', 'teamwork-and-collaboration'
    ])
    // "Crisis Intervention & De-escalation" names two skills: a filter on either finds the role.
    const bullet = data.filter((link) => link.wording.startsWith('Crisis Intervention & De-escalation:'))
    t.same(bullet.map(({ skill, importance }) => [skill.id, importance]), [['crisis-intervention', 'required'], ['de-escalation', 'required']])
    const deEscalation = await get<{ data: Ref[] }>(t, app, '/v1/roles?skill=de-escalation')
    t.ok(deEscalation.data.some((item) => item.id === 'therapy-specialist'), 'the skill filter finds the therapy specialist')
    t.match(one(t, data, (link) => link.skill.id === 'clinical-assessment-and-diagnosis', 'assessment'), { wording: /^Clinical Assessment & Diagnosis \(DSM-5\/ICD-10\): / })
    // A modality the duties say the specialist uses is listed, not required.
    t.same(data.filter((link) => link.section === 'Core Responsibilities › Primary Functions').map(({ skill, importance }) => [skill.id, importance]),
      [['trauma-informed-care', 'listed']])
    t.same(data.filter((link) => link.skill.kind === 'tool').map(({ skill, importance }) => [skill.id, importance]), [
      ['ehr-emr-software', 'required'], ['ehr-emr-software', 'preferred'], ['telehealth-platforms', 'preferred']
    ], 'the preferred-experience bullet names both EHR systems and telehealth platforms')
  })

  t.test('LCSW, LPC or LMFT required; TF-CBT, EMDR, Gottman and CADC preferred', async (t) => {
    const { data } = await get<{ data: RoleCertification[] }>(t, app, '/v1/roles/therapy-specialist/certifications')
    t.ok(data.every((link) => link.source_id === S4))
    const licenses = data.filter((link) => link.importance === 'required')
    t.same(licenses.map(({ certification }) => [certification.id, abbreviations(certification), certification.kind]), [
      ['lcsw', [`LCSW ${S4}`], 'license'], ['lpc', [`LPC ${S4}`], 'license'], ['lmft', [`LMFT ${S4}`], 'license']
    ])
    t.equal(new Set(licenses.map((link) => link.alternative_group)).size, 1, 'the three licenses are one requirement')
    t.type(licenses[0]!.alternative_group, 'string')
    t.ok(licenses.every((link) => link.alternatives === 'closed'), 'exactly one of these three')
    t.match(licenses[0], { wording: /is required\.$/, section: 'Education & Experience › Educational Background › Minimum Education' })
    const preferred = data.filter((link) => link.importance === 'preferred')
    t.same(preferred.map((link) => link.certification.id), ['tf-cbt', 'emdr-certification', 'gottman-method-certification', 'cadc'])
    t.equal(new Set(preferred.map((link) => link.alternative_group)).size, 1, '"e.g.": examples of one kind')
    t.ok(preferred.every((link) => link.alternatives === 'open' && link.alternatives_label === 'Post-graduate certifications in specialized therapeutic modalities'))
    const lcsw = await get(t, app, '/v1/certifications/lcsw')
    fields(t, lcsw, { name: 'Licensed Clinical Social Worker', names: [{ name: 'LCSW', kind: 'abbreviation', source_id: S4 }], kind: 'license' })
    t.same(lcsw.roles.map((link: any) => [link.role.id, link.importance, link.alternative_group, link.source_id]),
      [['therapy-specialist', 'required', licenses[0]!.alternative_group, S4]])
  })

  t.test('a master\'s degree, and 2-5 years post-licensure with preferred populations', async (t) => {
    t.equal(role.education.length, 1)
    fields(t, role.education[0], {
      minimum_level: 'master', preferred_levels: [], preferred_text: /^Post-graduate certifications in specialized therapeutic modalities/,
      related_fields: 'a related human services field', source_id: S4
    })
    t.same(role.education[0]!.fields_of_study.map((field) => field.name), [
      'Social Work', 'Counseling', 'Psychology', 'Marriage and Family Therapy', 'Clinical Mental Health Counseling'
    ])
    t.match(one(t, role.experience, (item) => item.min_years !== null, 'range'), { min_years: 2, max_years: 5, text: /^2-5 years of post-licensure experience/, source_id: S4 })
    t.same(one(t, role.experience, (item) => item.preferred_populations.length > 0, 'populations').preferred_populations,
      ['adolescents', 'veterans', 'couples', 'substance use disorders'])
  })

  t.test('the $65,000 - $95,000 range', async (t) => {
    t.equal(role.salaries.length, 1)
    fields(t, role.salaries[0], { kind: 'range', currency: 'USD', period: 'year', min: 65000, max: 95000, location: null, quote: '$65,000 - $95,000', source_id: S4 })
  })

  t.test('entry points, advancement and lateral moves', async (t) => {
    const { comes_from: entries, leads_to: moves } = role.progression
    t.ok([...entries, ...moves].every((move) => move.source_id === S4))
    t.same(ids(entries.map((move) => move.role)), ['case-manager', 'licensed-associate-counselor', 'licensed-social-worker', 'masters-level-clinician', 'mental-health-intern'])
    t.match(one(t, entries, (move) => move.role.id === 'licensed-social-worker', 'LSW'), { quote: 'Licensed Associate Counselor (LAC) or Social Worker (LSW)', condition: null })
    t.match(one(t, entries, (move) => move.role.id === 'case-manager', 'case manager'), {
      kind: 'advancement', condition: 'with a clinical background', quote: 'Case Manager with a clinical background', section: 'Career Progression › Typical Career Path › Entry Point From'
    })
    t.same(ids(moves.filter((move) => move.kind === 'advancement').map((move) => move.role)), [
      'clinic-manager', 'clinical-supervisor', 'lead-clinician', 'private-practice-owner', 'program-director', 'senior-therapist', 'team-lead'
    ])
    t.same(ids(moves.filter((move) => move.kind === 'lateral').map((move) => move.role)), [
      'clinical-educator', 'clinical-trainer', 'healthcare-administrator', 'utilization-review-specialist'
    ])
    t.equal(one(t, moves, (move) => move.role.id === 'clinical-educator', 'educator').quote, 'Clinical Trainer or Educator')
  })
})

t.test('career moves named by two documents are reachable both ways', async (t) => {
  const caseManager = await get<Progression>(t, app, '/v1/roles/case-manager/progression')
  t.same(caseManager.comes_from.map(({ role, source_id }) => [role.id, source_id]), [['therapeutic-assistant', S0]], '000: advancement to case manager')
  t.same(caseManager.leads_to.map(({ role, condition, source_id }) => [role.id, condition, source_id]), [['therapy-specialist', 'with a clinical background', S4]], '004: entry point')
  const supervisor = await get<Role>(t, app, '/v1/roles/clinical-supervisor')
  t.same(supervisor.progression.comes_from.map(({ role, source_id }) => [role.id, source_id]), [['therapy-specialist', S4]],
    '001 names a supervisor or manager role, not a clinical one')
  t.same(supervisor.sources.map(({ id, coverage }) => [id, coverage]), [[S1, 'mentions'], [S4, 'mentions']], '001 names it as a reporting line')
})

t.test('every role a document names in a career path or reporting line exists', async (t) => {
  const named: Array<[id: string, title: string, source: string]> = [
    ['certified-nursing-assistant', 'Certified Nursing Assistant', S0],
    ['patient-care-technician', 'Patient Care Technician', S0],
    ['direct-support-professional', 'Direct Support Professional', S0],
    ['lead-therapeutic-assistant', 'Lead Therapeutic Assistant', S0],
    ['behavioral-health-team-lead', 'Behavioral Health Team Lead', S0],
    ['case-manager', 'Case Manager', S0],
    ['care-coordinator', 'Care Coordinator', S0],
    ['qualified-mental-health-professional', 'Qualified Mental Health Professional', S0],
    ['community-health-worker', 'Community Health Worker', S0],
    ['substance-abuse-counselor-assistant', 'Substance Abuse Counselor Assistant', S0],
    ['patient-navigator', 'Patient Navigator', S0],
    ['behavioral-health-technician', 'Behavioral Health Technician', S1],
    ['residential-counselor', 'Residential Counselor', S1],
    ['clinical-supervisor', 'Clinical Supervisor', S1],
    ['director-of-therapeutic-services', 'Director of Therapeutic Services', S1],
    ['supervisor-therapeutic-setting', 'Supervisor in a therapeutic setting', S1],
    ['manager-therapeutic-setting', 'Manager in a therapeutic setting', S1],
    ['occupational-therapist', 'Occupational Therapist', S3],
    ['occupational-therapy-assistant', 'Occupational Therapy Assistant', S3],
    ['therapy-technician', 'Therapy Technician', S3],
    ['therapeutic-program-coordinator', 'Therapeutic Program Coordinator', S3],
    ['licensed-therapist', 'Licensed Therapist', S3],
    ['licensed-associate-counselor', 'Licensed Associate Counselor', S4],
    ['licensed-social-worker', 'Licensed Social Worker', S4],
    ['masters-level-clinician', 'Master\'s Level Clinician', S4],
    ['mental-health-intern', 'Mental Health Intern', S4],
    ['case-manager', 'Case Manager', S4],
    ['senior-therapist', 'Senior Therapist', S4],
    ['lead-clinician', 'Lead Clinician', S4],
    ['clinical-supervisor', 'Clinical Supervisor', S4],
    ['team-lead', 'Team Lead', S4],
    ['program-director', 'Program Director', S4],
    ['clinic-manager', 'Clinic Manager', S4],
    ['private-practice-owner', 'Private Practice Owner', S4],
    ['utilization-review-specialist', 'Utilization Review Specialist', S4],
    ['clinical-trainer', 'Clinical Trainer', S4],
    ['clinical-educator', 'Clinical Educator', S4],
    ['healthcare-administrator', 'Healthcare Administrator', S4]
  ]
  for (const [id, title, source] of named) {
    const role = await get<Role>(t, app, `/v1/roles/${id}?include=none`)
    fields(t, role, { id, title, detail: 'mention', summary: null, descriptions: [], responsibilities: { primary: [], secondary: [] } }, id)
    t.match(role.sources.find((item) => item.id === source), { coverage: 'mentions' }, `${id} is mentioned by ${source}`)
  }
  // Roles named in a list with their abbreviation: the document gives the title without describing the role.
  const listed = [
    ['certified-nursing-assistant', 'CNA', S0], ['patient-care-technician', 'PCT', S0], ['direct-support-professional', 'DSP', S0],
    ['qualified-mental-health-professional', 'QMHP', S0], ['licensed-associate-counselor', 'LAC', S4], ['licensed-social-worker', 'LSW', S4]
  ]
  for (const [id, title, source] of listed) {
    const role = await get<Role>(t, app, `/v1/roles/${id}?include=none`)
    t.same(role.alternate_titles, [{ title, source_id: source }], `${id} is "${title}" in ${source}`)
    t.same(role.sources.map(({ id, coverage }) => [id, coverage]), [[source, 'mentions']], `${id} is still only mentioned`)
  }
})

// ---------------------------------------------------------------------------------------------
// The walk over the seed files.

interface SeedFacts {
  role: string
  summary?: string
  tags?: string[]
  alternate_titles?: string[]
  employment_types?: string[]
  reports_to?: string[]
  work_settings?: string[]
  responsibilities?: Array<{ kind: 'primary' | 'secondary', section: string, text: string }>
  skills?: Array<{ skill: string, importance: string, section: string, wording: string }>
  certifications?: Array<{
    certification: string
    importance: string
    alternative_group: string | null
    alternatives?: string
    alternatives_label?: string
    qualifier?: string
    basis?: string
    section: string
    wording: string
  }>
  education?: {
    minimum_level: string | null
    minimum_text: string | null
    preferred_levels: string[]
    preferred_text: string | null
    fields_of_study: string[]
    related_fields?: string
    training_programs: string[]
    notes: string | null
  }
  experience?: Array<Omit<Experience, 'id' | 'source_id' | 'min_years_exclusive'> & { min_years_exclusive?: boolean }>
  entry_routes?: Array<Omit<EntryRoute, 'id' | 'source_id' | 'fields_of_study'> & { fields_of_study: string[] }>
  salaries?: Array<Omit<Salary, 'id' | 'source_id' | 'location'> & { country: string | null, subdivision: string | null }>
  benefits?: string[]
  requirements?: string[]
}
interface SeedDocumentFile {
  source: {
    id: string
    title: string
    publisher: string | null
    publisher_basis: string | null
    author: string | null
    published_on: string | null
    published_on_basis: string | null
    description: string
  }
  roles: SeedFacts[]
  names?: {
    roles?: Array<{ role: string, title: string }>
    skills?: Array<{ skill: string, name: string, kind: string }>
    certifications?: Array<{ certification: string, name: string, kind: string }>
  }
  progression: Array<{ from: string, to: string, kind: string, condition: string | null, section: string, quote: string }>
}

const seedFolder = join(import.meta.dirname, '..', 'seed')
const seedDocuments: SeedDocumentFile[] = readdirSync(join(seedFolder, 'documents'))
  .filter((name) => name.endsWith('.json')).sort()
  .map((name) => JSON.parse(readFileSync(join(seedFolder, 'documents', name), 'utf8')))
const catalogRoles: Array<{ id: string, title: string, detail: string, kind?: string, broader: string | null, tags: string[] }> =
  JSON.parse(readFileSync(join(seedFolder, 'catalog', 'roles.json'), 'utf8'))

t.test('the walk: every fact in the seed files is served for its role with its source', async (t) => {
  t.equal(seedDocuments.length, 5, 'five document files')

  t.test('/v1/sources lists every document as the seed states it', async (t) => {
    const page = await get<{ data: any[], next: string | null }>(t, app, '/v1/sources?limit=100')
    t.equal(page.next, null)
    t.same(page.data.map((source) => source.id), seedDocuments.map((document) => document.source.id))
    for (const { source } of seedDocuments) {
      const served = page.data.find((item) => item.id === source.id)
      fields(t, served, {
        title: source.title,
        publisher: source.publisher,
        publisher_basis: source.publisher_basis,
        author: source.author,
        published_on: source.published_on,
        published_on_basis: source.published_on_basis,
        description: source.description
      })
    }
  })

  t.test('every catalogue role is served', async (t) => {
    for (const seed of catalogRoles) {
      const role = await get<Role>(t, app, `/v1/roles/${seed.id}?include=none`)
      fields(t, role, { id: seed.id, title: seed.title, detail: seed.detail, kind: seed.kind ?? 'occupation' }, seed.id)
      t.equal(role.broader?.id ?? null, seed.broader, `${seed.id} broader`)
      for (const tag of seed.tags) t.ok(role.tags.some((item) => item.name === tag), `${seed.id} tag ${tag}`)
    }
    const all = await get<{ data: Ref[] }>(t, app, '/v1/roles?limit=100')
    t.same(ids(all.data), catalogRoles.map((role) => role.id).sort(), 'the list serves exactly the catalogue')
  })

  for (const document of seedDocuments) {
    const sourceId = document.source.id
    for (const facts of document.roles) {
      t.test(`${sourceId}: ${facts.role}`, async (t) => {
        const role = await get<Role>(t, app, `/v1/roles/${facts.role}`)
        const where = (what: string): string => `${facts.role} ${what} (${sourceId})`
        t.match(role.sources.find((item) => item.id === sourceId), { coverage: 'describes' }, where('is described'))

        if (facts.summary !== undefined) {
          t.same(bySource(role.descriptions, sourceId).map((item) => item.text), [facts.summary], where('summary'))
        }
        for (const tag of facts.tags ?? []) one(t, role.tags, (item) => item.name === tag && item.source_id === sourceId, where(`tag ${tag}`))
        for (const title of facts.alternate_titles ?? []) {
          one(t, role.alternate_titles, (item) => item.title === title && item.source_id === sourceId, where(`alternate title ${title}`))
        }
        t.same(bySource(role.employment_types, sourceId).map((item) => item.type), facts.employment_types ?? [], where('employment types'))
        t.same(bySource(role.reports_to, sourceId).map((item) => item.role.id).sort(), [...facts.reports_to ?? []].sort(), where('reports to'))
        t.same(role.work_settings.filter((setting) => setting.source_ids.includes(sourceId)).map((setting) => setting.id).sort(),
          [...facts.work_settings ?? []].sort(), where('work settings'))

        const responsibilities = [...role.responsibilities.primary.map((item) => ({ ...item, kind: 'primary' })),
          ...role.responsibilities.secondary.map((item) => ({ ...item, kind: 'secondary' }))]
        t.equal(bySource(responsibilities, sourceId).length, facts.responsibilities?.length ?? 0, where('responsibility count'))
        for (const item of facts.responsibilities ?? []) {
          const served = one(t, responsibilities, (served) => served.text === item.text && served.source_id === sourceId, where(`responsibility "${item.text}"`))
          fields(t, served, { kind: item.kind, section: item.section }, where('responsibility'))
        }

        t.equal(bySource(role.skills, sourceId).length, facts.skills?.length ?? 0, where('skill count'))
        for (const link of facts.skills ?? []) {
          const served = one(t, role.skills, (served) => served.skill.id === link.skill && served.wording === link.wording && served.source_id === sourceId,
            where(`skill ${link.skill}`))
          fields(t, served, { importance: link.importance, section: link.section }, where(`skill ${link.skill}`))
        }

        t.equal(bySource(role.certifications, sourceId).length, facts.certifications?.length ?? 0, where('certification count'))
        for (const link of facts.certifications ?? []) {
          const served = one(t, role.certifications, (served) => served.certification.id === link.certification && served.source_id === sourceId,
            where(`certification ${link.certification}`))
          fields(t, served, {
            importance: link.importance,
            alternative_group: link.alternative_group,
            alternatives: link.alternatives ?? null,
            alternatives_label: link.alternatives_label ?? null,
            qualifier: link.qualifier ?? 'none',
            basis: link.basis ?? 'stated',
            section: link.section,
            wording: link.wording
          }, where(`certification ${link.certification}`))
        }

        const education = bySource(role.education, sourceId)
        if (facts.education === undefined) {
          t.same(education, [], where('no education'))
        } else {
          const { fields_of_study: fieldIds, training_programs: programIds, related_fields: relatedFields, ...levels } = facts.education
          t.equal(education.length, 1, where('one education requirement'))
          fields(t, education[0], { ...levels, related_fields: relatedFields ?? null }, where('education'))
          t.same(education[0]?.fields_of_study.map((field) => field.id), fieldIds, where('fields of study'))
          t.same(education[0]?.training_programs.map((program) => program.id), programIds, where('training programs'))
        }

        t.equal(bySource(role.experience, sourceId).length, facts.experience?.length ?? 0, where('experience count'))
        for (const item of facts.experience ?? []) {
          const served = one(t, role.experience, (served) => served.text === item.text && served.source_id === sourceId, where(`experience "${item.text}"`))
          t.same({ ...served, id: undefined, source_id: undefined },
            { min_years_exclusive: false, ...item, id: undefined, source_id: undefined }, where('experience fields'))
        }

        const routes = bySource(role.progression.entry_routes, sourceId)
        t.equal(routes.length, facts.entry_routes?.length ?? 0, where('entry route count'))
        for (const { fields_of_study: fieldIds, ...route } of facts.entry_routes ?? []) {
          const served = one(t, routes, (served) => served.quote === route.quote, where(`entry route "${route.quote}"`))
          fields(t, served, route, where('entry route'))
          t.same(served.fields_of_study.map((field) => field.id), fieldIds, where('entry route fields of study'))
        }

        t.equal(bySource(role.salaries, sourceId).length, facts.salaries?.length ?? 0, where('salary count'))
        for (const { country, subdivision, ...figure } of facts.salaries ?? []) {
          const served = one(t, role.salaries, (served) => served.quote === figure.quote && served.source_id === sourceId, where(`salary "${figure.quote}"`))
          fields(t, served, { ...figure, location: country === null ? null : { country, subdivision } }, where(`salary "${figure.quote}"`))
        }

        t.same(bySource(role.benefits, sourceId).map((item) => item.text), facts.benefits ?? [], where('benefits'))
        t.same(bySource(role.other_requirements, sourceId).map((item) => item.text), facts.requirements ?? [], where('requirements'))

        // The sub-resources serve exactly what the role document embeds.
        for (const part of ['skills', 'certifications', 'education', 'salaries'] as const) {
          const { data } = await get<{ data: unknown[] }>(t, app, `/v1/roles/${facts.role}/${part}`)
          t.same(data, role[part], where(`/${part} sub-resource`))
        }
        t.same(await get(t, app, `/v1/roles/${facts.role}/progression`), role.progression, where('/progression sub-resource'))
      })
    }

    t.test(`${sourceId}: names`, async (t) => {
      const names = document.names ?? {}
      for (const { role: id, title } of names.roles ?? []) {
        const role = await get<Role>(t, app, `/v1/roles/${id}?include=none`)
        one(t, role.alternate_titles, (item) => item.title === title && item.source_id === sourceId, `${id} alternate title ${title}`)
        const coverage = document.roles.some((facts) => facts.role === id) ? 'describes' : 'mentions'
        t.match(role.sources.find((item) => item.id === sourceId), { coverage }, `${id} ${coverage} by ${sourceId}`)
      }
      for (const { skill, name, kind } of names.skills ?? []) {
        const served = await get<{ names: Name[] }>(t, app, `/v1/skills/${skill}`)
        one(t, served.names, (item) => item.name === name && item.kind === kind && item.source_id === sourceId, `${skill} ${kind} ${name}`)
      }
      for (const { certification, name, kind } of names.certifications ?? []) {
        const served = await get<{ names: Name[] }>(t, app, `/v1/certifications/${certification}`)
        one(t, served.names, (item) => item.name === name && item.kind === kind && item.source_id === sourceId, `${certification} ${kind} ${name}`)
      }
    })

    t.test(`${sourceId}: progression edges`, async (t) => {
      for (const edge of document.progression) {
        const expected = { kind: edge.kind, condition: edge.condition, section: edge.section, quote: edge.quote, source_id: sourceId }
        const from = await get<Progression>(t, app, `/v1/roles/${edge.from}/progression`)
        fields(t, one(t, from.leads_to, (move) => move.role.id === edge.to && move.source_id === sourceId && move.kind === edge.kind,
          `${edge.from} leads to ${edge.to}`), expected, `${edge.from} → ${edge.to}`)
        const to = await get<Progression>(t, app, `/v1/roles/${edge.to}/progression`)
        fields(t, one(t, to.comes_from, (move) => move.role.id === edge.from && move.source_id === sourceId && move.kind === edge.kind,
          `${edge.to} comes from ${edge.from}`), expected, `${edge.to} ← ${edge.from}`)
        for (const id of [edge.from, edge.to]) {
          const role = await get<Role>(t, app, `/v1/roles/${id}?include=none`)
          t.ok(role.sources.some((item) => item.id === sourceId), `${id} lists ${sourceId} among its sources`)
        }
      }
    })
  }
})

t.test('every name served carries a document, and the seed states every one', async (t) => {
  const sourceIds = new Set((await get<{ data: Array<{ id: string }> }>(t, app, '/v1/sources?limit=100')).data.map(({ id }) => id))
  const sum = (count: (document: SeedDocumentFile) => number): number => seedDocuments.reduce((total, document) => total + count(document), 0)
  // A role's titles come from a document's names section and from the roles it describes.
  const roleTitles = sum((document) => (document.names?.roles?.length ?? 0) +
    document.roles.reduce((n, facts) => n + (facts.alternate_titles?.length ?? 0), 0))
  const served = async (path: string, namesOf: (item: any) => Array<{ source_id: string }>): Promise<number> => {
    const { data } = await get<{ data: any[] }>(t, app, `${path}?limit=100`)
    const names = data.flatMap(namesOf)
    t.ok(names.every(({ source_id: sourceId }) => sourceIds.has(sourceId)), `${path}: every name names a source`)
    return names.length
  }
  t.equal(await served('/v1/roles', (role) => role.alternate_titles), roleTitles, 'role alternate titles')
  t.equal(await served('/v1/skills', (skill) => skill.names), sum((document) => document.names?.skills?.length ?? 0), 'skill aliases and abbreviations')
  t.equal(await served('/v1/certifications', (item) => item.names), sum((document) => document.names?.certifications?.length ?? 0), 'certification names')
  const tss = await get<Role>(t, app, '/v1/roles/therapeutic-support-staff?include=none')
  t.same(tss.alternate_titles, [{ title: 'TSS', source_id: S1 }], '"often referred to as TSS"')
  // Names no document uses are not served.
  const organization = await get<{ names: Name[] }>(t, app, '/v1/skills/organizational-skills')
  t.notOk(organization.names.some(({ name }) => name === 'Organization'))
  const culture = await get<{ names: Name[] }>(t, app, '/v1/skills/cultural-competence')
  t.same(culture.names, [{ name: 'Cultural Competency', kind: 'alias', source_id: S4 }])
})
