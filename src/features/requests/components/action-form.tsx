import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import TextArea from '@nutui/nutui-react-taro/dist/es/packages/textarea'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import type { Satisfaction } from '@/core/types'
import { ChoiceChips } from '@/components/choice-chips'
import { FormField } from '@/components/form-field'
import { UnitPicker } from '@/components/unit-picker'
import type { UnitOption } from '@/services/directory'
import { PhotoGrid } from '@/components/photos/photo-grid'
import { SATISFACTION_LABELS } from '@/core/labels'
import type { FormAction, FormValues } from '../lib/action-forms'
import { FORM_COPY, FORM_SPECS } from '../copy'

const SOLVED = [
  { value: 'yes', label: FORM_COPY.yes },
  { value: 'no', label: FORM_COPY.no },
] as const
const SATISFACTIONS = (['satisfied', 'basic', 'unsatisfied'] as const).map((value) => ({ value, label: SATISFACTION_LABELS[value] }))
const DAYS = Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: FORM_COPY.days(i + 1) }))
export const MAX_PHOTOS = 6

interface Props {
  action: FormAction
  values: FormValues
  /** units one may dispatch or transfer to */
  units: UnitOption[]
  busy: boolean
  error: string | null
  onChange: <K extends keyof FormValues>(key: K, value: FormValues[K]) => void
  onSubmit: () => void
  /** none: the form stays (the ask block at the top has nothing to go back to) */
  onCancel?: () => void
  onAddPhotos?: () => void
}

/** The form of one action, opened under the buttons; the store checks it before sending. */
export function ActionForm({ action, values: v, units, busy, error, onChange, onSubmit, onCancel, onAddPhotos }: Props) {
  const spec = FORM_SPECS[action]
  return (
    <View className="qb-panel" data-action={action}>
      {spec.unit && (
        <FormField label={spec.unit}>
          <UnitPicker units={units} value={v.unitId} onChange={(id) => onChange('unitId', id)} />
        </FormField>
      )}
      {spec.confirm && (
        <>
          <FormField label={FORM_COPY.solved}>
            <ChoiceChips
              options={SOLVED}
              value={v.solved === null ? null : v.solved ? 'yes' : 'no'}
              onChange={(x) => onChange('solved', x === 'yes')}
            />
          </FormField>
          <FormField label={FORM_COPY.satisfaction} hint={FORM_COPY.satisfactionHint}>
            <ChoiceChips<Satisfaction> options={SATISFACTIONS} value={v.satisfaction} onChange={(x) => onChange('satisfaction', x)} />
          </FormField>
        </>
      )}
      {spec.days && (
        <FormField label={FORM_COPY.extensionDays} hint={FORM_COPY.extensionDaysHint}>
          <ChoiceChips options={DAYS} value={v.days === null ? null : String(v.days)} onChange={(d) => onChange('days', Number(d))} />
        </FormField>
      )}
      {spec.textLabel && (
        <FormField label={spec.textLabel} hint={spec.textHint}>
          <TextArea
            className="qb-panel__textarea"
            value={v.text}
            placeholder={spec.placeholder}
            maxLength={spec.maxLength}
            showCount
            autoSize
            onChange={(t) => onChange('text', t)}
          />
        </FormField>
      )}
      {spec.photos && (
        <FormField label={FORM_COPY.photos} hint={FORM_COPY.photosHint(MAX_PHOTOS)}>
          <PhotoGrid
            photos={v.photos}
            onRemove={(i) => onChange('photos', v.photos.filter((_, k) => k !== i))}
            onAdd={onAddPhotos && v.photos.length < MAX_PHOTOS ? onAddPhotos : undefined}
          />
        </FormField>
      )}
      {error && (
        <View className="qb-error qb-panel__error" role="alert">
          {error}
        </View>
      )}
      <View className="qb-panel__actions">
        <Button type="primary" size="large" block loading={busy} disabled={busy} onClick={onSubmit}>
          {spec.submit}
        </Button>
        {onCancel && (
          <Button size="large" block fill="none" disabled={busy} onClick={onCancel}>
            {FORM_COPY.cancel}
          </Button>
        )}
      </View>
    </View>
  )
}
