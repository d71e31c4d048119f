import { chooseImage, hideLoading, showLoading, showToast } from '@tarojs/taro'
import { uploadFile } from './upload-file'

const extension = (path: string) => /\.(jpe?g|png|gif|webp)$/i.exec(path)?.[0] ?? '.jpg'
const uniqueName = (path: string) => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}${extension(path)}`

/**
 * Lets the user take or choose up to `max` photos (compressed: village networks are weak) and
 * uploads them; answers the fileIDs that made it. The form keeps fileIDs, so a draft survives a restart.
 */
export async function pickPhotos(max: number): Promise<string[]> {
  if (max <= 0) return []
  let paths: string[]
  let names: string[]
  try {
    const res = await chooseImage({ count: max, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    paths = res.tempFilePaths.slice(0, max)
    // web: blob: paths carry no extension; the picked file's own name does
    names = paths.map((p, i) => uniqueName((res.tempFiles[i] as { originalFileObj?: { name?: string } } | undefined)?.originalFileObj?.name ?? p))
  } catch {
    return [] // cancelled
  }
  // awaited: a fast upload must not hide the loading before it has shown (it would then stay)
  await showLoading({ title: '正在上传照片', mask: true }).catch(() => {})
  const results = await Promise.allSettled(paths.map((p, i) => uploadFile(p, names[i])))
  hideLoading()
  const fileIDs = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
  if (fileIDs.length < paths.length) void showToast({ title: `${paths.length - fileIDs.length} 张照片上传失败，请重试`, icon: 'none' })
  return fileIDs
}
