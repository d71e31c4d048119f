/** An ASCII cloud path for an uploaded import file (the functions accept only such fileIDs), keeping the extension. */
export function importCloudPath(name: string, now = Date.now()): string {
  const ext = /\.(xlsx|csv)$/i.exec(name)?.[0].toLowerCase() ?? '.xlsx'
  return `imports/${new Date(now).toISOString().slice(0, 10)}/${now.toString(36)}${Math.random().toString(36).slice(2, 6)}${ext}`
}
