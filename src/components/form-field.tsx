import type { PropsWithChildren } from 'react'
import { View, Text } from '@tarojs/components'
import './form-field.less'

interface Props {
  label: string
  hint?: string
  error?: string
}

/** A labelled form row with its hint and its error in words. */
export function FormField({ label, hint, error, children }: PropsWithChildren<Props>) {
  return (
    <View className="qb-field">
      <View className="qb-field__label">
        <Text>{label}</Text>
        {hint && <Text className="qb-field__hint">{hint}</Text>}
      </View>
      {children}
      {error && <Text className="qb-field__error">{error}</Text>}
    </View>
  )
}
