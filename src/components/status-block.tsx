import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import Empty from '@nutui/nutui-react-taro/dist/es/packages/empty'
import '@nutui/nutui-react-taro/dist/es/packages/empty/style/css'
import './status-block.less'

interface Props {
  loading?: boolean
  error?: string | null
  empty?: boolean
  emptyText?: string
  onRetry?: () => void
}

/** Loading, failed (with 重试) or empty: the states every list and detail page shares. */
export function StatusBlock({ loading, error, empty, emptyText = '暂无内容', onRetry }: Props) {
  if (loading) {
    return (
      <View className="qb-status" role="status">
        <Text>加载中…</Text>
      </View>
    )
  }
  if (error) {
    return (
      <View className="qb-status" role="alert">
        <Text className="qb-error">{error}</Text>
        {onRetry && (
          <Button className="qb-status__retry" type="primary" fill="outline" onClick={onRetry}>
            重试
          </Button>
        )}
      </View>
    )
  }
  if (empty) return <Empty className="qb-status__empty" description={emptyText} />
  return null
}
