/**
 * The mini program loads the short-lived URL the functions handed out; the user's own uploads also
 * load as cloud:// fileIDs, which the storage rule lets only their uploader read.
 */
export function fileUrl(fileID: string, urls?: Record<string, string>): string {
  return urls?.[fileID] ?? fileID
}
