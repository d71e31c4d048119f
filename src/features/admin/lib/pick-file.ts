/** Picks an .xlsx or .csv and uploads it; Taro picks `pick-file.weapp.ts` or `pick-file.h5.ts`. */
import type { PickedFile } from '../api/ports'

export declare function pickOrgFile(): Promise<PickedFile | null>
