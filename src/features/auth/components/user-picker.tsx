import { View, Text } from '@tarojs/components'
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

/**
 * Demo users grouped by role; each entry shows the user's name. Drawn as cells without NutUI's
 * Cell: the list is the start page's first screen, and three elements a row (not seven) halve
 * the work before it is painted.
 */
export function UserPicker({ users, picking, onPick }: Props) {
  return (
    <View className="qb-picker">
      {ROLE_ORDER.map((role) => {
        const group = users.filter((u) => u.role === role)
        if (group.length === 0) return null
        return (
          <View key={role} className="qb-picker__group">
            <Text className="qb-picker__role">{ROLE_LABELS[role]}</Text>
            <View className="qb-picker__card">
              {group.map((u) => (
                <View key={u.id} className="qb-picker__user" role="button" onClick={() => onPick(u)}>
                  <Text className="qb-picker__name">{u.name}</Text>
                  <Text className="qb-picker__enter">{picking === u.openid ? LOGIN_COPY.entering : LOGIN_COPY.enter}</Text>
                </View>
              ))}
            </View>
          </View>
        )
      })}
    </View>
  )
}
