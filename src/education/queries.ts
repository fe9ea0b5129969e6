import { asc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import * as t from '../db/schema.js'

/** One role's education requirements, one per source, with fields of study and programs. */
export function roleEducation (db: Db, roleId: string) {
  const requirements = db.select().from(t.educationRequirements)
    .where(eq(t.educationRequirements.roleId, roleId)).orderBy(asc(t.educationRequirements.sourceId)).all()
  const ids = requirements.map((requirement) => requirement.id)
  const fields = db.select({ requirementId: t.educationRequirementFields.requirementId, id: t.fieldsOfStudy.id, name: t.fieldsOfStudy.name })
    .from(t.educationRequirementFields).innerJoin(t.fieldsOfStudy, eq(t.fieldsOfStudy.id, t.educationRequirementFields.fieldOfStudyId))
    .where(inArray(t.educationRequirementFields.requirementId, ids)).orderBy(asc(t.educationRequirementFields.position)).all()
  const programs = db.select({
    requirementId: t.educationRequirementPrograms.requirementId,
    id: t.trainingPrograms.id,
    name: t.trainingPrograms.name,
    description: t.trainingPrograms.description
  }).from(t.educationRequirementPrograms).innerJoin(t.trainingPrograms, eq(t.trainingPrograms.id, t.educationRequirementPrograms.trainingProgramId))
    .where(inArray(t.educationRequirementPrograms.requirementId, ids)).orderBy(asc(t.educationRequirementPrograms.position)).all()
  return { requirements, fields, programs }
}
