// The values of the text enums; Drizzle checks them in TypeScript, the API schemas in requests.
export const educationLevels = [
  'none',
  'high_school',
  'postsecondary_certificate',
  'associate',
  'bachelor',
  'master',
  'doctorate'
] as const
export type EducationLevel = typeof educationLevels[number]

export const roleDetails = ['full', 'brief', 'mention'] as const
// occupation: a job or occupation; family: a group of roles that a source describes as a whole
// ("types of therapeutic support staff"), whose statements hold for some of its members.
export const roleKinds = ['occupation', 'family'] as const
export const skillKinds = ['hard', 'soft', 'tool'] as const
export const certificationKinds = ['certification', 'license'] as const
// required: the source says the role needs it; preferred: the source prefers or recommends it for
// the role's holders; listed: the source names it with the role (as used in the work, or as
// something to train in) without saying whether an employer requires or prefers it.
export const importances = ['required', 'preferred', 'listed'] as const
// none: stated for the role without qualification; often: "often required"; some_positions:
// "some positions may require".
export const qualifiers = ['none', 'often', 'some_positions'] as const
// closed: exactly one of the linked credentials; open: any credential of the kind the label names,
// of which the linked ones are the source's examples ("e.g.", "such as").
export const alternativeKinds = ['closed', 'open'] as const
// stated: the source links them; matched_by_name: the source names a credential for a family of
// roles and the credential's name names this member role (Certified Peer Specialist, Peer Support Specialist).
export const linkBases = ['stated', 'matched_by_name'] as const
export const certificationRelationKinds = ['related'] as const
export const responsibilityKinds = ['primary', 'secondary'] as const
export const edgeKinds = ['advancement', 'lateral'] as const
export const salaryKinds = ['range', 'average', 'median'] as const
export const salaryPeriods = ['hour', 'year'] as const
export const employmentTypes = ['full_time', 'part_time', 'contract', 'temporary', 'internship', 'per_diem'] as const
export const codeSchemes = ['SOC', 'ONET_SOC', 'ISCO_08', 'ESCO'] as const
export const sourceCoverages = ['describes', 'mentions'] as const
// How a source's date or publisher is known: `stated` by the document as its publication date or
// publisher; `last_updated`, the date the document gives as its last update; inferred from the
// document's title (a year in it) or from the author's bio (the organisation the author founded).
export const publishedOnBases = ['stated', 'last_updated', 'inferred_from_title'] as const
export const publisherBases = ['stated', 'inferred_from_author_bio'] as const
// An alias is another name or wording for the entity; an abbreviation is its initials or short form.
export const nameKinds = ['alias', 'abbreviation'] as const
