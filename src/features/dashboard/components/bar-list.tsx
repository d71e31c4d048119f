import { View, Text } from '@tarojs/components'

export interface Bar {
  key: string
  label: string
  /** 0…1, or null when there is nothing to measure (drawn empty) */
  share: number | null
  value: string
  note?: string
  onTap?: () => void
}

/** Horizontal bars in plain CSS: a chart without a chart library (the subpackage stays small). */
export function BarList({ bars, label }: { bars: Bar[]; label: string }) {
  return (
    <View className="qb-bars" aria-label={label}>
      {bars.map((b) => (
        <View key={b.key} className={`qb-bar${b.onTap ? ' qb-bar--tap' : ''}`} onClick={b.onTap}>
          <View className="qb-bar__head">
            <Text className="qb-bar__label">{b.label}</Text>
            <Text className="qb-bar__value">{b.value}</Text>
          </View>
          <View className="qb-bar__track">
            <View className="qb-bar__fill" style={{ width: `${Math.round((b.share ?? 0) * 100)}%` }} />
          </View>
          {b.note ? <Text className="qb-bar__note">{b.note}</Text> : null}
        </View>
      ))}
    </View>
  )
}
