import type { RoleRef } from '../roles/role-ref.js'
import type { roleProgression } from './queries.js'
import type { Progression } from './schemas.js'

type Move = ReturnType<typeof roleProgression>['leadsTo'][number]

function buildMove ({ edge, role }: Move): Progression['leads_to'][number] {
  return {
    id: edge.id,
    kind: edge.kind,
    role,
    condition: edge.condition,
    section: edge.section,
    quote: edge.quote,
    source_id: edge.sourceId
  }
}

export function buildProgression (role: RoleRef, progression: ReturnType<typeof roleProgression>): Progression {
  const { leadsTo, comesFrom, entryRoutes, entryRouteFields } = progression
  return {
    role,
    leads_to: leadsTo.map(buildMove),
    comes_from: comesFrom.map(buildMove),
    entry_routes: entryRoutes.map((route) => ({
      id: route.id,
      background: route.background,
      education_level: route.educationLevel,
      fields_of_study: entryRouteFields.filter((field) => field.entryRouteId === route.id).map(({ id, name }) => ({ id, name })),
      related_fields: route.relatedFields,
      section: route.section,
      quote: route.quote,
      source_id: route.sourceId
    }))
  }
}
