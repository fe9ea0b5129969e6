import { Type, type Static } from 'typebox'
import { entityProperties, nullable, querystring, ref, Slug, sourceIdProperty } from '../http/schema-builders.js'
import { Page, PageQuery } from '../http/pagination.js'
import { educationLevels, employmentTypes, roleDetails, roleKinds, codeSchemes, sourceCoverages } from '../db/schema.js'
import { RoleSkill } from '../skills/schemas.js'
import { RoleCertification } from '../certifications/schemas.js'
import { EducationRequirement } from '../education/schemas.js'
import { Salary } from '../salaries/schemas.js'
import { Progression } from '../progression/schemas.js'
import { OutlookStatement } from '../outlook/schemas.js'
import { RoleSchool } from '../schools/schemas.js'
import { RoleResource } from '../resources/schemas.js'
import { RoleRef } from './role-ref.js'
import { PublisherBasis } from '../sources/schemas.js'

export { RoleRef }

export const RoleDetail = Type.Enum([...roleDetails], {
  $id: 'RoleDetail',
  description: '`full`: a document describes the role in depth. `brief`: a document describes it in a paragraph. ' +
    '`mention`: documents only name it, for example in a career path; it has a title and tags but no further data.'
})

export const RoleKind = Type.Enum([...roleKinds], {
  $id: 'RoleKind',
  description: '`occupation`: a job or occupation. `family`: a group of roles a source describes as a whole (its `narrower` roles are the members); ' +
    'what the source says of the family holds for the family, and a statement such as "some roles may require" is marked so on the link.'
})

export const RoleTag = Type.Object({
  name: Type.String({ examples: ['Mental Health'] }),
  source_id: nullable(Type.String({ description: 'The document that states the tag; null for roleatlas\'s own classification.' }))
}, { $id: 'RoleTag', additionalProperties: false })

export const AlternateTitle = Type.Object({
  title: Type.String({ examples: ['TSS'] }),
  source_id: Type.String({ description: 'The document that uses this title, whether it describes the role or only mentions it. A title two documents use is listed once for each.' })
}, { $id: 'AlternateTitle', additionalProperties: false })

const roleSummaryProperties = {
  id: Slug,
  title: Type.String({ examples: ['Therapeutic Assistant'] }),
  detail: ref(RoleDetail),
  kind: ref(RoleKind),
  summary: nullable(Type.String({ description: 'The role\'s definition, from its first describing document.' })),
  alternate_titles: Type.Array(ref(AlternateTitle)),
  tags: Type.Array(ref(RoleTag)),
  broader: nullable(ref(RoleRef)),
  ...entityProperties
}

export const RoleSummary = Type.Object(roleSummaryProperties, {
  $id: 'RoleSummary',
  description: 'A role as listed: enough to show a card and link to the full document.',
  additionalProperties: false
})

export const RoleList = Page(ref(RoleSummary), 'RoleList', 'A page of roles.')

const TextFact = (id: string, description: string) => Type.Object({
  id: Type.String(),
  text: Type.String(),
  source_id: sourceIdProperty
}, { $id: id, description, additionalProperties: false })

export const RoleDescription = TextFact('RoleDescription', 'A document\'s description of the role.')
export const Benefit = TextFact('Benefit', 'A benefit a document lists for the role.')
export const OtherRequirement = TextFact('OtherRequirement', 'A requirement other than education, experience, skills or credentials, such as a background check.')

export const Responsibility = Type.Object({
  id: Type.String(),
  text: Type.String({ examples: ['Co-facilitate therapeutic and psycho-educational groups under the supervision of a licensed clinician.'] }),
  section: Type.String({ description: 'The document section it is listed in.' }),
  source_id: sourceIdProperty
}, { $id: 'Responsibility', additionalProperties: false })

export const WorkSetting = Type.Object({
  id: Slug,
  name: Type.String({ examples: ['Residential treatment centers'] }),
  source_ids: Type.Array(Type.String(), { description: 'The documents that name this setting for the role.' })
}, { $id: 'WorkSetting', additionalProperties: false })

export const EmploymentType = Type.Object({
  type: Type.Enum([...employmentTypes]),
  source_id: sourceIdProperty
}, { $id: 'EmploymentType', additionalProperties: false })

export const ReportingLine = Type.Object({
  role: ref(RoleRef),
  source_id: sourceIdProperty
}, { $id: 'ReportingLine', description: 'A role this role reports to.', additionalProperties: false })

export const ExperienceRequirement = Type.Object({
  id: Type.String(),
  label: nullable(Type.String({ description: 'The level the document attaches to this range, if any.', examples: ['Entry level'] })),
  min_years: nullable(Type.Number({ minimum: 0 })),
  min_years_exclusive: Type.Boolean({ description: 'True where the source says "more than" `min_years`: the bound itself is not included.' }),
  max_years: nullable(Type.Number({ minimum: 0 })),
  text: Type.String(),
  preferred_populations: Type.Array(Type.String(), { examples: [['adolescents', 'veterans']] }),
  preferred_settings: Type.Array(Type.String()),
  source_id: sourceIdProperty
}, { $id: 'ExperienceRequirement', additionalProperties: false })

export const OccupationCode = Type.Object({
  scheme: Type.Enum([...codeSchemes], { description: 'SOC, O*NET-SOC, ISCO-08 or ESCO.' }),
  code: Type.String(),
  label: Type.String()
}, { $id: 'OccupationCode', additionalProperties: false })

export const RoleSource = Type.Object({
  id: Type.String(),
  title: Type.String(),
  publisher: nullable(Type.String()),
  publisher_basis: nullable(ref(PublisherBasis), { description: 'How the publisher is known; null when there is none.' }),
  coverage: Type.Enum([...sourceCoverages], { description: '`describes`: the document states facts about the role. `mentions`: it only names it.' })
}, { $id: 'RoleSource', additionalProperties: false })

export const roleIncludes = ['skills', 'certifications', 'education', 'salaries', 'progression', 'outlook', 'schools', 'resources'] as const
export type RoleInclude = typeof roleIncludes[number]

export const Role = Type.Object({
  ...roleSummaryProperties,
  narrower: Type.Array(ref(RoleRef), { description: 'More specific roles: types of this role.' }),
  descriptions: Type.Array(ref(RoleDescription)),
  responsibilities: Type.Object({
    primary: Type.Array(ref(Responsibility)),
    secondary: Type.Array(ref(Responsibility))
  }, { additionalProperties: false }),
  work_settings: Type.Array(ref(WorkSetting)),
  employment_types: Type.Array(ref(EmploymentType)),
  reports_to: Type.Array(ref(ReportingLine)),
  experience: Type.Array(ref(ExperienceRequirement)),
  benefits: Type.Array(ref(Benefit)),
  other_requirements: Type.Array(ref(OtherRequirement)),
  codes: Type.Array(ref(OccupationCode), { description: 'Occupational classification codes; empty where no source gives one.' }),
  sources: Type.Array(ref(RoleSource)),
  skills: Type.Optional(Type.Array(ref(RoleSkill))),
  certifications: Type.Optional(Type.Array(ref(RoleCertification))),
  education: Type.Optional(Type.Array(ref(EducationRequirement))),
  salaries: Type.Optional(Type.Array(ref(Salary))),
  progression: Type.Optional(ref(Progression)),
  outlook: Type.Optional(Type.Array(ref(OutlookStatement), { description: 'What the sources say of the job market and the work environment.' })),
  schools: Type.Optional(Type.Array(ref(RoleSchool))),
  resources: Type.Optional(Type.Array(ref(RoleResource)))
}, {
  $id: 'Role',
  description: 'The full role document. The parts named by `include` are embedded; the rest are omitted.',
  additionalProperties: false
})
export type Role = Static<typeof Role>
export type RoleSummary = Static<typeof RoleSummary>

export const RoleParams = Type.Object({
  id: Type.String({ ...Slug, description: 'The role id.', examples: ['therapeutic-assistant'] })
})

export const roleSorts = ['title', '-title', 'updated', '-updated'] as const
export type RoleSort = typeof roleSorts[number]

export const ListRolesQuery = querystring(Type.Object({
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Full-text filter over titles, alternate titles, tags, descriptions, skills and responsibilities; words match as prefixes.' })),
  tag: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Only roles with this tag (exact, case-insensitive).', examples: ['Mental Health'] })),
  skill: Type.Optional(Type.String({ ...Slug, description: 'Only roles linked to this skill id.' })),
  certification: Type.Optional(Type.String({ ...Slug, description: 'Only roles linked to this certification or license id.' })),
  education_max: Type.Optional(Type.Enum([...educationLevels], { description: 'Only roles that some source says can be entered at or below this education level.' })),
  salary_min: Type.Optional(Type.Number({ minimum: 0, description: 'Only roles with a salary figure (in `salary_currency` per `salary_period`) whose highest stated amount is at least this.' })),
  salary_period: Type.Enum(['hour', 'year'], { default: 'year', description: 'The period `salary_min` is expressed in.' }),
  salary_currency: Type.String({ pattern: '^[A-Z]{3}$', default: 'USD', description: 'The ISO 4217 currency `salary_min` is expressed in.' }),
  location: Type.Optional(Type.String({ pattern: '^[A-Z]{2}(-[A-Z0-9]{1,3})?$', description: 'Only roles with a salary figure for this ISO 3166-1 country (e.g. `US`) or ISO 3166-2 subdivision (e.g. `US-CA`).' })),
  detail: Type.Optional(Type.Enum([...roleDetails], { description: 'Only roles at this level of detail.' })),
  kind: Type.Optional(Type.Enum([...roleKinds], { description: 'Only occupations, or only families of roles.' })),
  sort: Type.Enum([...roleSorts], { default: 'title', description: 'Sort order; a leading `-` sorts descending. `updated` sorts by `updated_at`.' }),
  ...PageQuery
}))
export type ListRolesQuery = Static<typeof ListRolesQuery>

export const GetRoleQuery = querystring(Type.Object({
  include: Type.Optional(Type.Array(Type.Enum([...roleIncludes, 'none']), {
    description: 'JSON only: the parts to embed, as a comma-separated list or a repeated parameter. Default: all of them. `none` embeds none.',
    examples: [['skills', 'salaries']]
  })),
  location: Type.Optional(Type.String({
    pattern: '^[A-Z]{2}(-[A-Z0-9]{1,3})?$',
    description: 'JSON-LD only: keep the salary figures for this ISO 3166-1 country (`US`) or ISO 3166-2 subdivision (`US-CA`), ' +
      'so that a page about one place embeds only its figures. A place with no figures gets the document without `estimatedSalary`.',
    examples: ['US-CA']
  }))
}))

export const roleSchemas = [
  RoleDetail, RoleKind, RoleTag, AlternateTitle, RoleSummary, RoleList, RoleDescription, Benefit, OtherRequirement,
  Responsibility, WorkSetting, EmploymentType, ReportingLine, ExperienceRequirement, OccupationCode, RoleSource, Role
]
