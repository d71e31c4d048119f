import { View, Text, Input, Picker } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { StatusBlock } from '@/components/status-block'
import { systemClock } from '@/services/clock'
import { HEALTH_FILE_COPY as C } from '../copy'
import type { HealthDraft } from '../health-store'
import { healthFlags } from '../lib/health-flags'
import { healthStore, useHealth } from '../use-checkin'
import './checkin.less'

type Field = { key: keyof HealthDraft; label: string; unit?: string; placeholder: string; date?: boolean }

const FIELDS: Field[] = [
  { key: 'lastExamDate', ...C.fields.lastExamDate, date: true },
  { key: 'leaveEntitled', ...C.fields.leaveEntitled, unit: C.days },
  { key: 'leaveTaken', ...C.fields.leaveTaken, unit: C.days },
  { key: 'insuranceUntil', ...C.fields.insuranceUntil, date: true },
]

/** A date chosen from the system's date picker, never typed; 清空 removes it. */
function DateInput({ f, value }: { f: Field; value: string }) {
  const store = healthStore.getState()
  return (
    <View className="qb-health__date">
      <Picker mode="date" value={value || systemClock().slice(0, 10)} onChange={(e) => store.setField(f.key, String(e.detail.value))}>
        <View className="qb-health__input qb-health__picker" role="button" aria-label={C.fieldValue(f.label, value || C.notFilled)}>
          <Text>{value || f.placeholder}</Text>
        </View>
      </Picker>
      {value && (
        <Button size="small" fill="none" className="qb-health__clear" onClick={() => store.setField(f.key, '')}>
          {C.clear}
        </Button>
      )}
    </View>
  )
}

/** The cadre's health file, read or edited in place, with its reminders on top. */
export function HealthView() {
  const s = useHealth((state) => state)
  const store = healthStore.getState()
  if (!s.file) return <StatusBlock loading={s.loading} error={s.error} onRetry={() => void store.load()} />
  const flags = healthFlags(s.file, systemClock().slice(0, 10))
  return (
    <View>
      <Text className="qb-section-title" style={{ display: 'block' }}>
        {C.title}
      </Text>
      {flags.map((flag) => (
        <View key={flag.key} className="qb-health__flag" role="alert" data-flag={flag.key}>
          <Text>{flag.text}</Text>
        </View>
      ))}
      {FIELDS.map((f) => (
        <View key={f.key} className="qb-health__row">
          <Text className="qb-health__label" id={`qb-health-${f.key}`}>{f.label}</Text>
          {s.editing && f.date && <DateInput f={f} value={s.draft[f.key]} />}
          {s.editing && !f.date && (
            <Input
              className="qb-health__input"
              type="number"
              aria-labelledby={`qb-health-${f.key}`}
              value={s.draft[f.key]}
              placeholder={f.placeholder}
              onInput={(e) => store.setField(f.key, e.detail.value)}
            />
          )}
          {!s.editing && <Text>{s.draft[f.key] ? `${s.draft[f.key]}${f.unit ?? ''}` : C.notFilled}</Text>}
        </View>
      ))}
      {s.error && <Text className="qb-field__error" style={{ margin: '8px 16px', display: 'block' }}>{s.error}</Text>}
      <View className="qb-checkin__submit">
        {s.editing ? (
          <Button type="primary" size="large" block loading={s.busy} disabled={s.busy} onClick={() => void store.save()}>
            {C.save}
          </Button>
        ) : (
          <Button type="primary" fill="outline" size="large" block onClick={() => store.edit(true)}>
            {C.edit}
          </Button>
        )}
      </View>
      <Text className="qb-muted" style={{ margin: '0 16px', display: 'block' }}>
        {C.remindersNote}
      </Text>
    </View>
  )
}
