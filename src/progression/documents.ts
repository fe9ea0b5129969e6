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

export function buildProgression (role: RoleRef, { leadsTo, comesFrom }: ReturnType<typeof roleProgression>): Progression {
  return { role, leads_to: leadsTo.map(buildMove), comes_from: comesFrom.map(buildMove) }
}
