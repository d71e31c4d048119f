/**
 * Where the admin's upload goes: their own folder `users/<userId>/` (the functions accept only
 * the caller's own uploads), an ASCII name that keeps the extension.
 */
export function importCloudPath(userId: string, name: string, now = Date.now()): string {
  const ext = /\.(xlsx|csv)$/i.exec(name)?.[0].toLowerCase() ?? '.xlsx'
  return `users/${userId}/import-${now.toString(36)}${Math.random().toString(36).slice(2, 6)}${ext}`
}
