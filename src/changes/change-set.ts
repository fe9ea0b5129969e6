import type { DependencyKind } from '../db/schema.js'

/**
 * What one write transaction changed, recorded by the write functions as they go, so that the
 * end of the transaction can rebuild exactly the role documents that show it.
 */
export class ChangeSet {
  /** Roles whose own facts changed: their documents are rebuilt. */
  readonly roles = new Set<string>()
  /** Entities that role documents embed: the documents that embed them are rebuilt. */
  readonly embedded = new Map<DependencyKind, Set<string>>()

  /** A role's own row changed (title, detail, broader role): its document, and those that show it. */
  role (id: string): void {
    this.roles.add(id)
    this.entity('role', id)
  }

  /** A fact that belongs to the role (a salary, a skill link, a career move) changed. */
  roleFacts (id: string): void {
    this.roles.add(id)
  }

  /** A catalogue entry (skill, certification, source…) changed: documents that embed it change. */
  entity (kind: DependencyKind, id: string): void {
    let ids = this.embedded.get(kind)
    if (ids === undefined) {
      ids = new Set()
      this.embedded.set(kind, ids)
    }
    ids.add(id)
  }

  get isEmpty (): boolean {
    return this.roles.size === 0 && this.embedded.size === 0
  }
}
