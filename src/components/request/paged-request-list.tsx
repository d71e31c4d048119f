import { View, Text } from '@tarojs/components'
import { useStore } from 'zustand'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ServiceRequest } from '@/core/types'
import { useDirectory } from '@/services/directory'
import { go } from '@/services/navigate'
import type { PagedListStore } from '@/services/paging'
import { ListStatus } from '../status-block'
import { RequestCard } from './request-card'
import './paged-request-list.less'

const open = (id: string) => go('detail', { id })

/** Requests as cards a page at a time: loading / empty / failed states, 加载更多, and the end. */
export function PagedRequestList({ store, emptyText }: { store: PagedListStore<ServiceRequest>; emptyText: string }) {
  const s = useStore(store)
  const units = useDirectory((d) => d.units)
  return (
    <View>
      <ListStatus list={s} emptyText={emptyText} onRetry={() => void store.getState().load()} />
      {s.items.map((r) => (
        <RequestCard key={r.id} request={r} now={s.now} unitName={units[r.assignedUnitId ?? '']} onOpen={open} />
      ))}
      {s.items.length > 0 && s.error && <Text className="qb-paged-list__note qb-paged-list__note--error">{s.error}</Text>}
      {s.cursor && (
        <View className="qb-paged-list__more">
          <Button block loading={s.loadingMore} onClick={() => void s.loadMore()}>
            加载更多
          </Button>
        </View>
      )}
      {!s.cursor && s.items.length > 0 && <Text className="qb-paged-list__note">已显示全部 {s.items.length} 件</Text>}
    </View>
  )
}
