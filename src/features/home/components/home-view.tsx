import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import Cell from '@nutui/nutui-react-taro/dist/es/packages/cell'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import CellGroup from '@nutui/nutui-react-taro/dist/es/packages/cellgroup'
import '@nutui/nutui-react-taro/dist/es/packages/cellgroup/style/css'
import { StatusBlock } from '../../../components/status-block'
import { DEV_PICKER } from '../../../services/dev'
import { go } from '../../../services/navigate'
import { useSession } from '../../../services/session'
import { ROLE_LABELS } from '../../auth/roles'
import { ENTRIES } from '../entries'
import { homeStore, switchUser, useHome } from '../use-home'
import './home-view.less'

export function HomeView() {
  const user = useSession((s) => s.user)
  const { loading, error } = useHome((s) => s)
  return (
    <View className="qb-home">
      {user && (
        <View className="qb-home__hello">
          <Text className="qb-home__name">{user.name}，您好</Text>
          <Text className="qb-home__role">{ROLE_LABELS[user.role]}</Text>
        </View>
      )}
      <StatusBlock loading={loading} error={error} onRetry={() => void homeStore.getState().start()} />
      {user && (
        <CellGroup>
          {ENTRIES[user.role].map((e) => (
            <Cell
              key={e.label}
              className="qb-home__entry"
              title={<Text className="qb-home__entry-title">{e.label}</Text>}
              description={e.hint}
              clickable
              onClick={() => go(e.route, e.query)}
            />
          ))}
        </CellGroup>
      )}
      {user && ENTRIES[user.role].length === 0 && <Text className="qb-muted">暂无可用功能，请在电脑端管理。</Text>}
      {DEV_PICKER && (
        <View className="qb-home__switch">
          <Button block fill="outline" onClick={switchUser}>
            切换用户
          </Button>
        </View>
      )}
    </View>
  )
}
