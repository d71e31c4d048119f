import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import Input from '@nutui/nutui-react-taro/dist/es/packages/input'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'
import { FormField } from '@/components/form-field'
import { StatusBlock } from '@/components/status-block'
import { ADMIN_COPY } from '../copy'
import type { SettingsDraft } from '../lib/settings-form'
import { settingsStore, useSettings } from '../use-admin'
import './admin.less'

/** 系统设置 (SPEC §7.4): score weights, the reminder point, the auto-close days. */
export function SettingsView() {
  const s = useSettings((state) => state)
  const field = (k: keyof SettingsDraft, label: string, hint?: string) => (
    <FormField label={label} hint={hint} error={s.errors[k]}>
      <Input className="qb-admin__input" type="digit" value={s.draft?.[k] ?? ''} aria-label={label} onChange={(v) => s.setField(k, v)} />
    </FormField>
  )
  return (
    <View className="qb-admin">
      <StatusBlock loading={s.loading} error={s.draft ? null : s.error} onRetry={() => void settingsStore.getState().load()} />
      {s.draft && (
        <View>
          <Text className="qb-section-title qb-admin__block">{ADMIN_COPY.weights}</Text>
          <Text className="qb-admin__muted">{ADMIN_COPY.weightsHint}</Text>
          {field('response', ADMIN_COPY.response)}
          {field('resolution', ADMIN_COPY.resolution)}
          {field('satisfaction', ADMIN_COPY.satisfaction)}
          {s.errors.weights && <Text className="qb-error qb-admin__block">{s.errors.weights}</Text>}
          {field('remindPercent', `${ADMIN_COPY.remind}（%）`, ADMIN_COPY.remindHint)}
          {field('autoCloseDays', ADMIN_COPY.autoClose, ADMIN_COPY.autoCloseHint)}
          {s.error && <Text className="qb-error qb-admin__block">{s.error}</Text>}
          {s.notice && <Text className="qb-admin__notice">{s.notice}</Text>}
          <Button block type="primary" size="large" loading={s.saving} disabled={s.saving} onClick={() => void s.save()}>
            {ADMIN_COPY.save}
          </Button>
        </View>
      )}
    </View>
  )
}
