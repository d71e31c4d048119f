import { View, Text, Input } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { StatusBlock } from '../../../components/status-block'
import type { HealthDraft } from '../health-store'
import { healthStore, useHealth } from '../use-checkin'
import './checkin.less'

const FIELDS: { key: keyof HealthDraft; label: string; unit?: string; placeholder: string }[] = [
  { key: 'lastExamDate', label: '上次体检日期', placeholder: '如 2026-03-01' },
  { key: 'leaveEntitled', label: '今年应休天数', unit: '天', placeholder: '如 10' },
  { key: 'leaveTaken', label: '今年已休天数', unit: '天', placeholder: '如 3' },
  { key: 'insuranceUntil', label: '意外险有效期至', placeholder: '如 2027-06-30' },
]

/** The cadre's health file, read or edited in place. */
export function HealthView() {
  const s = useHealth((state) => state)
  const store = healthStore.getState()
  if (!s.file) return <StatusBlock loading={s.loading} error={s.error} onRetry={() => void store.load()} />
  return (
    <View>
      <Text className="qb-section-title" style={{ display: 'block' }}>
        健康档案
      </Text>
      {FIELDS.map((f) => (
        <View key={f.key} className="qb-health__row">
          <Text>{f.label}</Text>
          {s.editing ? (
            <Input className="qb-health__input" value={s.draft[f.key]} placeholder={f.placeholder} onInput={(e) => store.setField(f.key, e.detail.value)} />
          ) : (
            <Text>{s.draft[f.key] ? `${s.draft[f.key]}${f.unit ?? ''}` : '未填写'}</Text>
          )}
        </View>
      ))}
      {s.error && <Text className="qb-field__error" style={{ margin: '8px 16px', display: 'block' }}>{s.error}</Text>}
      <View className="qb-checkin__submit">
        {s.editing ? (
          <Button type="primary" size="large" block loading={s.busy} disabled={s.busy} onClick={() => void store.save()}>
            保存
          </Button>
        ) : (
          <Button type="primary" fill="outline" size="large" block onClick={() => store.edit(true)}>
            修改
          </Button>
        )}
      </View>
      <Text className="qb-muted" style={{ margin: '0 16px', display: 'block' }}>
        体检超过 12 个月、意外险 30 天内到期时，系统会提醒您。
      </Text>
    </View>
  )
}
