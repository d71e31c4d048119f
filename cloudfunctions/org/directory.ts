import type { OrgDirectory } from '../../src/core/contract'
import type { User } from '../../src/core/types'
import type { CallContext } from '../_shared/context'
import { readAll } from '../_shared/repos/docs'

/**
 * Names for the ids requests carry, within the caller's county: its backing units, its staff and
 * (for staff) its cadres. Cadres see no other cadre's name. People are found the way SPEC §2 ties
 * them to the county: liaisons by unit, secretaries by township, cadres by village.
 */
export async function directory(ctx: CallContext): Promise<OrgDirectory> {
  const self = { id: ctx.actor.id, name: ctx.actor.name, role: ctx.actor.role }
  const countyId = await countyOf(ctx)
  if (!countyId) return { units: [], people: [self] }
  const _ = ctx.db.command
  const [units, townships] = await Promise.all([
    readAll(ctx.db, 'units', { countyId }, { name: true }),
    readAll(ctx.db, 'regions', { level: 'township', parentId: countyId }, { _id: true }),
  ])
  const townshipIds = townships.map((t) => t._id)
  const groups: Array<Record<string, unknown>> = [
    { role: 'liaison', unitId: _.in(units.map((u) => u._id)) },
    { role: 'secretary', townshipId: _.in(townshipIds) },
    { role: 'county', countyId },
  ]
  let villages: Array<Record<string, unknown>> = []
  if (ctx.actor.role !== 'cadre') {
    villages = await readAll(ctx.db, 'regions', { level: 'village', parentId: _.in(townshipIds) }, { name: true, parentId: true })
    groups.push({ role: 'cadre', villageId: _.in(villages.map((v) => v._id)) })
  }
  const found = (await Promise.all(groups.map((g) => ctx.users.activeNames(g)))).flat()
  // Pickers show who would sign for a dispatch; a unit with no active liaison is refused (issue 13).
  const liaisonsOf = (unitId: unknown) => found.filter((p) => p.role === 'liaison' && p.unitId === unitId).map((p) => p.id)
  return {
    units: units.map((u) => ({ id: String(u._id), name: String(u.name), liaisons: liaisonsOf(u._id) })),
    ...(ctx.actor.role !== 'cadre'
      ? { villages: villages.map((v) => ({ id: String(v._id), name: String(v.name), townshipId: String(v.parentId) })) }
      : {}),
    people: [self, ...found.filter((p) => p.id !== self.id).map((p) => ({ id: p.id, name: p.name, role: p.role }))],
  }
}

/** The county a user belongs to, from the record or through their unit, village or township. */
async function countyOf(ctx: CallContext): Promise<string | null> {
  const user: User = ctx.actor
  if (user.countyId) return user.countyId
  if (user.unitId) return (await ctx.org.unit(user.unitId))?.countyId ?? null
  let regionId = user.townshipId ?? user.villageId ?? null
  for (let depth = 0; regionId && depth < 3; depth++) {
    const region = await ctx.org.region(regionId)
    if (!region) return null
    if (region.level === 'county') return region.id
    regionId = region.parentId
  }
  return null
}
