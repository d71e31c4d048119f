/** The mini program's <Image> and previewImage load cloud:// fileIDs directly. */
export function fileUrl(fileID: string): string {
  return fileID
}
