import { View } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ListBox } from '../../../core/contract'
import { RequestCard } from '../../../components/request/request-card'
import { StatusBlock } from '../../../components/status-block'
import { useDirectory } from '../../../services/directory'
import { go } from '../../../services/navigate'
import { listStore, useRequestList } from '../stores'

export const BOX_TITLES: Record<ListBox, string> = {
  mine: '我的诉求',
  unit: '待办工单',
  township: '本乡镇诉求',
  county: '全县诉求',
}

const open = (id: string) => go('detail', { id })

/** One box of requests as cards, with its loading / empty / failed states and 加载更多. */
export function RequestList({ box, emptyText }: { box: ListBox; emptyText: string }) {
  const s = useRequestList(box, (state) => state)
  const units = useDirectory((d) => d.units)
  return (
    <View>
      <StatusBlock
        loading={s.loading && s.items.length === 0}
        error={s.items.length === 0 ? s.error : null}
        empty={!s.loading && s.items.length === 0}
        emptyText={emptyText}
        onRetry={() => void listStore(box).getState().load()}
      />
      {s.items.map((r) => (
        <RequestCard key={r.id} request={r} now={s.now} unitName={units[r.assignedUnitId ?? '']} onOpen={open} />
      ))}
      {s.cursor && (
        <View style={{ margin: '16px 12px' }}>
          <Button block loading={s.loadingMore} onClick={() => void s.loadMore()}>
            加载更多
          </Button>
        </View>
      )}
    </View>
  )
}
