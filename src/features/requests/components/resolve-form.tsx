import { useState } from 'react'
import { View } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import TextArea from '@nutui/nutui-react-taro/dist/es/packages/textarea'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import { FormField } from '../../../components/form-field'

interface Props {
  busy: boolean
  error: string | null
  onResolve: (note: string) => void
}

export function ResolveForm({ busy, error, onResolve }: Props) {
  const [note, setNote] = useState('')
  return (
    <View className="qb-panel">
      <FormField label="办结说明" hint="至少 5 个字" error={error ?? undefined}>
        <TextArea
          className="qb-panel__textarea"
          value={note}
          placeholder="办理了什么、结果如何"
          maxLength={1000}
          showCount
          autoSize
          onChange={setNote}
        />
      </FormField>
      <View className="qb-panel__actions">
        <Button type="primary" size="large" block loading={busy} disabled={busy} onClick={() => onResolve(note)}>
          确认办结
        </Button>
      </View>
    </View>
  )
}
