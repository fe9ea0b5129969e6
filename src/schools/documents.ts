import type { Static } from 'typebox'
import type { SchoolRow } from '../db/schema.js'
import type { roleSchools, schoolRoleLinksFor } from './queries.js'
import type { RoleSchool, School, SchoolSummary } from './schemas.js'

function buildSchoolSummary (row: SchoolRow): Static<typeof SchoolSummary> {
  return {
    id: row.id,
    name: row.name,
    city: row.city,
    state: row.state,
    tuition_currency: row.tuitionCurrency,
    in_state_tuition: row.inStateTuition,
    out_of_state_tuition: row.outOfStateTuition,
    admission_rate_percent: row.admissionRatePercent,
    graduation_rate_percent: row.graduationRatePercent,
    enrollment: row.enrollment,
    section: row.section,
    source_id: row.sourceId
  }
}

export function buildRoleSchool ({ school, section, sourceId }: ReturnType<typeof roleSchools>[number]): Static<typeof RoleSchool> {
  return { school: buildSchoolSummary(school), section, source_id: sourceId }
}

export function buildSchools (rows: SchoolRow[], links: ReturnType<typeof schoolRoleLinksFor>): School[] {
  return rows.map((row) => ({
    ...buildSchoolSummary(row),
    roles: links.filter((link) => link.schoolId === row.id)
      .map(({ role, section, sourceId }) => ({ role, section, source_id: sourceId })),
    version: row.version,
    created_at: row.createdAt,
    updated_at: row.updatedAt
  }))
}
