// What one synthetic document states about one role, shaped like src/seed/format.ts.
// Amounts, counts and wording vary the way the seed's real documents do: full roles carry
// many facts, brief roles a paragraph and a few skills. Every list is drawn without
// repeats, because the seed rejects a document that states the same fact twice.
import {
  benefits, markets, populations, publishers, requirements, responsibilityObjects, responsibilityVerbs, sections
} from './vocabulary.js'
import { slug } from './random.js'

const employmentTypes = ['full_time', 'part_time', 'contract', 'temporary', 'internship', 'per_diem']
const educationLevels = ['none', 'high_school', 'postsecondary_certificate', 'associate', 'bachelor', 'master', 'doctorate']
// The usual entry level of each sector, as an index into educationLevels.
const sectorEducation = {
  Healthcare: 3, 'Social Services': 4, 'Information Technology': 4, Finance: 4, Education: 4, 'Skilled Trades': 2, Hospitality: 1,
  Logistics: 1, Legal: 4, Manufacturing: 2
}
const hourlySectors = new Set(['Healthcare', 'Skilled Trades', 'Hospitality', 'Logistics', 'Manufacturing'])

export function documentSource (random, index, sector) {
  const year = random.int(2019, 2025)
  const title = random.pick([
    `${sector.name} Careers Guide ${year}`,
    `${sector.name} Job Description Templates [Updated for ${year}]`,
    `${sector.name} Salary Survey ${year}`,
    `How to Build a Career in ${sector.name} (${year} Edition)`,
    `${sector.name} Workforce Report ${year}`
  ])
  const month = String(random.int(1, 12)).padStart(2, '0')
  const id = `${String(index).padStart(3, '0')}_${random.hex(16)}`
  const publisher = random.chance(0.7) ? random.pick(publishers) : null
  const author = random.chance(0.3) ? random.pick(['Jordan Lee', 'Priya Natarajan', 'Sam O’Connor', 'Ana Souza', 'Lukas Müller']) : null
  const publishedOn = random.pick([`${year}`, `${year}-${month}`, `${year}-${month}-${String(random.int(1, 28)).padStart(2, '0')}`, null])
  return {
    id,
    title,
    publisher,
    publisher_basis: publisher === null ? null : 'stated',
    author,
    published_on: publishedOn,
    published_on_basis: publishedOn === null ? null : 'stated',
    description: `A ${sector.name.toLowerCase()} document covering duties, skills, qualifications, pay and career paths, published in ${year}.`
  }
}

export function describeRole (context, role, document) {
  const { random } = context
  const full = role.detail === 'full'
  const facts = { role: role.id, summary: summary(random, role, full) }
  if (random.chance(0.3)) facts.tags = random.sample(role.sector.tags, 1)
  if (random.chance(0.15)) facts.alternate_titles = [`${role.fn} (${role.specialty})`]
  facts.skills = roleSkills(context, role, full ? random.int(8, 16) : random.int(2, 5))
  if (full || random.chance(0.5)) facts.education = education(context, role)
  if (full || random.chance(0.3)) facts.salaries = salaries(random, role, full ? random.int(1, 4) : 1)
  if (!full) return facts

  facts.employment_types = random.sample(employmentTypes, random.int(1, 2))
  const seniors = context.roles.bySector.get(role.sector).filter((other) => other.rank > role.rank)
  if (seniors.length > 0 && random.chance(0.5)) facts.reports_to = random.sample(seniors, random.int(1, 2)).map((other) => other.id)
  facts.work_settings = random.sample(role.sector.settings, random.int(1, 3)).map(slug)
  const duties = random.sample(responsibilityVerbs.flatMap((verb) => responsibilityObjects.map((object) => `${verb} ${object}`)), random.int(6, 14))
  facts.responsibilities = duties.map((duty, index) => ({
    kind: index < duties.length * 0.7 ? 'primary' : 'secondary',
    section: random.pick(sections).replace('{title}', role.title),
    text: `${duty} for the ${role.specialty.toLowerCase()} team, in line with the organisation’s policies.`
  }))
  const certifications = random.sample(context.certifications.bySector.get(role.sector), random.int(0, 3))
  const alternatives = certifications.length > 1 && random.chance(0.3)
  facts.certifications = certifications.map((certification) => ({
    certification: certification.id,
    importance: alternatives || random.chance(0.5) ? 'required' : 'preferred',
    alternative_group: alternatives ? 'one-of' : null,
    section: 'Qualifications',
    wording: `${certification.name}${certification.abbreviation === null ? '' : ` (${certification.abbreviation})`}`
  }))
  facts.experience = experience(random, role)
  if (random.chance(0.6)) facts.benefits = random.sample(benefits, random.int(2, 5))
  if (random.chance(0.5)) facts.requirements = random.sample(requirements, random.int(1, 3))
  return facts
}

function summary (random, role, full) {
  const opening = `${/^[AEIOU]/.test(role.title) ? 'An' : 'A'} ${role.title} ${random.pick(['supports', 'delivers', 'coordinates', 'improves'])} ` +
    `${role.specialty.toLowerCase()} work in ${role.sector.name.toLowerCase()} settings such as ${role.sector.settings[0].toLowerCase()}.`
  if (!full) return opening
  return `${opening} They work with ${random.pick(['clients', 'colleagues', 'customers', 'patients', 'students'])} every day, ` +
    `keep careful records and follow the team’s ${random.pick(['procedures', 'standards', 'care plans', 'service levels'])}.`
}

function roleSkills (context, role, count) {
  const { random, skills } = context
  const chosen = [...random.sample(skills.bySector.get(role.sector), count - 1), random.pick(skills.soft)]
  return chosen.map((skill, index) => ({
    skill: skill.id,
    importance: index % 3 === 2 ? 'preferred' : 'required',
    section: random.pick(['Skills and Qualifications', 'Requirements', 'Preferred Qualifications']),
    wording: random.chance(0.5) ? skill.name : `Strong ${skill.name.toLowerCase()} skills`
  }))
}

function education (context, role) {
  const { random } = context
  const base = sectorEducation[role.sector.name] + (role.rank >= 4 ? 1 : 0) - (role.rank === 0 ? 1 : 0)
  const minimum = Math.max(0, Math.min(educationLevels.length - 2, base + random.int(-1, 0)))
  const level = random.chance(0.1) ? null : educationLevels[minimum]
  return {
    minimum_level: level,
    minimum_text: level === null ? null : `A ${level.replaceAll('_', ' ')} qualification or equivalent experience.`,
    preferred_levels: random.chance(0.5) ? [educationLevels[minimum + 1]] : [],
    preferred_text: random.chance(0.3) ? 'Further study is an advantage.' : null,
    fields_of_study: random.sample(role.sector.fields, random.int(0, 3)).map(slug),
    training_programs: random.chance(0.3) ? [random.pick(context.trainingPrograms).id] : [],
    notes: random.chance(0.2) ? 'Employers may accept equivalent experience instead.' : null
  }
}

function experience (random, role) {
  const tiers = [['Entry level', 0, 2], ['Mid level', 2, 5], ['Senior level', 5, null]]
  return random.sample(tiers, random.int(1, 3)).map(([label, min, max]) => ({
    label,
    min_years: min,
    max_years: max,
    text: `${label}: ${max === null ? `more than ${min}` : `${min} to ${max}`} years in ${role.specialty.toLowerCase()} work.`,
    preferred_populations: random.sample(populations, random.int(0, 2)),
    preferred_settings: random.sample(role.sector.settings, random.int(0, 2))
  }))
}

const weightedMarkets = markets.flatMap((market) => Array(market.weight).fill(market))

function salaries (random, role, count) {
  const figures = new Map()
  for (let attempt = 0; attempt < count * 3 && figures.size < count; attempt++) {
    const market = random.pick(weightedMarkets)
    const hourly = hourlySectors.has(role.sector.name) && random.chance(0.4)
    const where = random.next()
    const country = where < 0.2 ? null : market.country
    const subdivision = where < 0.6 ? null : random.pick(market.subdivisions)
    const yearly = market.yearly * (0.7 + role.rank * 0.18) * (0.8 + random.next() * 0.5)
    const amount = (factor) => hourly ? Math.round(yearly * factor / 2080 * 100) / 100 : Math.round(yearly * factor / 100) * 100
    const kind = random.pick(['range', 'range', 'average', 'median'])
    const money = (value) => `${market.symbol}${value.toLocaleString('en-US')}`
    const place = subdivision ?? country
    const figure = {
      kind,
      currency: market.currency,
      period: hourly ? 'hour' : 'year',
      min: kind === 'range' ? amount(0.85) : null,
      max: kind === 'range' ? amount(1.2) : null,
      median: kind === 'median' ? amount(1) : null,
      average: kind === 'average' ? amount(1) : null,
      p10: kind === 'median' ? amount(0.7) : null,
      p25: kind === 'median' ? amount(0.85) : null,
      p75: kind === 'median' ? amount(1.15) : null,
      p90: kind === 'median' ? amount(1.35) : null,
      country,
      subdivision,
      reference_year: random.chance(0.8) ? random.int(2020, 2025) : null,
      publisher: random.chance(0.7) ? random.pick(publishers) : null,
      quote: '',
      notes: country === null ? `The document states no location; the currency comes from the ${market.symbol} sign.` : null
    }
    const value = kind === 'range' ? `${money(figure.min)} to ${money(figure.max)}` : money(figure.median ?? figure.average)
    figure.quote = `The ${kind === 'range' ? 'typical range' : kind} pay for a ${role.title} is ${value} per ${figure.period}${place === null ? '' : ` in ${place}`}.`
    figures.set(figure.quote, figure)
  }
  return [...figures.values()]
}

export function edgeFacts (random, from, to, kind) {
  const condition = random.chance(0.2) ? random.pick(['with a bachelor’s degree', 'after two years of experience', 'with licensure', 'with supervisory training']) : null
  return {
    from: from.id,
    to: to.id,
    kind,
    condition,
    section: random.pick(['Career Path', 'Advancement Opportunities', 'Related Roles']),
    quote: kind === 'advancement'
      ? `${from.title}s can advance to ${to.title} roles${condition === null ? '' : ` ${condition}`}.`
      : `${from.title}s often move sideways into ${to.title} positions.`
  }
}
