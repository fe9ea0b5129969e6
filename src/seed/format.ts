import { Type, type Static } from 'typebox'
import {
  alternativeKinds, certificationKinds, codeSchemes, edgeKinds, educationLevels, employmentTypes, importances, linkBases, nameKinds,
  outlookKinds, publishedOnBases, publisherBases, qualifiers, resourceKinds, responsibilityKinds, roleDetails, roleKinds, salaryKinds,
  salaryPeriods, skillKinds
} from '../db/schema.js'

// The version of the document file format: files of another version are refused, not guessed at.
// 2 added qualifiers, open alternatives and link bases on credentials, entry routes, role kinds,
// exclusive minimum years and related fields of study; 3 moved every name into the document that
// states it (the names section) and added how a source's publisher and date are known; 4 added the
// job outlook, and the schools and resources a document ties to a role.
export const SEED_FORMAT_VERSION = 4

// The shape of the files under seed/. Every fact carries the document it came from:
// catalogue files define shared entities, document files state what one source says.

const Slug = Type.String({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 100 })
const Text = Type.String({ minLength: 1 })
const NullableText = Type.Union([Text, Type.Null()])

export const EducationLevel = Type.Enum([...educationLevels])

export const RoleDetail = Type.Enum([...roleDetails])
export const RoleKind = Type.Enum([...roleKinds])
export const SkillKind = Type.Enum([...skillKinds])
export const CertificationKind = Type.Enum([...certificationKinds])
export const Importance = Type.Enum([...importances])
export const ResponsibilityKind = Type.Enum([...responsibilityKinds])
export const EdgeKind = Type.Enum([...edgeKinds])
export const SalaryKind = Type.Enum([...salaryKinds])
export const SalaryPeriod = Type.Enum([...salaryPeriods])
export const EmploymentType = Type.Enum([...employmentTypes])
export const CodeScheme = Type.Enum([...codeSchemes])
export const NameKind = Type.Enum([...nameKinds])
export const OutlookKind = Type.Enum([...outlookKinds])
export const ResourceKind = Type.Enum([...resourceKinds])

const Amount = Type.Union([Type.Number({ minimum: 0 }), Type.Null()])
const Percent = Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()])
const Country = Type.Union([Type.String({ pattern: '^[A-Z]{2}$' }), Type.Null()])
const Subdivision = Type.Union([Type.String({ pattern: '^[A-Z]{2}-[A-Z0-9]{1,3}$' }), Type.Null()])

// seed/catalog/roles.json
export const SeedRole = Type.Object({
  id: Slug,
  title: Text,
  detail: RoleDetail,
  kind: Type.Optional(RoleKind),
  // Curated classification; tags a document states itself go in that document's file.
  tags: Type.Array(Text),
  broader: Type.Union([Slug, Type.Null()]),
  codes: Type.Array(Type.Object({ scheme: CodeScheme, code: Text, label: Text }, { additionalProperties: false }))
}, { additionalProperties: false })

// seed/catalog/skills.json
export const SeedSkill = Type.Object({
  id: Slug,
  name: Text,
  kind: SkillKind,
  category: NullableText,
  description: NullableText
}, { additionalProperties: false })

// seed/catalog/certifications.json
export const SeedCertification = Type.Object({
  id: Slug,
  name: Text,
  kind: CertificationKind,
  issuing_body: NullableText,
  description: NullableText,
  // Certifications another source names differently (kept apart, related both ways).
  related: Type.Optional(Type.Array(Slug))
}, { additionalProperties: false })

// seed/catalog/fields-of-study.json and seed/catalog/work-settings.json
export const SeedNamedEntity = Type.Object({ id: Slug, name: Text }, { additionalProperties: false })

// seed/catalog/training-programs.json
export const SeedTrainingProgram = Type.Object({
  id: Slug,
  name: Text,
  description: NullableText,
  source: Text
}, { additionalProperties: false })

// seed/catalog/schools.json: a school with the figures its source gives (null where it says N/A).
export const SeedSchool = Type.Object({
  id: Slug,
  name: Text,
  city: NullableText,
  state: NullableText,
  source: Text,
  section: Text,
  tuition_currency: Type.String({ pattern: '^[A-Z]{3}$' }),
  in_state_tuition: Amount,
  out_of_state_tuition: Amount,
  admission_rate_percent: Percent,
  graduation_rate_percent: Percent,
  enrollment: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])
}, { additionalProperties: false })

// seed/catalog/resources.json: website and description as the source gives them.
export const SeedResource = Type.Object({
  id: Slug,
  name: Text,
  abbreviation: NullableText,
  kind: ResourceKind,
  website: NullableText,
  description: NullableText,
  source: Text,
  section: Text
}, { additionalProperties: false })

const SeedRoleFacts = Type.Object({
  role: Slug,
  summary: Type.Optional(Text),
  tags: Type.Optional(Type.Array(Text)),
  alternate_titles: Type.Optional(Type.Array(Text)),
  employment_types: Type.Optional(Type.Array(EmploymentType)),
  reports_to: Type.Optional(Type.Array(Slug)),
  work_settings: Type.Optional(Type.Array(Slug)),
  responsibilities: Type.Optional(Type.Array(Type.Object({
    kind: ResponsibilityKind,
    section: Text,
    text: Text
  }, { additionalProperties: false }))),
  skills: Type.Optional(Type.Array(Type.Object({
    skill: Slug,
    importance: Importance,
    section: Text,
    wording: Text
  }, { additionalProperties: false }))),
  certifications: Type.Optional(Type.Array(Type.Object({
    certification: Slug,
    importance: Importance,
    // Links sharing a group are alternatives: any one of them satisfies the requirement.
    alternative_group: NullableText,
    // Given exactly when alternative_group is: closed (one of these) or open (any of the kind
    // the label names; these are the source's examples).
    alternatives: Type.Optional(Type.Enum([...alternativeKinds])),
    alternatives_label: Type.Optional(Text),
    qualifier: Type.Optional(Type.Enum([...qualifiers])),
    basis: Type.Optional(Type.Enum([...linkBases])),
    section: Text,
    wording: Text
  }, { additionalProperties: false }))),
  education: Type.Optional(Type.Object({
    minimum_level: Type.Union([EducationLevel, Type.Null()]),
    minimum_text: NullableText,
    preferred_levels: Type.Array(EducationLevel),
    preferred_text: NullableText,
    fields_of_study: Type.Array(Slug),
    related_fields: Type.Optional(Text),
    training_programs: Type.Array(Slug),
    notes: NullableText
  }, { additionalProperties: false })),
  experience: Type.Optional(Type.Array(Type.Object({
    label: NullableText,
    min_years: Type.Union([Type.Number({ minimum: 0 }), Type.Null()]),
    min_years_exclusive: Type.Optional(Type.Boolean()),
    max_years: Type.Union([Type.Number({ minimum: 0 }), Type.Null()]),
    text: Text,
    preferred_populations: Type.Array(Text),
    preferred_settings: Type.Array(Text)
  }, { additionalProperties: false }))),
  salaries: Type.Optional(Type.Array(Type.Object({
    kind: SalaryKind,
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
    period: SalaryPeriod,
    min: Amount,
    max: Amount,
    median: Amount,
    average: Amount,
    p10: Amount,
    p25: Amount,
    p75: Amount,
    p90: Amount,
    country: Country,
    subdivision: Subdivision,
    reference_year: Type.Union([Type.Integer({ minimum: 1900, maximum: 2100 }), Type.Null()]),
    publisher: NullableText,
    quote: Text,
    notes: NullableText
  }, { additionalProperties: false }))),
  benefits: Type.Optional(Type.Array(Text)),
  requirements: Type.Optional(Type.Array(Text)),
  entry_routes: Type.Optional(Type.Array(Type.Object({
    background: Text,
    education_level: Type.Union([EducationLevel, Type.Null()]),
    fields_of_study: Type.Array(Slug),
    related_fields: NullableText,
    section: Text,
    quote: Text
  }, { additionalProperties: false }))),
  outlook: Type.Optional(Type.Array(Type.Object({
    kind: OutlookKind,
    section: Text,
    label: NullableText,
    text: Text,
    attribution: NullableText,
    place: NullableText,
    country: Country,
    subdivision: Subdivision
  }, { additionalProperties: false }))),
  // Schools and resources the document ties to the role, under the heading it lists them.
  schools: Type.Optional(Type.Array(Type.Object({ school: Slug, section: Text }, { additionalProperties: false }))),
  resources: Type.Optional(Type.Array(Type.Object({ resource: Slug, section: Text }, { additionalProperties: false })))
}, { additionalProperties: false })

// Other names a document uses for a role, skill or certification. Naming a role here does not
// make the document describe it: a role the document does not describe is recorded as mentioned.
const SeedNames = Type.Object({
  roles: Type.Optional(Type.Array(Type.Object({ role: Slug, title: Text }, { additionalProperties: false }))),
  skills: Type.Optional(Type.Array(Type.Object({ skill: Slug, name: Text, kind: NameKind }, { additionalProperties: false }))),
  certifications: Type.Optional(Type.Array(Type.Object({ certification: Slug, name: Text, kind: NameKind }, { additionalProperties: false })))
}, { additionalProperties: false })

// seed/documents/<document id>.json: what one source document states.
export const SeedDocument = Type.Object({
  format_version: Type.Literal(SEED_FORMAT_VERSION),
  source: Type.Object({
    id: Text,
    title: Text,
    publisher: NullableText,
    // How the publisher and the date are known; null exactly when they are.
    publisher_basis: Type.Union([Type.Enum([...publisherBases]), Type.Null()]),
    author: NullableText,
    published_on: Type.Union([Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }), Type.Null()]),
    published_on_basis: Type.Union([Type.Enum([...publishedOnBases]), Type.Null()]),
    description: Text
  }, { additionalProperties: false }),
  roles: Type.Array(SeedRoleFacts),
  names: Type.Optional(SeedNames),
  progression: Type.Array(Type.Object({
    from: Slug,
    to: Slug,
    kind: EdgeKind,
    condition: NullableText,
    section: Text,
    quote: Text
  }, { additionalProperties: false }))
}, { additionalProperties: false })

export type SeedRole = Static<typeof SeedRole>
export type SeedSkill = Static<typeof SeedSkill>
export type SeedCertification = Static<typeof SeedCertification>
export type SeedNamedEntity = Static<typeof SeedNamedEntity>
export type SeedTrainingProgram = Static<typeof SeedTrainingProgram>
export type SeedSchool = Static<typeof SeedSchool>
export type SeedResource = Static<typeof SeedResource>
export type SeedDocument = Static<typeof SeedDocument>
export type SeedRoleFacts = SeedDocument['roles'][number]

/** Everything a seed folder holds: the catalogues and the documents. */
export interface SeedData {
  roles: SeedRole[]
  skills: SeedSkill[]
  certifications: SeedCertification[]
  fieldsOfStudy: SeedNamedEntity[]
  workSettings: SeedNamedEntity[]
  trainingPrograms: SeedTrainingProgram[]
  schools: SeedSchool[]
  resources: SeedResource[]
  documents: SeedDocument[]
}
