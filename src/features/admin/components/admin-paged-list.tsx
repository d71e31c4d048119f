import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useStore } from 'zustand'
import { ListStatus } from '@/components/status-block'
import type { PagedListStore } from '@/services/paging'
import { LoadMore } from './load-more'
import './admin.less'

interface AdminPagedListProps<T> {
  store: PagedListStore<T>
  emptyText: string
  /** one row (with its key) */
  children: (item: T) => ReactNode
}

/** An admin list a page at a time, newest first: loading / empty / failed states and 加载更多. */
export function AdminPagedList<T>({ store, emptyText, children }: AdminPagedListProps<T>) {
  const s = useStore(store)
  return (
    <View className="qb-admin">
      <ListStatus list={s} emptyText={emptyText} onRetry={() => void store.getState().load()} />
      {s.items.map(children)}
      <LoadMore cursor={s.cursor} loading={s.loadingMore} onMore={() => void s.loadMore()} />
    </View>
  )
}
