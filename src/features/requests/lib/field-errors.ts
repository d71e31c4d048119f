import { AppError } from '../../../core/errors'
import { CloudError } from '../../../services/call'

/** What to tell the user about each submit field, whatever the schema's English says. */
const FIELD_MESSAGES: Record<string, string> = {
  kind: '请选择诉求类型',
  category: '请选择诉求类别',
  title: '标题需为 4–40 个字',
  description: '详细描述不超过 1000 字',
  urgency: '请选择紧急程度',
  attachments: '照片最多 6 张，请删去几张',
  clientRequestId: '草稿已失效，请重新填写',
}

/** Field → Chinese message from an INPUT.INVALID failure (local or from the server), else null. */
export function fieldErrors(error: unknown): Record<string, string> | null {
  const fields =
    error instanceof AppError || error instanceof CloudError
      ? error.code === 'INPUT.INVALID'
        ? (error.fields ?? {})
        : null
      : null
  if (!fields) return null
  const out: Record<string, string> = {}
  for (const path of Object.keys(fields)) {
    const key = path.split('.')[0]
    out[key] = FIELD_MESSAGES[key] ?? '请检查填写的内容'
  }
  return out
}
