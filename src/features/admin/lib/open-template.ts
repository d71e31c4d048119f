/** Opens the import template; Taro picks `open-template.weapp.ts` or `open-template.h5.ts`. */
import type { ImportTemplate } from '../../../core/admin-types'

export declare function openTemplate(file: ImportTemplate): Promise<void>
