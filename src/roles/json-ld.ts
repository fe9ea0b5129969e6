import type {
  AdministrativeArea, CategoryCode, DefinedTerm, EducationalOccupationalCredential, MonetaryAmount,
  MonetaryAmountDistribution, Occupation, OccupationalExperienceRequirements, QuantitativeValue, WithContext
} from 'schema-dts'
import type { EducationLevel } from '../db/schema.js'
import type { Salary } from '../salaries/schemas.js'
import type { Role } from './schemas.js'
import { placeName } from './place-names.js'

// A schema.org Occupation for careers pages' <script type="application/ld+json">. Every object
// literal is typed with schema-dts, so an invented term does not compile
// (test/roles/json-ld-types.ts proves it). Omitted facts are written as `undefined` and dropped
// by present(), which keeps each literal whole and in output order.

export interface OccupationJsonLdOptions {
  /** The API's public origin without a trailing slash (`https://api.example.org`); null writes no URLs. */
  baseUrl: string | null
  /** An ISO 3166-1 country (`US`) or ISO 3166-2 subdivision (`US-CA`): keep only its salary figures. */
  location: string | null
}

/** Google's JobPosting values for `credentialCategory`, which schema.org leaves open. */
export const educationCredentialCategories = {
  high_school: 'high school',
  postsecondary_certificate: 'professional certificate',
  associate: 'associate degree',
  bachelor: 'bachelor degree',
  master: 'postgraduate degree',
  doctorate: 'postgraduate degree'
} as const satisfies Record<Exclude<EducationLevel, 'none'>, string>

/** The usual names of the classifications `codes` can come from. */
export const codeSetNames = {
  SOC: 'SOC',
  ONET_SOC: 'O*NET-SOC',
  ISCO_08: 'ISCO-08',
  ESCO: 'ESCO'
} as const satisfies Record<Role['codes'][number]['scheme'], string>

/** Per pay period: the ISO 8601 duration of a distribution, and the `unitText` Google documents for a value. */
export const periodDurations = { year: 'P1Y', hour: 'PT1H' } as const satisfies Record<Salary['period'], string>
export const periodUnits = { year: 'YEAR', hour: 'HOUR' } as const satisfies Record<Salary['period'], string>

/** A copy without the keys whose value is undefined: absent facts become absent keys. */
function present<T extends object> (value: T): T {
  const copy = { ...value }
  for (const key in copy) if (copy[key] === undefined) delete copy[key]
  return copy
}

const nonEmpty = <T>(items: T[]): T[] | undefined => (items.length === 0 ? undefined : items)

/** The first item for each key, in first-occurrence order. */
function distinctBy<T> (items: readonly T[], key: (item: T) => string): T[] {
  const byKey = new Map<string, T>()
  for (const item of items) if (!byKey.has(key(item))) byKey.set(key(item), item)
  return [...byKey.values()]
}

const link = (baseUrl: string | null, path: string): string | undefined => (baseUrl === null ? undefined : `${baseUrl}${path}`)

/** Mirrors the `location` filter of `GET /v1/roles`: a figure with no location matches none. */
export function salaryMatchesLocation (salary: Salary, location: string): boolean {
  if (salary.location === null) return false
  return location.includes('-') ? salary.location.subdivision === location : salary.location.country === location
}

/** Every country and subdivision code of the role's salary figures, sorted: the locations worth a JSON-LD of their own. */
export function jsonLdLocations (role: Role): string[] {
  const codes = (role.salaries ?? []).flatMap(({ location }) =>
    location === null ? [] : [location.country, ...(location.subdivision === null ? [] : [location.subdivision])])
  return [...new Set(codes)].sort()
}

function skillTerms (role: Role, baseUrl: string | null): DefinedTerm[] {
  return distinctBy((role.skills ?? []).map(({ skill }) => skill), ({ id }) => id).map((skill) => present<DefinedTerm>({
    '@type': 'DefinedTerm',
    name: skill.name,
    termCode: skill.id,
    url: link(baseUrl, `/v1/skills/${skill.id}`),
    inDefinedTermSet: link(baseUrl, '/v1/skills')
  }))
}

function qualifications (role: Role, baseUrl: string | null): EducationalOccupationalCredential[] {
  const certifications = (role.certifications ?? []).map(({ certification }) => certification)
  return distinctBy(certifications, ({ id }) => id).map((certification) => present<EducationalOccupationalCredential>({
    '@type': 'EducationalOccupationalCredential',
    name: certification.name,
    alternateName: certification.names.find(({ kind }) => kind === 'abbreviation')?.name,
    credentialCategory: certification.kind,
    recognizedBy: certification.issuing_body === null ? undefined : { '@type': 'Organization', name: certification.issuing_body },
    url: link(baseUrl, `/v1/certifications/${certification.id}`)
  }))
}

function educationRequirements (role: Role): EducationalOccupationalCredential[] {
  return (role.education ?? []).flatMap(({ minimum_level: level, minimum_text: text }) =>
    level === null || level === 'none'
      ? []
      : [present<EducationalOccupationalCredential>({
          '@type': 'EducationalOccupationalCredential',
          credentialCategory: educationCredentialCategories[level],
          description: text ?? undefined
        })])
}

function experienceRequirements (role: Role): OccupationalExperienceRequirements[] {
  return role.experience.map(({ min_years: minYears, text }) => present<OccupationalExperienceRequirements>({
    '@type': 'OccupationalExperienceRequirements',
    monthsOfExperience: minYears === null ? undefined : minYears * 12,
    description: text
  }))
}

/**
 * A figure's amounts: its median and percentiles as a distribution, its range as an amount, or
 * else its average as an amount's single value. schema.org gives a distribution no min or max.
 */
function salaryAmounts (salary: Salary): Array<MonetaryAmount | MonetaryAmountDistribution> {
  const { median, p10, p25, p75, p90, min, max, average } = salary
  const amounts: Array<MonetaryAmount | MonetaryAmountDistribution> = []
  if ([median, p10, p25, p75, p90].some((amount) => amount !== null)) {
    amounts.push(present<MonetaryAmountDistribution>({
      '@type': 'MonetaryAmountDistribution',
      name: salary.quote,
      currency: salary.currency,
      duration: periodDurations[salary.period],
      median: median ?? undefined,
      percentile10: p10 ?? undefined,
      percentile25: p25 ?? undefined,
      percentile75: p75 ?? undefined,
      percentile90: p90 ?? undefined
    }))
  }
  const unitText = periodUnits[salary.period]
  const amount = (value: QuantitativeValue): MonetaryAmount =>
    ({ '@type': 'MonetaryAmount', name: salary.quote, currency: salary.currency, value })
  if (min !== null || max !== null) {
    amounts.push(amount(present<QuantitativeValue>({ '@type': 'QuantitativeValue', minValue: min ?? undefined, maxValue: max ?? undefined, unitText })))
  } else if (amounts.length === 0 && average !== null) {
    amounts.push(amount({ '@type': 'QuantitativeValue', value: average, unitText }))
  }
  return amounts
}

/** Where the figures apply: a subdivision when a figure names one, else its country. */
function places (salaries: Salary[]): AdministrativeArea[] {
  const codes = salaries.flatMap(({ location }) => (location === null ? [] : [location.subdivision ?? location.country]))
  return [...new Set(codes)].map((code): AdministrativeArea => code.includes('-')
    ? { '@type': 'State', name: placeName(code), identifier: code }
    : { '@type': 'Country', name: placeName(code), identifier: code })
}

function categoryCodes (role: Role): CategoryCode[] {
  return role.codes.map(({ scheme, code, label }) => ({
    '@type': 'CategoryCode',
    codeValue: code,
    name: label,
    inCodeSet: { '@type': 'CategoryCodeSet', name: codeSetNames[scheme] }
  }))
}

/**
 * The role as a schema.org Occupation. Pure: the same role and options give the same object,
 * with the same key order, so its bytes can be stored and compared.
 */
export function buildOccupationJsonLd (role: Role, options: OccupationJsonLdOptions): WithContext<Occupation> {
  const { baseUrl, location } = options
  const salaries = (role.salaries ?? []).filter((salary) => location === null || salaryMatchesLocation(salary, location))
  const { primary, secondary } = role.responsibilities
  const url = link(baseUrl, `/v1/roles/${role.id}`)
  const occupation: WithContext<Occupation> = {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    '@id': url,
    name: role.title,
    alternateName: nonEmpty([...new Set(role.alternate_titles.map(({ title }) => title))]),
    description: role.summary ?? undefined,
    identifier: role.id,
    url,
    responsibilities: nonEmpty([...new Set([...primary, ...secondary].map(({ text }) => text))]),
    skills: nonEmpty(skillTerms(role, baseUrl)),
    qualifications: nonEmpty(qualifications(role, baseUrl)),
    educationRequirements: nonEmpty(educationRequirements(role)),
    experienceRequirements: nonEmpty(experienceRequirements(role)),
    estimatedSalary: nonEmpty(salaries.flatMap(salaryAmounts)),
    occupationLocation: nonEmpty(places(salaries)),
    occupationalCategory: nonEmpty(categoryCodes(role)),
    // The day the role's data last changed: the date part of its ISO 8601 updated_at.
    mainEntityOfPage: { '@type': 'WebPage', lastReviewed: role.updated_at.slice(0, 10) }
  }
  return present(occupation)
}
