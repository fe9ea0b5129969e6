import type { roleEducation } from './queries.js'
import type { EducationRequirement } from './schemas.js'

export function buildEducationRequirements ({ requirements, fields, programs }: ReturnType<typeof roleEducation>): EducationRequirement[] {
  return requirements.map((requirement) => ({
    id: requirement.id,
    minimum_level: requirement.minimumLevel,
    minimum_text: requirement.minimumText,
    preferred_levels: requirement.preferredLevels,
    preferred_text: requirement.preferredText,
    fields_of_study: fields.filter((field) => field.requirementId === requirement.id).map(({ id, name }) => ({ id, name })),
    related_fields: requirement.relatedFields,
    training_programs: programs.filter((program) => program.requirementId === requirement.id)
      .map(({ id, name, description }) => ({ id, name, description })),
    notes: requirement.notes,
    source_id: requirement.sourceId
  }))
}
