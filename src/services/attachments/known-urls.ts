/**
 * Files are private (SPEC §8): an <Image> loads one only from a short-lived URL the functions (or,
 * for a fresh upload on H5, the upload itself) handed out. This keeps the URLs of the photos this
 * user just uploaded, so a form can show them before any request refers to them.
 */
const known = new Map<string, string>()

export function rememberFileUrl(fileID: string, url: string): void {
  if (url) known.set(fileID, url)
}

export function knownFileUrl(fileID: string): string | undefined {
  return known.get(fileID)
}
