import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import TextArea from '@nutui/nutui-react-taro/dist/es/packages/textarea'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import { ChoiceChips } from '@/components/choice-chips'
import { FormField } from '@/components/form-field'
import { OutboxItems } from '@/components/outbox/outbox-items'
import { StatusBlock } from '@/components/status-block'
import { HEALTH_VALUES, STRESS_VALUES } from '@/core/care-types'
import { go } from '@/services/navigate'
import { HEALTH_LABELS, MOOD_LABELS, STRESS_LABELS } from '@/core/labels'
import { CHECKIN_COPY } from '../copy'
import { dayLabel } from '../lib/format'
import { checkinStore, useCheckin } from '../use-checkin'
import { ToggleChip } from '@/components/toggle-chip'
import './checkin.less'

const HEALTH = HEALTH_VALUES.map((value) => ({ value, label: HEALTH_LABELS[value] }))
const STRESS = STRESS_VALUES.map((value) => ({ value, label: STRESS_LABELS[value] }))
const MOOD = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n} ${MOOD_LABELS[n]}` }))

/** Opens with the last answers: one tap on 提交打卡 finishes it. */
export function CheckinForm() {
  const s = useCheckin((state) => state)
  const { set } = checkinStore.getState()
  if (!s.date) return <StatusBlock loading={s.loading} error={s.error} onRetry={() => void checkinStore.getState().load()} />
  return (
    <View>
      <Text className="qb-checkin__date">{dayLabel(s.date)}</Text>
      <OutboxItems filter={(i) => i.kind === 'checkin'} />
      {s.done && !s.queued && (
        <View className="qb-checkin__done" role="status">
          <Text>{CHECKIN_COPY.doneToday(HEALTH_LABELS[s.done.health])}</Text>
        </View>
      )}
      <FormField label={CHECKIN_COPY.health}>
        <ChoiceChips options={HEALTH} value={s.answers.health} onChange={(v) => set('health', v)} />
      </FormField>
      <FormField label={CHECKIN_COPY.mood} hint={CHECKIN_COPY.moodHint}>
        <ChoiceChips options={MOOD} value={String(s.answers.mood)} onChange={(v) => set('mood', Number(v))} />
      </FormField>
      <FormField label={CHECKIN_COPY.stress}>
        <ChoiceChips options={STRESS} value={s.answers.stress} onChange={(v) => set('stress', v)} />
      </FormField>
      <FormField label={CHECKIN_COPY.note} hint={CHECKIN_COPY.noteHint}>
        <TextArea className="qb-textarea" value={s.answers.note ?? ''} placeholder={CHECKIN_COPY.notePlaceholder} maxLength={500} autoSize onChange={(v) => set('note', v)} />
        <View className="qb-checkin__toggle">
          <ToggleChip label={CHECKIN_COPY.wantsContact} on={!!s.answers.wantsContact} onChange={(on) => set('wantsContact', on)} />
        </View>
      </FormField>
      {s.error && <Text className="qb-field__error" style={{ margin: '0 16px' }}>{s.error}</Text>}
      <View className="qb-checkin__submit">
        <Button type="primary" size="large" block loading={s.busy} disabled={s.busy} onClick={() => void checkinStore.getState().submit()}>
          {CHECKIN_COPY.submit}
        </Button>
      </View>
      <View className="qb-checkin__links">
        <View className="qb-checkin__link" onClick={() => go('checkinHistory')}>
          <Text>{CHECKIN_COPY.history}</Text>
        </View>
        <View className="qb-checkin__link" onClick={() => go('healthFile')}>
          <Text>{CHECKIN_COPY.healthFile}</Text>
        </View>
      </View>
    </View>
  )
}
