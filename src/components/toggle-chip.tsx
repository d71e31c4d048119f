import { View, Text } from '@tarojs/components'
import './choice-chips.less'

/** One chip that is on or off (e.g. 希望组织联系我), as large as the choice chips. */
export function ToggleChip({ label, on, onChange }: { label: string; on: boolean; onChange: (on: boolean) => void }) {
  return (
    <View className="qb-chips">
      <View className={on ? 'qb-chip qb-chip--on' : 'qb-chip'} role="checkbox" aria-checked={on} onClick={() => onChange(!on)}>
        <Text>{on ? `✓ ${label}` : label}</Text>
      </View>
    </View>
  )
}
