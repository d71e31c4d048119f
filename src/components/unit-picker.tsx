import { View, Text } from '@tarojs/components'
import type { UnitOption } from '../services/directory'
import './unit-picker.less'

interface Props {
  units: UnitOption[]
  value: string | null
  onChange: (unitId: string) => void
}

/** 「已有 N 名联络员：甲、乙」 or why the unit cannot be chosen. */
export function liaisonLine(u: UnitOption): string {
  return u.liaisonNames.length > 0 ? `${u.liaisonNames.length} 名联络员：${u.liaisonNames.join('、')}` : '暂无在岗联络员，无人签收，不可选'
}

/**
 * Units for a dispatch or transfer, each with the liaisons who would sign for it; a unit with none
 * is shown but cannot be chosen (the server refuses it too: DISPATCH.NO_LIAISON).
 */
export function UnitPicker({ units, value, onChange }: Props) {
  if (units.length === 0) return <Text className="qb-muted">暂无可选单位</Text>
  return (
    <View className="qb-units" role="radiogroup">
      {units.map((u) => {
        const disabled = u.liaisonNames.length === 0
        const on = u.id === value
        return (
          <View
            key={u.id}
            role="radio"
            aria-checked={on}
            aria-disabled={disabled}
            data-unit={u.id}
            className={`qb-unit${on ? ' qb-unit--on' : ''}${disabled ? ' qb-unit--off' : ''}`}
            onClick={() => !disabled && onChange(u.id)}
          >
            <Text className="qb-unit__name">{u.name}</Text>
            <Text className="qb-unit__liaisons">{liaisonLine(u)}</Text>
          </View>
        )
      })}
    </View>
  )
}
