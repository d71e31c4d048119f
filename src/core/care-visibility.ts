/**
 * Who sees what of check-ins and care tasks (SPEC §4 last bullet, §11). Answers and notes: the
 * cadre, and the liaison working that cadre's open task. Talk summaries: that liaison. Secretaries:
 * tasks of their township with name, reasons and status. County: counts only.
 */
import type { CareTask, CareTaskView } from './care-types'
import type { User } from './types'

/** Whether the viewer may see the task at all (list or get); county and admin never do. */
export function canSeeCareTask(viewer: User, task: CareTask): boolean {
  switch (viewer.role) {
    case 'liaison':
      return !!viewer.unitId && viewer.unitId === task.homeUnitId
    case 'secretary':
      return !!viewer.townshipId && viewer.townshipId === task.townshipId
    case 'cadre':
    case 'county':
    case 'admin':
      return false
    default: {
      const _: never = viewer.role
      return _
    }
  }
}

/** The liaison working the task. */
export function worksTask(viewer: User, task: CareTask): boolean {
  return viewer.role === 'liaison' && !!task.assigneeId && task.assigneeId === viewer.id
}

/** Check-in answers and notes of the task's cadre: only while the task is open, only to its liaison. */
export function mayReadCheckins(viewer: User, task: CareTask): boolean {
  return task.status === 'open' && worksTask(viewer, task)
}

/** The task without the talk summary unless the viewer works it. */
export function presentTask(viewer: User, task: CareTask): CareTaskView {
  if (worksTask(viewer, task) || !task.talk) return task
  const { summary: _summary, ...talk } = task.talk
  return { ...task, talk }
}

/** The database filter of the care tasks a role lists; null = the role may not list them. */
export function careListFilter(viewer: User): Record<string, string> | null {
  if (viewer.role === 'liaison' && viewer.unitId) return { homeUnitId: viewer.unitId }
  if (viewer.role === 'secretary' && viewer.townshipId) return { townshipId: viewer.townshipId }
  return null
}
