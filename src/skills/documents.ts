import type { SkillRow } from '../db/schema.js'
import type { roleSkills, skillAliasesFor, skillRoleLinksFor } from './queries.js'
import type { Skill } from './schemas.js'
import type { Static } from 'typebox'
import type { RoleSkill } from './schemas.js'

export function buildRoleSkill ({ link, skill }: ReturnType<typeof roleSkills>[number]): Static<typeof RoleSkill> {
  return {
    id: link.id,
    skill,
    importance: link.importance,
    wording: link.wording,
    section: link.section,
    source_id: link.sourceId
  }
}

export function buildSkills (
  rows: SkillRow[],
  aliases: ReturnType<typeof skillAliasesFor>,
  links: ReturnType<typeof skillRoleLinksFor>
): Skill[] {
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    category: row.category,
    description: row.description,
    names: aliases.filter((alias) => alias.skillId === row.id).map(({ alias, kind, sourceId }) => ({ name: alias, kind, source_id: sourceId })),
    roles: links.filter((link) => link.skillId === row.id).map((link) => ({
      role: link.role,
      importance: link.importance,
      wording: link.wording,
      source_id: link.sourceId
    })),
    version: row.version,
    created_at: row.createdAt,
    updated_at: row.updatedAt
  }))
}
