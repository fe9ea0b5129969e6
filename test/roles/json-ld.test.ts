import t, { type Test } from 'tap'
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js'
import ajvFormats from 'ajv-formats'
import type { FastifyInstance } from 'fastify'
import { build } from '../helper.js'
import type { Role } from '../../src/roles/schemas.js'
import type { Salary } from '../../src/salaries/schemas.js'
import { buildOccupationJsonLd, jsonLdLocations, salaryMatchesLocation } from '../../src/roles/json-ld.js'
import { jsonLdSchemas, OccupationJsonLd } from '../../src/roles/json-ld-schemas.js'
import { placeName } from '../../src/roles/place-names.js'

// The schema.org Occupation JSON-LD of real role documents. Its compile-time half is
// test/roles/json-ld-types.ts, which `tsc --noEmit` checks: schema-dts must keep rejecting
// invented terms, or that file stops compiling.

const BASE = 'http://localhost:3000'
const noUrl = { baseUrl: null, location: null }
const withUrl = { baseUrl: BASE, location: null }
const TSA = 'therapeutic-services-assistant'

const ajv = new Ajv2020({ strict: true, allErrors: true })
;(ajvFormats as unknown as (ajv: Ajv2020) => Ajv2020)(ajv)
for (const schema of jsonLdSchemas) ajv.addSchema(schema)
const validate = ajv.getSchema('OccupationJsonLd')!
const errorsOf = (errors: ErrorObject[] | null | undefined): string =>
  (errors ?? []).slice(0, 5).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`).join('\n')

async function roleOf (t: Test, app: FastifyInstance, id: string, query = ''): Promise<Role> {
  const res = await app.inject(`/v1/roles/${id}${query}`)
  t.equal(res.statusCode, 200, `GET /v1/roles/${id}${query}`)
  return res.json()
}

/** A salary figure with nothing stated but what is given. */
const figure = (fields: Partial<Salary>): Salary => ({
  id: 'sal_test', kind: 'median', currency: 'USD', period: 'year',
  min: null, max: null, median: null, average: null, p10: null, p25: null, p75: null, p90: null,
  location: null, reference_year: null, publisher: null, quote: 'quoted', notes: null, source_id: 'src', ...fields
})

/** The output as its JSON bytes would parse: what a careers page receives. */
const jsonOf = (role: Role, options: { baseUrl: string | null, location: string | null }): Record<string, unknown> =>
  JSON.parse(JSON.stringify(buildOccupationJsonLd(role, options)))

t.test('every role of every detail gives JSON-LD that matches OccupationJsonLd', async (t) => {
  const app = await build(t)
  const list = (await app.inject('/v1/roles?limit=100')).json() as { data: Array<{ id: string, detail: string }>, next: string | null }
  t.equal(list.next, null, 'one page holds every role')
  const details = new Set<string>()
  for (const { id, detail } of list.data) {
    details.add(detail)
    const role = await roleOf(t, app, id)
    const before = JSON.stringify(role)
    for (const location of [null, ...jsonLdLocations(role), 'US-NY']) {
      for (const baseUrl of [null, BASE]) {
        const output = buildOccupationJsonLd(role, { baseUrl, location })
        t.ok(validate(JSON.parse(JSON.stringify(output))), `${id} (${detail}), location ${location}, baseUrl ${baseUrl}`, { errors: errorsOf(validate.errors) })
        t.equal(JSON.stringify(buildOccupationJsonLd(role, { baseUrl, location })), JSON.stringify(output), `${id}: the same input gives the same bytes`)
      }
    }
    t.equal(JSON.stringify(role), before, `${id}: the role document is not changed`)
  }
  t.strictSame([...details].sort(), ['brief', 'full', 'mention'], 'full, brief and mention roles are all covered')
})

t.test('the schema\'s example is the real output for therapeutic-services-assistant, shortened', async (t) => {
  const app = await build(t)
  // As the OpenAPI document will publish it.
  const published = JSON.parse(JSON.stringify(OccupationJsonLd)) as { examples: Array<Record<string, unknown[]>> }
  t.equal(published.examples.length, 1)
  const example = published.examples[0]!
  t.ok(validate(example), 'the example matches the schema', { errors: errorsOf(validate.errors) })
  const output = jsonOf(await roleOf(t, app, TSA), withUrl)
  for (const key of ['responsibilities', 'skills', 'qualifications']) output[key] = (output[key] as unknown[]).slice(0, example[key]!.length)
  output['mainEntityOfPage'] = example['mainEntityOfPage']
  t.strictSame(example, output)
  t.strictSame(Object.keys(example), Object.keys(output), 'in the same key order')
})

t.test('therapeutic-services-assistant (003): California medians and a range', async (t) => {
  const app = await build(t)
  const role = await roleOf(t, app, TSA)
  const output = jsonOf(role, noUrl)
  t.strictSame(Object.keys(output), [
    '@context', '@type', 'name', 'description', 'identifier', 'responsibilities', 'skills', 'qualifications',
    'educationRequirements', 'estimatedSalary', 'occupationLocation', 'mainEntityOfPage'
  ], 'keys in a fixed order; nothing the role lacks, and no URLs without a base URL')
  t.equal(output['name'], 'Therapeutic Services Assistant')
  t.equal(output['identifier'], TSA)
  t.equal(output['description'], role.summary)
  t.strictSame(output['estimatedSalary'], [
    { '@type': 'MonetaryAmountDistribution', name: 'Annual Median: $35,130', currency: 'USD', duration: 'P1Y', median: 35130 },
    { '@type': 'MonetaryAmountDistribution', name: 'Hourly Median: $16.89', currency: 'USD', duration: 'PT1H', median: 16.89 },
    {
      '@type': 'MonetaryAmount',
      name: 'As of 2023, the salary typically ranges from $35,000 to $50,000 annually.',
      currency: 'USD',
      value: { '@type': 'QuantitativeValue', minValue: 35000, maxValue: 50000, unitText: 'YEAR' }
    }
  ])
  t.strictSame(output['occupationLocation'], [{ '@type': 'State', name: 'California', identifier: 'US-CA' }])
  t.strictSame(output['qualifications'], [
    { '@type': 'EducationalOccupationalCredential', name: 'NCCT Credential', alternateName: 'NCCT', credentialCategory: 'certification', recognizedBy: { '@type': 'Organization', name: 'National Center for Competency Testing' } },
    { '@type': 'EducationalOccupationalCredential', name: 'ATRA Credential', alternateName: 'ATRA', credentialCategory: 'certification', recognizedBy: { '@type': 'Organization', name: 'American Therapeutic Recreation Association' } }
  ])
  t.strictSame(output['educationRequirements'], [
    { '@type': 'EducationalOccupationalCredential', credentialCategory: 'high school', description: 'Typically, you need a high school diploma or GED.' }
  ])
  t.equal((output['responsibilities'] as string[]).length, 15)
  t.equal((output['responsibilities'] as string[])[14], 'maintaining equipment')
  t.strictSame(output['mainEntityOfPage'], { '@type': 'WebPage', lastReviewed: role.updated_at.slice(0, 10) })
  t.match(output['mainEntityOfPage'], { lastReviewed: /^\d{4}-\d{2}-\d{2}$/ })
  t.strictSame(jsonLdLocations(role), ['US', 'US-CA'])
})

t.test('therapeutic-assistant (000): a range with no location, experience in months', async (t) => {
  const app = await build(t)
  const role = await roleOf(t, app, 'therapeutic-assistant')
  const output = jsonOf(role, noUrl)
  t.strictSame(output['estimatedSalary'], [{
    '@type': 'MonetaryAmount',
    name: '$35,000 - $55,000',
    currency: 'USD',
    value: { '@type': 'QuantitativeValue', minValue: 35000, maxValue: 55000, unitText: 'YEAR' }
  }])
  t.notOk('occupationLocation' in output, 'a figure with no location names no place')
  t.strictSame(jsonLdLocations(role), [])
  t.notOk('estimatedSalary' in jsonOf(role, { baseUrl: null, location: 'US' }), 'a figure with no location matches no location')
  t.strictSame(output['experienceRequirements'], [
    {
      '@type': 'OccupationalExperienceRequirements',
      monthsOfExperience: 12,
      description: '1-3 years of experience in a direct care role within a behavioral health, mental health, or human services setting.'
    },
    {
      '@type': 'OccupationalExperienceRequirements',
      description: 'Prior experience working directly with populations relevant to the specific facility, such as adolescents, adults with severe mental illness, individuals with co-occurring disorders, or those on the autism spectrum. Experience in a residential or inpatient psychiatric setting is highly valued.'
    }
  ])
  t.strictSame((output['qualifications'] as unknown[]).slice(0, 1).concat((output['qualifications'] as unknown[]).slice(2)), [
    { '@type': 'EducationalOccupationalCredential', name: 'CPI Crisis Management Certification', alternateName: 'CPI', credentialCategory: 'certification' },
    { '@type': 'EducationalOccupationalCredential', name: 'CPR/First Aid & AED Certification', credentialCategory: 'certification' }
  ], 'no abbreviation, no alternateName; no issuing body, no recognizedBy')
  const { primary, secondary } = role.responsibilities
  t.equal(primary.length, 15)
  t.equal(secondary.length, 5)
  t.strictSame(output['responsibilities'], [...primary, ...secondary].map(({ text }) => text), 'primary, then secondary, verbatim')
})

t.test('therapeutic-support-staff (001): an average, a bachelor\'s minimum, a license, deduplicated skills', async (t) => {
  const app = await build(t)
  const role = await roleOf(t, app, 'therapeutic-support-staff')
  const output = jsonOf(role, noUrl)
  t.strictSame(output['estimatedSalary'], [{
    '@type': 'MonetaryAmount',
    name: 'A Therapeutic Support Staff typically earns an average of $38,000 (USD) per year.',
    currency: 'USD',
    value: { '@type': 'QuantitativeValue', value: 38000, unitText: 'YEAR' }
  }])
  t.strictSame((output['educationRequirements'] as Array<{ credentialCategory: string }>).map(({ credentialCategory }) => credentialCategory),
    ['bachelor degree'], '001\'s minimum; 002\'s high school is its family\'s')
  t.strictSame(output['alternateName'], ['TSS'])
  t.match(output['qualifications'], [{ name: 'Driver\'s License', credentialCategory: 'license' }])
  t.equal(role.skills?.length, 21, '001 links 21 skills')
  t.strictSame((output['skills'] as Array<{ termCode: string }>).map(({ termCode }) => termCode), [
    'child-development', 'behavior-management', 'communication', 'interpersonal-skills', 'confidentiality-and-privacy',
    'patience-and-resilience', 'problem-solving', 'observational-skills', 'empathy-and-compassion', 'crisis-intervention',
    'case-management', 'skills-training', 'leadership', 'therapeutic-techniques', 'counseling', 'active-listening',
    'attention-to-detail', 'organizational-skills'
  ], 'one term per skill id, in first-occurrence order')
  t.strictSame((output['skills'] as unknown[])[2], { '@type': 'DefinedTerm', name: 'Communication Skills', termCode: 'communication' })
  const specialist = jsonOf(await roleOf(t, app, 'therapy-specialist'), noUrl)
  t.equal((specialist['skills'] as unknown[]).length, 26, 'therapy-specialist: 27 links, 26 skills')
  t.strictSame((specialist['educationRequirements'] as Array<{ credentialCategory: string }>)[0]?.credentialCategory, 'postgraduate degree', 'a master\'s')
})

t.test('URLs only with a base URL', async (t) => {
  const app = await build(t)
  const role = await roleOf(t, app, TSA)
  const withoutBase = JSON.stringify(buildOccupationJsonLd(role, noUrl))
  t.notMatch(withoutBase, /"url"|"@id"|inDefinedTermSet|\/v1\//, 'no URL anywhere')
  const output = jsonOf(role, withUrl)
  t.equal(output['@id'], `${BASE}/v1/roles/${TSA}`)
  t.equal(output['url'], `${BASE}/v1/roles/${TSA}`)
  t.strictSame(Object.keys(output).slice(0, 3), ['@context', '@type', '@id'], '@id comes right after @type')
  t.strictSame((output['skills'] as unknown[])[0], {
    '@type': 'DefinedTerm',
    name: 'Communication Skills',
    termCode: 'communication',
    url: `${BASE}/v1/skills/communication`,
    inDefinedTermSet: `${BASE}/v1/skills`
  })
  t.match(output['qualifications'], [{ url: `${BASE}/v1/certifications/ncct-certification` }, { url: `${BASE}/v1/certifications/atra-credential` }])
})

t.test('a mention role: only what its documents say', async (t) => {
  const app = await build(t)
  const role = await roleOf(t, app, 'behavioral-health-team-lead')
  t.equal(role.detail, 'mention')
  t.strictSame(jsonOf(role, noUrl), {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: 'Behavioral Health Team Lead',
    identifier: 'behavioral-health-team-lead',
    mainEntityOfPage: { '@type': 'WebPage', lastReviewed: role.updated_at.slice(0, 10) }
  })
  t.strictSame(jsonOf(await roleOf(t, app, 'certified-nursing-assistant'), noUrl)['alternateName'], ['CNA'])
})

t.test('a role document without its embedded parts', async (t) => {
  const app = await build(t)
  const role = await roleOf(t, app, TSA, '?include=none')
  t.equal(role.salaries, undefined)
  const output = jsonOf(role, noUrl)
  for (const key of ['skills', 'qualifications', 'educationRequirements', 'estimatedSalary', 'occupationLocation']) t.notOk(key in output, `no ${key}`)
  t.strictSame(jsonLdLocations(role), [])
})

t.test('the location filter', async (t) => {
  const app = await build(t)
  const real = await roleOf(t, app, TSA)
  const california = jsonOf(real, { baseUrl: null, location: 'US-CA' })
  t.equal((california['estimatedSalary'] as unknown[]).length, 3, 'every 003 figure is Californian')
  t.strictSame(california['occupationLocation'], [{ '@type': 'State', name: 'California', identifier: 'US-CA' }])
  const newYork = jsonOf(real, { baseUrl: null, location: 'US-NY' })
  t.notOk('estimatedSalary' in newYork, 'US-NY: no estimatedSalary')
  t.notOk('occupationLocation' in newYork, 'US-NY: no occupationLocation')

  const role: Role = {
    ...real,
    salaries: [
      ...real.salaries!,
      figure({ quote: 'national', median: 40000, location: { country: 'US', subdivision: null } }),
      figure({ quote: 'new york', median: 45000, location: { country: 'US', subdivision: 'US-NY' } }),
      figure({ quote: 'nowhere', median: 30000 })
    ]
  }
  const names = (location: string | null) =>
    (jsonOf(role, { baseUrl: null, location })['estimatedSalary'] as Array<{ name: string }>).map(({ name }) => name)
  t.strictSame(names('US-CA'), ['Annual Median: $35,130', 'Hourly Median: $16.89', 'As of 2023, the salary typically ranges from $35,000 to $50,000 annually.'],
    'US-CA keeps only the Californian figures')
  t.strictSame(names('US-NY'), ['new york'])
  t.equal(names('US').length, 5, 'US keeps every figure in the country, national or not')
  t.equal(names(null).length, 6, 'no location keeps every figure')
  t.strictSame(jsonOf(role, { baseUrl: null, location: 'US' })['occupationLocation'], [
    { '@type': 'State', name: 'California', identifier: 'US-CA' },
    { '@type': 'Country', name: 'United States', identifier: 'US' },
    { '@type': 'State', name: 'New York', identifier: 'US-NY' }
  ])
  t.strictSame(jsonLdLocations(role), ['US', 'US-CA', 'US-NY'])
  t.ok(validate(jsonOf(role, noUrl)), 'matches the schema', { errors: errorsOf(validate.errors) })
})

t.test('salaryMatchesLocation', async (t) => {
  const californian = figure({ location: { country: 'US', subdivision: 'US-CA' } })
  const national = figure({ location: { country: 'US', subdivision: null } })
  t.ok(salaryMatchesLocation(californian, 'US-CA'))
  t.ok(salaryMatchesLocation(californian, 'US'))
  t.ok(salaryMatchesLocation(national, 'US'))
  t.notOk(salaryMatchesLocation(national, 'US-CA'), 'a national figure is not a Californian one')
  t.notOk(salaryMatchesLocation(californian, 'CA'), 'CA is Canada')
  t.notOk(salaryMatchesLocation(californian, 'US-NY'))
  t.notOk(salaryMatchesLocation(figure({}), 'US'), 'a figure with no location matches none')
})

t.test('salary mapping rules', async (t) => {
  const app = await build(t)
  const real = await roleOf(t, app, 'therapeutic-assistant')
  const salaryOf = (salary: Salary) => jsonOf({ ...real, salaries: [salary] }, noUrl)['estimatedSalary']
  t.strictSame(salaryOf(figure({ kind: 'median', p10: 10, p25: 25, p75: 75, p90: 90 })), [
    { '@type': 'MonetaryAmountDistribution', name: 'quoted', currency: 'USD', duration: 'P1Y', percentile10: 10, percentile25: 25, percentile75: 75, percentile90: 90 }
  ], 'percentiles without a median are a distribution')
  t.strictSame(salaryOf(figure({ kind: 'range', period: 'hour', median: 20, min: 15, max: 25, average: 21, currency: 'CAD' })), [
    { '@type': 'MonetaryAmountDistribution', name: 'quoted', currency: 'CAD', duration: 'PT1H', median: 20 },
    { '@type': 'MonetaryAmount', name: 'quoted', currency: 'CAD', value: { '@type': 'QuantitativeValue', minValue: 15, maxValue: 25, unitText: 'HOUR' } }
  ], 'a median and a range give both; min and max stay off the distribution; the average is left out')
  t.strictSame(salaryOf(figure({ kind: 'range', min: 30000 })), [
    { '@type': 'MonetaryAmount', name: 'quoted', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 30000, unitText: 'YEAR' } }
  ], 'a floor alone')
  t.strictSame(salaryOf(figure({ kind: 'range', max: 60000 })), [
    { '@type': 'MonetaryAmount', name: 'quoted', currency: 'USD', value: { '@type': 'QuantitativeValue', maxValue: 60000, unitText: 'YEAR' } }
  ], 'a ceiling alone')
  t.strictSame(salaryOf(figure({ kind: 'average', period: 'hour', average: 18.5 })), [
    { '@type': 'MonetaryAmount', name: 'quoted', currency: 'USD', value: { '@type': 'QuantitativeValue', value: 18.5, unitText: 'HOUR' } }
  ], 'an average alone')
  t.strictSame(salaryOf(figure({ kind: 'median', median: 50000, average: 52000 })), [
    { '@type': 'MonetaryAmountDistribution', name: 'quoted', currency: 'USD', duration: 'P1Y', median: 50000 }
  ], 'an average beside a median is left out')
  t.equal(salaryOf(figure({})), undefined, 'a figure with no amount gives nothing')
  for (const salary of [figure({ p10: 1 }), figure({ min: 1 }), figure({ max: 1 }), figure({ average: 1 })]) {
    t.ok(validate(jsonOf({ ...real, salaries: [salary] }, noUrl)), 'matches the schema', { errors: errorsOf(validate.errors) })
  }
})

t.test('education: no credential for no minimum', async (t) => {
  const app = await build(t)
  const real = await roleOf(t, app, 'therapeutic-assistant')
  const requirement = real.education![0]!
  const role: Role = {
    ...real,
    education: [
      { ...requirement, minimum_level: null },
      { ...requirement, minimum_level: 'none' },
      { ...requirement, minimum_level: 'doctorate', minimum_text: null },
      { ...requirement, minimum_level: 'postsecondary_certificate' },
      { ...requirement, minimum_level: 'associate' }
    ]
  }
  t.strictSame(jsonOf(role, noUrl)['educationRequirements'], [
    { '@type': 'EducationalOccupationalCredential', credentialCategory: 'postgraduate degree' },
    { '@type': 'EducationalOccupationalCredential', credentialCategory: 'professional certificate', description: 'High School Diploma or GED equivalent.' },
    { '@type': 'EducationalOccupationalCredential', credentialCategory: 'associate degree', description: 'High School Diploma or GED equivalent.' }
  ])
})

t.test('occupationalCategory from codes', async (t) => {
  const app = await build(t)
  const real = await roleOf(t, app, TSA)
  t.strictSame(real.codes, [], 'the seed states no codes')
  t.notOk('occupationalCategory' in jsonOf(real, noUrl))
  const role: Role = {
    ...real,
    codes: [
      { scheme: 'SOC', code: '29-2053', label: 'Psychiatric Technicians' },
      { scheme: 'ONET_SOC', code: '29-2053.00', label: 'Psychiatric Technicians' }
    ]
  }
  const output = jsonOf(role, noUrl)
  t.strictSame(output['occupationalCategory'], [
    { '@type': 'CategoryCode', codeValue: '29-2053', name: 'Psychiatric Technicians', inCodeSet: { '@type': 'CategoryCodeSet', name: 'SOC' } },
    { '@type': 'CategoryCode', codeValue: '29-2053.00', name: 'Psychiatric Technicians', inCodeSet: { '@type': 'CategoryCodeSet', name: 'O*NET-SOC' } }
  ])
  t.ok(validate(output), 'matches the schema', { errors: errorsOf(validate.errors) })
})

t.test('the schema rejects what the builder never writes', async (t) => {
  const app = await build(t)
  const output = jsonOf(await roleOf(t, app, TSA), withUrl)
  const salaries = output['estimatedSalary'] as Array<Record<string, unknown>>
  const variants: Array<[string, Record<string, unknown>]> = [
    ['an invented term', { ...output, salaryRange: 'x' }],
    ['an empty list', { ...output, skills: [] }],
    ['min on a distribution', { ...output, estimatedSalary: [{ ...salaries[0], minValue: 1 }] }],
    ['a distribution with no amount', { ...output, estimatedSalary: [{ ...salaries[0], median: undefined }] }],
    ['a value with no amount', { ...output, estimatedSalary: [{ ...salaries[2], value: { '@type': 'QuantitativeValue', unitText: 'YEAR' } }] }],
    ['a subdivision as a Country', { ...output, occupationLocation: [{ '@type': 'Country', name: 'California', identifier: 'US-CA' }] }]
  ]
  for (const [what, value] of variants) t.notOk(validate(JSON.parse(JSON.stringify(value))), what)
})

t.test('placeName', async (t) => {
  t.equal(placeName('US'), 'United States')
  t.equal(placeName('CA'), 'Canada')
  t.equal(placeName('US-CA'), 'California')
  t.equal(placeName('US-DC'), 'District of Columbia')
  t.equal(placeName('US-PR'), 'Puerto Rico')
  t.equal(placeName('CA-QC'), 'Quebec')
  t.equal(placeName('AA'), 'AA', 'an unknown country names itself')
  t.equal(placeName('FR-75'), 'FR-75', 'an unlisted subdivision names itself')
})
