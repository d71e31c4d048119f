import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import Input from '@nutui/nutui-react-taro/dist/es/packages/input'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'
import TextArea from '@nutui/nutui-react-taro/dist/es/packages/textarea'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import { CATEGORIES_OF_KIND } from '@/core/schemas'
import type { RequestKind, Urgency } from '@/core/types'
import { ChoiceChips } from '@/components/choice-chips'
import { FormField } from '@/components/form-field'
import { PhotoGrid } from '@/components/photos/photo-grid'
import { CATEGORY_LABELS, KIND_LABELS, URGENCY_LABELS } from '@/core/labels'
import { SUBMIT_COPY } from '../copy'
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
      <FormField label={SUBMIT_COPY.kind} error={errors.kind}>
        <ChoiceChips options={KINDS} value={draft.kind} onChange={onKind} />
      </FormField>
      <FormField label={SUBMIT_COPY.category} error={errors.category}>
        <ChoiceChips options={categoriesOf(draft.kind)} value={draft.category} onChange={(v) => onField('category', v)} />
      </FormField>
      <FormField label={SUBMIT_COPY.title} hint={`${draft.title.length}/40`} error={errors.title}>
        <Input
          className="qb-submit__input"
          value={draft.title}
          placeholder={SUBMIT_COPY.titlePlaceholder}
          maxLength={40}
          onChange={(v) => onField('title', v)}
        />
      </FormField>
      <FormField label={SUBMIT_COPY.description} hint={SUBMIT_COPY.optional} error={errors.description}>
        <TextArea
          className="qb-submit__textarea"
          value={draft.description}
          placeholder={SUBMIT_COPY.descriptionPlaceholder}
          maxLength={1000}
          showCount
          autoSize
          onChange={(v) => onField('description', v)}
        />
      </FormField>
      <FormField label={SUBMIT_COPY.photos} hint={SUBMIT_COPY.photosHint(MAX_SUBMIT_PHOTOS)} error={errors.attachments}>
        <PhotoGrid
          photos={photos}
          onRemove={(i) => onField('attachments', photos.filter((_, k) => k !== i))}
          onAdd={onAddPhotos && photos.length < MAX_SUBMIT_PHOTOS ? onAddPhotos : undefined}
        />
      </FormField>
      <FormField label={SUBMIT_COPY.urgency} error={errors.urgency}>
        <ChoiceChips<Urgency> options={URGENCIES} value={draft.urgency} onChange={(v) => onField('urgency', v)} />
      </FormField>
      {submitError && <Text className="qb-submit__error">{submitError}</Text>}
      <View className="qb-submit__actions">
        <Button type="primary" size="large" block loading={submitting} disabled={submitting} onClick={onSubmit}>
          {SUBMIT_COPY.submit}
        </Button>
      </View>
    </View>
  )
}
