import { toIso } from '@/core/time'

/** `2026-10-08 10:00`, in Asia/Shanghai whatever the phone's zone; `—` when absent. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  try {
    const local = toIso(iso)
    return `${local.slice(0, 10)} ${local.slice(11, 16)}`
  } catch {
    return '—'
  }
}
