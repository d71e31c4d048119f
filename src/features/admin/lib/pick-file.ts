/** Picks an .xlsx or .csv and uploads it. This file is the default (H5 and tests); `pick-file.weapp.ts` is the mini program's. */
import type { PickedFile } from '../api/ports'
import { useSession } from '@/services/session'

/** A hidden file input; the chosen file goes to the local runtime's upload endpoint, into the admin's own folder (SPEC §9). */
export function pickOrgFile(): Promise<PickedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.xlsx,.csv'
    input.style.display = 'none'
    input.onchange = async () => {
      const file = input.files?.[0]
      input.remove()
      if (!file) return resolve(null)
      try {
        const res = await fetch(`/__cloud/upload?name=${encodeURIComponent(/\.csv$/i.test(file.name) ? 'import.csv' : 'import.xlsx')}`, {
          method: 'POST',
          headers: { 'content-type': 'application/octet-stream', 'x-openid': useSession.getState().openid ?? '' },
          body: file,
        })
        const body = (await res.json().catch(() => null)) as { fileID?: string } | null
        if (!res.ok || !body?.fileID) throw new Error(`upload answered ${res.status}`)
        resolve({ fileID: body.fileID, name: file.name })
      } catch (e) {
        reject(e)
      }
    }
    document.body.appendChild(input)
    input.click()
  })
}
