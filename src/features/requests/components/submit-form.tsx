import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import Input from '@nutui/nutui-react-taro/dist/es/packages/input'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'
import TextArea from '@nutui/nutui-react-taro/dist/es/packages/textarea'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import { CATEGORIES_OF_KIND } from '../../../core/schemas'
import type { RequestKind, Urgency } from '../../../core/types'
import { ChoiceChips } from '../../../components/choice-chips'
import { FormField } from '../../../components/form-field'
import { PhotoGrid } from '../../../components/photos/photo-grid'
import { CATEGORY_LABELS, KIND_LABELS, URGENCY_LABELS } from '../../../components/request/labels'
import type { Draft, DraftField } from '../submit-store'
import './submit-form.less'

const KINDS = (['difficulty', 'support'] as const).map((value) => ({ value, label: KIND_LABELS[value] }))
const URGENCIES = (['normal', 'urgent'] as const).map((value) => ({ value, label: URGENCY_LABELS[value] }))
const categoriesOf = (kind: RequestKind) => CATEGORIES_OF_KIND[kind].map((value) => ({ value, label: CATEGORY_LABELS[value] }))

interface Props {
  draft: Draft
  errors: Record<string, string>
  submitError: string | null
  submitting: boolean
  onKind: (kind: RequestKind) => void
  onField: <K extends DraftField>(key: K, value: Draft[K]) => void
  onSubmit: () => void
  onAddPhotos?: () => void
}

export const MAX_SUBMIT_PHOTOS = 6

export function SubmitForm({ draft, errors, submitError, submitting, onKind, onField, onSubmit, onAddPhotos }: Props) {
  const photos = draft.attachments ?? []
  return (
    <View className="qb-submit">
      <FormField label="诉求类型" error={errors.kind}>
        <ChoiceChips options={KINDS} value={draft.kind} onChange={onKind} />
      </FormField>
      <FormField label="类别" error={errors.category}>
        <ChoiceChips options={categoriesOf(draft.kind)} value={draft.category} onChange={(v) => onField('category', v)} />
      </FormField>
      <FormField label="标题" hint={`${draft.title.length}/40`} error={errors.title}>
        <Input
          className="qb-submit__input"
          value={draft.title}
          placeholder="一句话说明（4–40 字）"
          maxLength={40}
          onChange={(v) => onField('title', v)}
        />
      </FormField>
      <FormField label="详细描述" hint="选填" error={errors.description}>
        <TextArea
          className="qb-submit__textarea"
          value={draft.description}
          placeholder="具体情况、需要什么帮助（不超过 1000 字）"
          maxLength={1000}
          showCount
          autoSize
          onChange={(v) => onField('description', v)}
        />
      </FormField>
      <FormField label="照片" hint={`选填，最多 ${MAX_SUBMIT_PHOTOS} 张`} error={errors.attachments}>
        <PhotoGrid
          photos={photos}
          onRemove={(i) => onField('attachments', photos.filter((_, k) => k !== i))}
          onAdd={onAddPhotos && photos.length < MAX_SUBMIT_PHOTOS ? onAddPhotos : undefined}
        />
      </FormField>
      <FormField label="紧急程度" error={errors.urgency}>
        <ChoiceChips<Urgency> options={URGENCIES} value={draft.urgency} onChange={(v) => onField('urgency', v)} />
      </FormField>
      {submitError && <Text className="qb-submit__error">{submitError}</Text>}
      <View className="qb-submit__actions">
        <Button type="primary" size="large" block loading={submitting} disabled={submitting} onClick={onSubmit}>
          提交诉求
        </Button>
      </View>
    </View>
  )
}
