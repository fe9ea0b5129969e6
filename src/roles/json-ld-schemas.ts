import { Type, type Static, type TSchema } from 'typebox'
import { ref, Slug } from '../http/schema-builders.js'
import { certificationKinds } from '../db/schema.js'
import { codeSetNames, educationCredentialCategories, periodDurations, periodUnits } from './json-ld.js'

// The JSON that buildOccupationJsonLd() (./json-ld.ts) can emit: every object is closed, lists
// are never empty, and minProperties rules out amounts with no number. Only keywords that
// Fastify's draft-07 Ajv also knows are used (it rejects `dependentRequired` in strict mode),
// so URLs that come together (url and @id) are only described as such.
// test/roles/json-ld.test.ts validates real output against these schemas.

const valuesOf = (table: Record<string, string>): string[] => [...new Set(Object.values(table))]
const optional = Type.Optional
const apiUrl = (description: string) => optional(Type.String({ format: 'uri', description: `${description} Only when the API's public base URL is known.` }))
const quote = Type.String({ description: 'The salary figure as its source states it.', examples: ['Annual Median: $35,130'] })
const currency = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code.', examples: ['USD'] })
const amount = (description: string) => Type.Number({ minimum: 0, description })
const unitText = Type.Enum(valuesOf(periodUnits), { description: 'The pay period: `YEAR` or `HOUR`.' })

export const JsonLdDefinedTerm = Type.Object({
  '@type': Type.Literal('DefinedTerm', { description: 'schema.org type.' }),
  name: Type.String({ description: 'The skill\'s name.', examples: ['Crisis Intervention'] }),
  termCode: Type.String({ ...Slug, description: 'The skill id, as in `GET /v1/skills/{id}`.' }),
  url: apiUrl('The skill in this API.'),
  inDefinedTermSet: apiUrl('The skills catalogue in this API.')
}, {
  $id: 'JsonLdDefinedTerm',
  description: 'A skill the role needs, as a term of the roleatlas skills catalogue.',
  additionalProperties: false
})

export const JsonLdOrganization = Type.Object({
  '@type': Type.Literal('Organization', { description: 'schema.org type.' }),
  name: Type.String({ description: 'The organization\'s name, as a source gives it.', examples: ['National Center for Competency Testing'] })
}, { $id: 'JsonLdOrganization', description: 'The body that issues a credential.', additionalProperties: false })

export const JsonLdCredential = Type.Object({
  '@type': Type.Literal('EducationalOccupationalCredential', { description: 'schema.org type.' }),
  name: Type.String({ description: 'The certification\'s or license\'s name.', examples: ['NCCT Credential'] }),
  alternateName: optional(Type.String({ description: 'Its abbreviation, where it has one.', examples: ['NCCT'] })),
  credentialCategory: Type.Enum([...certificationKinds], { description: '`certification` or `license`.' }),
  recognizedBy: optional(ref(JsonLdOrganization)),
  url: apiUrl('The certification or license in this API.')
}, { $id: 'JsonLdCredential', description: 'A certification or license the role requires or prefers.', additionalProperties: false })

export const JsonLdEducationRequirement = Type.Object({
  '@type': Type.Literal('EducationalOccupationalCredential', { description: 'schema.org type.' }),
  credentialCategory: Type.Enum(valuesOf(educationCredentialCategories), {
    description: 'The minimum level, in the values Google documents for JobPosting.',
    examples: ['high school']
  }),
  description: optional(Type.String({ description: 'The source\'s wording of the minimum, verbatim.' }))
}, { $id: 'JsonLdEducationRequirement', description: 'The minimum education one source asks of the role.', additionalProperties: false })

export const JsonLdExperienceRequirements = Type.Object({
  '@type': Type.Literal('OccupationalExperienceRequirements', { description: 'schema.org type.' }),
  monthsOfExperience: optional(Type.Number({ minimum: 0, description: 'The minimum, where the source gives one in years, times twelve.', examples: [12] })),
  description: Type.String({ description: 'The source\'s wording, verbatim.' })
}, { $id: 'JsonLdExperienceRequirements', description: 'Experience one source asks of the role.', additionalProperties: false })

const quantitativeValueType = Type.Literal('QuantitativeValue', { description: 'schema.org type.' })

export const JsonLdQuantitativeValue = Type.Union([
  Type.Object({
    '@type': quantitativeValueType,
    minValue: optional(amount('Bottom of the range.')),
    maxValue: optional(amount('Top of the range.')),
    unitText
  }, { description: 'A range: at least one of its bounds.', additionalProperties: false, minProperties: 3 }),
  Type.Object({
    '@type': quantitativeValueType,
    value: amount('The average.'),
    unitText
  }, { description: 'An average, from a figure that gives nothing else.', additionalProperties: false })
], { $id: 'JsonLdQuantitativeValue', description: 'The amount of a salary figure: its range, or else its average.' })

export const JsonLdMonetaryAmount = Type.Object({
  '@type': Type.Literal('MonetaryAmount', { description: 'schema.org type.' }),
  name: quote,
  currency,
  value: ref(JsonLdQuantitativeValue)
}, { $id: 'JsonLdMonetaryAmount', description: 'A salary range, or an average, per year or per hour.', additionalProperties: false })

export const JsonLdMonetaryAmountDistribution = Type.Object({
  '@type': Type.Literal('MonetaryAmountDistribution', { description: 'schema.org type.' }),
  name: quote,
  currency,
  duration: Type.Enum(valuesOf(periodDurations), { description: 'The pay period as an ISO 8601 duration: `P1Y` or `PT1H`.' }),
  median: optional(amount('The median.')),
  percentile10: optional(amount('10th percentile.')),
  percentile25: optional(amount('25th percentile.')),
  percentile75: optional(amount('75th percentile.')),
  percentile90: optional(amount('90th percentile.'))
}, {
  $id: 'JsonLdMonetaryAmountDistribution',
  description: 'A median and percentiles of a salary. It has no minValue or maxValue: a range is a JsonLdMonetaryAmount.',
  additionalProperties: false,
  minProperties: 5
})

const placeName = Type.String({ description: 'The place\'s English name.', examples: ['California'] })

export const JsonLdPlace = Type.Union([
  Type.Object({
    '@type': Type.Literal('State', { description: 'schema.org type.' }),
    name: placeName,
    identifier: Type.String({ pattern: '^[A-Z]{2}-[A-Z0-9]{1,3}$', description: 'ISO 3166-2 code.', examples: ['US-CA'] })
  }, { description: 'A subdivision of a country.', additionalProperties: false }),
  Type.Object({
    '@type': Type.Literal('Country', { description: 'schema.org type.' }),
    name: placeName,
    identifier: Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code.', examples: ['US'] })
  }, { description: 'A country.', additionalProperties: false })
], { $id: 'JsonLdPlace', description: 'A place that salary figures are given for.' })

export const JsonLdCategoryCodeSet = Type.Object({
  '@type': Type.Literal('CategoryCodeSet', { description: 'schema.org type.' }),
  name: Type.Enum(valuesOf(codeSetNames), { description: 'The classification.' })
}, { $id: 'JsonLdCategoryCodeSet', description: 'An occupational classification.', additionalProperties: false })

export const JsonLdCategoryCode = Type.Object({
  '@type': Type.Literal('CategoryCode', { description: 'schema.org type.' }),
  codeValue: Type.String({ description: 'The code.', examples: ['29-2053'] }),
  name: Type.String({ description: 'The classification\'s label for the code.', examples: ['Psychiatric Technicians'] }),
  inCodeSet: ref(JsonLdCategoryCodeSet)
}, { $id: 'JsonLdCategoryCode', description: 'An occupational classification code of the role.', additionalProperties: false })

export const JsonLdWebPage = Type.Object({
  '@type': Type.Literal('WebPage', { description: 'schema.org type.' }),
  lastReviewed: Type.String({ format: 'date', description: 'The day the role\'s data last changed.' })
}, { $id: 'JsonLdWebPage', description: 'The page the occupation is the main subject of.', additionalProperties: false })

const texts = (description: string) => optional(Type.Array(Type.String(), { minItems: 1, description }))
const list = <T extends TSchema>(items: T, description: string) =>
  optional(Type.Array(items, { minItems: 1, description }))

export const OccupationJsonLd = Type.Object({
  '@context': Type.Literal('https://schema.org', { description: 'The JSON-LD context.' }),
  '@type': Type.Literal('Occupation', { description: 'schema.org type.' }),
  '@id': apiUrl('The role in this API, as the node\'s identifier.'),
  name: Type.String({ description: 'The role\'s title.' }),
  alternateName: texts('Other titles of the role.'),
  description: optional(Type.String({ description: 'The role\'s definition, from its first describing document.' })),
  identifier: Type.String({ ...Slug, description: 'The role id.' }),
  url: apiUrl('The role in this API.'),
  responsibilities: texts('Primary, then secondary responsibilities, verbatim.'),
  skills: list(ref(JsonLdDefinedTerm), 'Skills and tools, one per skill.'),
  qualifications: list(ref(JsonLdCredential), 'Certifications and licenses, required or preferred, one per credential.'),
  educationRequirements: list(ref(JsonLdEducationRequirement), 'Minimum education, one per source that states one.'),
  experienceRequirements: list(ref(JsonLdExperienceRequirements), 'Experience requirements, as the sources state them.'),
  estimatedSalary: list(Type.Union([ref(JsonLdMonetaryAmountDistribution), ref(JsonLdMonetaryAmount)]),
    'Salary figures (for the chosen location only, when there is one): a distribution for a median or percentiles, an amount for a range or an average.'),
  occupationLocation: list(ref(JsonLdPlace), 'The places the salary figures are given for.'),
  occupationalCategory: list(ref(JsonLdCategoryCode), 'Occupational classification codes.'),
  mainEntityOfPage: ref(JsonLdWebPage)
}, {
  $id: 'OccupationJsonLd',
  description: 'A role as a schema.org Occupation in JSON-LD, for a careers page\'s `<script type="application/ld+json">`. ' +
    'Absent facts are absent keys; lists are never empty.',
  additionalProperties: false,
  examples: [{
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    '@id': 'http://localhost:3000/v1/roles/therapeutic-services-assistant',
    name: 'Therapeutic Services Assistant',
    description: 'As a Therapeutic Services Assistant, you play a vital role in the healthcare landscape, primarily supporting licensed therapy professionals in their efforts to provide effective patient care. Your responsibilities may include working with individuals of various ages, backgrounds, and needs, whether in rehabilitation facilities, hospitals, outpatient clinics, or educational settings.',
    identifier: 'therapeutic-services-assistant',
    url: 'http://localhost:3000/v1/roles/therapeutic-services-assistant',
    responsibilities: [
      'Patient Support: You assist patients during therapy sessions by encouraging engagement and promoting their overall wellness. This may involve helping with exercises, documenting progress, and ensuring patient comfort.',
      'Administrative Responsibilities: You help manage the logistical aspects of therapy practice, such as scheduling appointments, maintaining patient records, and organizing therapy supplies, ensuring that the environment is conducive to healing.'
    ],
    skills: [
      { '@type': 'DefinedTerm', name: 'Communication Skills', termCode: 'communication', url: 'http://localhost:3000/v1/skills/communication', inDefinedTermSet: 'http://localhost:3000/v1/skills' },
      { '@type': 'DefinedTerm', name: 'Interpersonal Skills', termCode: 'interpersonal-skills', url: 'http://localhost:3000/v1/skills/interpersonal-skills', inDefinedTermSet: 'http://localhost:3000/v1/skills' }
    ],
    qualifications: [{
      '@type': 'EducationalOccupationalCredential',
      name: 'NCCT Credential',
      alternateName: 'NCCT',
      credentialCategory: 'certification',
      recognizedBy: { '@type': 'Organization', name: 'National Center for Competency Testing' },
      url: 'http://localhost:3000/v1/certifications/ncct-certification'
    }],
    educationRequirements: [{
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: 'high school',
      description: 'Typically, you need a high school diploma or GED.'
    }],
    estimatedSalary: [
      { '@type': 'MonetaryAmountDistribution', name: 'Annual Median: $35,130', currency: 'USD', duration: 'P1Y', median: 35130 },
      { '@type': 'MonetaryAmountDistribution', name: 'Hourly Median: $16.89', currency: 'USD', duration: 'PT1H', median: 16.89 },
      {
        '@type': 'MonetaryAmount',
        name: 'As of 2023, the salary typically ranges from $35,000 to $50,000 annually.',
        currency: 'USD',
        value: { '@type': 'QuantitativeValue', minValue: 35000, maxValue: 50000, unitText: 'YEAR' }
      }
    ],
    occupationLocation: [{ '@type': 'State', name: 'California', identifier: 'US-CA' }],
    mainEntityOfPage: { '@type': 'WebPage', lastReviewed: '2026-11-22' }
  }]
})
export type OccupationJsonLd = Static<typeof OccupationJsonLd>

/** Every shared schema, each after those it refers to, for `app.addSchema`. */
export const jsonLdSchemas = [
  JsonLdDefinedTerm, JsonLdOrganization, JsonLdCredential, JsonLdEducationRequirement, JsonLdExperienceRequirements,
  JsonLdQuantitativeValue, JsonLdMonetaryAmount, JsonLdMonetaryAmountDistribution, JsonLdPlace,
  JsonLdCategoryCodeSet, JsonLdCategoryCode, JsonLdWebPage, OccupationJsonLd
]
