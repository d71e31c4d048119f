import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import Input from '@nutui/nutui-react-taro/dist/es/packages/input'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'
import { FormField } from '@/components/form-field'
import { BIND_COPY } from '../copy'
import { useBind } from '../use-bind'
import './bind-view.less'

/** The invite code form; `onDevNew` (dev mode only) switches to a fresh, unbound WeChat identity. */
export function BindView({ onDevNew }: { onDevNew?: () => void }) {
  const s = useBind((state) => state)
  return (
    <View className="qb-bind">
      <Text className="qb-bind__intro">{BIND_COPY.intro}</Text>
      <FormField label={BIND_COPY.label} error={s.error ?? undefined}>
        <Input
          className="qb-bind__input"
          value={s.code}
          placeholder={BIND_COPY.placeholder}
          maxLength={12}
          aria-label={BIND_COPY.label}
          onChange={s.setCode}
          onConfirm={() => void s.submit()}
        />
      </FormField>
      <Button block type="primary" size="large" loading={s.busy} disabled={s.busy} onClick={() => void s.submit()}>
        {BIND_COPY.submit}
      </Button>
      <Text className="qb-bind__help">{BIND_COPY.help}</Text>
      {onDevNew && (
        <View className="qb-bind__dev">
          <Button block fill="outline" onClick={onDevNew}>
            {BIND_COPY.devNew}
          </Button>
          <Text className="qb-bind__help">{BIND_COPY.devNewHint}</Text>
        </View>
      )}
    </View>
  )
}
