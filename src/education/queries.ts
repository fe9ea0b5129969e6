import { asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import * as t from '../db/schema.js'
import { preparedFor } from '../db/prepared.js'

const roleId = sql.placeholder('roleId')
const requirementsOfRole = sql`(SELECT ${t.educationRequirements.id} FROM ${t.educationRequirements} WHERE ${t.educationRequirements.roleId} = ${roleId})`

const educationQueries = preparedFor((db) => ({
  requirements: db.select().from(t.educationRequirements)
    .where(eq(t.educationRequirements.roleId, roleId)).orderBy(asc(t.educationRequirements.sourceId)).prepare(),
  fields: db.select({ requirementId: t.educationRequirementFields.requirementId, id: t.fieldsOfStudy.id, name: t.fieldsOfStudy.name })
    .from(t.educationRequirementFields).innerJoin(t.fieldsOfStudy, eq(t.fieldsOfStudy.id, t.educationRequirementFields.fieldOfStudyId))
    .where(sql`${t.educationRequirementFields.requirementId} IN ${requirementsOfRole}`)
    .orderBy(asc(t.educationRequirementFields.position)).prepare(),
  programs: db.select({
    requirementId: t.educationRequirementPrograms.requirementId,
    id: t.trainingPrograms.id,
    name: t.trainingPrograms.name,
    description: t.trainingPrograms.description
  }).from(t.educationRequirementPrograms).innerJoin(t.trainingPrograms, eq(t.trainingPrograms.id, t.educationRequirementPrograms.trainingProgramId))
    .where(sql`${t.educationRequirementPrograms.requirementId} IN ${requirementsOfRole}`)
    .orderBy(asc(t.educationRequirementPrograms.position)).prepare()
}))

/** One role's education requirements, one per source, with fields of study and programs. */
export function roleEducation (db: Db, id: string) {
  const queries = educationQueries(db)
  const params = { roleId: id }
  return { requirements: queries.requirements.all(params), fields: queries.fields.all(params), programs: queries.programs.all(params) }
}
