import { View, Text, Picker } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import TextArea from '@nutui/nutui-react-taro/dist/es/packages/textarea'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import { ChoiceChips } from '@/components/choice-chips'
import { FormField } from '@/components/form-field'
import { TALK_MODES } from '@/core/care-types'
import { TALK_MODE_LABELS } from '@/core/labels'
import { CARE_COPY } from '../copy'
import { taskStore, useTask } from '../use-care'
import './care.less'

const MODES = TALK_MODES.map((value) => ({ value, label: TALK_MODE_LABELS[value] }))

/** 谈心谈话: date, mode, summary; saving closes the task. */
export function TalkForm() {
  const draft = useTask((s) => s.draft)
  const busy = useTask((s) => s.busy)
  const formError = useTask((s) => s.formError)
  const today = useTask((s) => s.detail?.today)
  const { setDraft, record } = taskStore.getState()
  return (
    <View className="qb-care-form">
      <Text className="qb-section-title" style={{ display: 'block' }}>
        {CARE_COPY.formTitle}
      </Text>
      <FormField label={CARE_COPY.date}>
        <Picker mode="date" value={draft.date} end={today} onChange={(e) => setDraft('date', String(e.detail.value))}>
          <View className="qb-care-form__date">
            <Text>{draft.date || CARE_COPY.pickDate}</Text>
          </View>
        </Picker>
      </FormField>
      <FormField label={CARE_COPY.mode}>
        <ChoiceChips options={MODES} value={draft.mode} onChange={(v) => setDraft('mode', v)} />
      </FormField>
      <FormField label={CARE_COPY.summary} hint={CARE_COPY.summaryHint} error={formError ?? undefined}>
        <TextArea className="qb-care-textarea" value={draft.summary} placeholder={CARE_COPY.summaryPlaceholder} maxLength={1000} showCount autoSize onChange={(v) => setDraft('summary', v)} />
      </FormField>
      <View style={{ margin: '8px 12px' }}>
        <Button type="primary" size="large" block loading={busy} disabled={busy} onClick={() => void record()}>
          {CARE_COPY.save}
        </Button>
      </View>
    </View>
  )
}
