import { AppError } from '../../src/core/errors'
import type { Scope } from '../../src/core/rollups'
import type { NamedScope } from '../../src/core/stats-types'
import type { CallContext } from '../_shared/context'

const forbidden = () => new AppError('AUTH.FORBIDDEN', 'outside your scope')

/**
 * The scope a caller asks for, checked against their role (SPEC §11): a secretary their township
 * (or one of its villages), a liaison their unit, county staff their county or anything inside it.
 * Without a scope: the caller's own. Anything else is AUTH.FORBIDDEN.
 */
export async function resolveScope(ctx: CallContext, asked: Scope | undefined): Promise<NamedScope> {
  const { actor } = ctx
  const own = ownScope(ctx)
  const scope = asked ?? own
  if (scope.type === own.type) {
    if (scope.id !== own.id) throw forbidden()
  } else if (!(await inside(ctx, scope, own))) {
    throw forbidden()
  }
  if (!actor.active) throw forbidden()
  return { ...scope, name: await nameOf(ctx, scope) }
}

function ownScope({ actor }: CallContext): Scope {
  if (actor.role === 'secretary' && actor.townshipId) return { type: 'township', id: actor.townshipId }
  if (actor.role === 'liaison' && actor.unitId) return { type: 'unit', id: actor.unitId }
  if (actor.role === 'county' && actor.countyId) return { type: 'county', id: actor.countyId }
  throw new AppError('AUTH.FORBIDDEN', `role ${actor.role} has no statistics`)
}

async function inside(ctx: CallContext, scope: Scope, own: Scope): Promise<boolean> {
  if (own.type === 'county') {
    if (scope.type === 'unit') return (await ctx.org.unit(scope.id))?.countyId === own.id
    if (scope.type === 'township') return (await ctx.org.region(scope.id))?.parentId === own.id
    if (scope.type === 'village') {
      const township = await ctx.org.region((await ctx.org.region(scope.id))?.parentId ?? '')
      return township?.parentId === own.id
    }
  }
  if (own.type === 'township' && scope.type === 'village') return (await ctx.org.region(scope.id))?.parentId === own.id
  return false
}

async function nameOf(ctx: CallContext, scope: Scope): Promise<string> {
  const found = scope.type === 'unit' ? await ctx.org.unit(scope.id) : await ctx.org.region(scope.id)
  return found?.name ?? scope.id
}

/** Names of units or regions by id, for breakdown rows (ids not found keep the id). */
export async function namesOf(ctx: CallContext, kind: 'unit' | 'region', ids: string[]): Promise<Map<string, string>> {
  const found = await Promise.all(ids.map((id) => (kind === 'unit' ? ctx.org.unit(id) : ctx.org.region(id))))
  return new Map(ids.map((id, i) => [id, found[i]?.name ?? id]))
}
