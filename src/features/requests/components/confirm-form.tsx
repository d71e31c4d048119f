import { useState } from 'react'
import { View } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import TextArea from '@nutui/nutui-react-taro/dist/es/packages/textarea'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import type { Satisfaction } from '../../../core/types'
import { ChoiceChips } from '../../../components/choice-chips'
import { FormField } from '../../../components/form-field'
import { SATISFACTION_LABELS } from '../../../components/request/labels'
import type { ConfirmInput } from '../stores/detail-store'

const SOLVED = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
] as const
const SATISFACTIONS = (['satisfied', 'basic', 'unsatisfied'] as const).map((value) => ({
  value,
  label: SATISFACTION_LABELS[value],
}))

interface Props {
  busy: boolean
  error: string | null
  onConfirm: (input: ConfirmInput) => void
}

export function ConfirmForm({ busy, error, onConfirm }: Props) {
  const [solved, setSolved] = useState<'yes' | 'no' | null>(null)
  const [satisfaction, setSatisfaction] = useState<Satisfaction | null>(null)
  const [comment, setComment] = useState('')
  const submit = () => onConfirm({ solved: solved === null ? null : solved === 'yes', satisfaction, comment })
  return (
    <View className="qb-panel">
      <FormField label="问题是否解决">
        <ChoiceChips options={SOLVED} value={solved} onChange={setSolved} />
      </FormField>
      <FormField label="满意程度" hint="选“不满意”将重新办理">
        <ChoiceChips options={SATISFACTIONS} value={satisfaction} onChange={setSatisfaction} />
      </FormField>
      <FormField label="意见建议" hint="选填" error={error ?? undefined}>
        <TextArea className="qb-panel__textarea" value={comment} maxLength={500} showCount autoSize onChange={setComment} />
      </FormField>
      <View className="qb-panel__actions">
        <Button type="primary" size="large" block loading={busy} disabled={busy} onClick={submit}>
          提交评价
        </Button>
      </View>
    </View>
  )
}
