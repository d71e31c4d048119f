/**
 * The address an <Image> can load a cloud fileID from. Web (and tests): the local runtime serves
 * stored files; `file-url.weapp.ts` hands the fileID over as is (the mini program loads cloud://).
 */
export function fileUrl(fileID: string): string {
  if (!fileID.startsWith('cloud://')) return fileID
  return `/__cloud/file/${encodeURIComponent(fileID)}`
}
