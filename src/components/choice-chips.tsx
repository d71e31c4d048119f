import { View, Text } from '@tarojs/components'
import './choice-chips.less'

export interface Choice<T extends string> {
  value: T
  label: string
}

interface Props<T extends string> {
  options: readonly Choice<T>[]
  /** what is being chosen, for screen readers (the field's label) */
  label?: string
  value: T | null | ''
  onChange: (value: T) => void
}

/** A row of large single-choice chips: easier to hit than radio circles (≥ 44 px tall). */
export function ChoiceChips<T extends string>({ options, label, value, onChange }: Props<T>) {
  return (
    <View className="qb-chips" role="radiogroup" aria-label={label}>
      {options.map((o) => (
        <View
          key={o.value}
          className={o.value === value ? 'qb-chip qb-chip--on' : 'qb-chip'}
          role="radio"
          aria-checked={o.value === value}
          onClick={() => onChange(o.value)}
        >
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  )
}
