import { View } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { ADMIN_COPY } from '../copy'

/** 加载更多 under a paged list while the server has more. */
export function LoadMore({ cursor, loading, onMore }: { cursor: string | null; loading: boolean; onMore: () => void }) {
  if (!cursor) return null
  return (
    <View className="qb-admin__more">
      <Button block loading={loading} onClick={onMore}>
        {ADMIN_COPY.more}
      </Button>
    </View>
  )
}
