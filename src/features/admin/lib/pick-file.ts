/** Picks an .xlsx or .csv and uploads it; Taro picks `pick-file.weapp.ts` or `pick-file.h5.ts`. */
import type { PickedFile } from '../api/ports'

export declare function pickOrgFile(): Promise<PickedFile | null>

/** An ASCII cloud path (the functions accept only such fileIDs) that keeps the extension. */
export function importCloudPath(name: string, now = Date.now()): string {
  const ext = /\.(xlsx|csv)$/i.exec(name)?.[0].toLowerCase() ?? '.xlsx'
  return `imports/${new Date(now).toISOString().slice(0, 10)}/${now.toString(36)}${Math.random().toString(36).slice(2, 6)}${ext}`
}
