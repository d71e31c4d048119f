import { View, Text } from '@tarojs/components'
import Cell from '@nutui/nutui-react-taro/dist/es/packages/cell'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import CellGroup from '@nutui/nutui-react-taro/dist/es/packages/cellgroup'
import '@nutui/nutui-react-taro/dist/es/packages/cellgroup/style/css'
import type { User } from '@/core/types'
import { ROLE_LABELS } from '@/core/labels'
import { ROLE_ORDER } from '@/services/roles'
import { LOGIN_COPY } from '../copy'
import './user-picker.less'

interface Props {
  users: User[]
  picking: string | null
  onPick: (user: User) => void
}

/** Demo users grouped by role; each entry shows the user's name. */
export function UserPicker({ users, picking, onPick }: Props) {
  return (
    <View className="qb-picker">
      {ROLE_ORDER.map((role) => {
        const group = users.filter((u) => u.role === role)
        if (group.length === 0) return null
        return (
          <CellGroup key={role} title={ROLE_LABELS[role]}>
            {group.map((u) => (
              <Cell
                key={u.id}
                className="qb-picker__user"
                title={<Text className="qb-picker__name">{u.name}</Text>}
                extra={picking === u.openid ? LOGIN_COPY.entering : LOGIN_COPY.enter}
                clickable
                onClick={() => onPick(u)}
              />
            ))}
          </CellGroup>
        )
      })}
    </View>
  )
}
