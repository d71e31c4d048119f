import { View } from '@tarojs/components'
import type { ListBox } from '@/core/contract'
import { PagedRequestList } from '@/components/request/paged-request-list'
import { useDirectory } from '@/services/directory'
import { useSession } from '@/services/session'
import { filteredListStore, listStore } from '../use-requests'
import { ListFilterBar } from './list-filter-bar'

export const isFilteredBox = (box: ListBox): box is 'township' | 'county' => box === 'township' || box === 'county'

/** The store a box's page loads: the township's and county's carry filters. */
export const boxListStore = (box: ListBox) => (isFilteredBox(box) ? filteredListStore(box).list : listStore(box))

/** One box of requests as cards, with its loading / empty / failed states and 加载更多. */
export function RequestList({ box, emptyText }: { box: ListBox; emptyText: string }) {
  if (!isFilteredBox(box)) return <PagedRequestList store={listStore(box)} emptyText={emptyText} />
  return <FilteredList box={box} emptyText={emptyText} />
}

function FilteredList({ box, emptyText }: { box: 'township' | 'county'; emptyText: string }) {
  const { units, villages } = useDirectory()
  const townshipId = useSession((s) => s.user?.townshipId)
  const store = filteredListStore(box)
  const unitItems = Object.entries(units).map(([id, name]) => ({ id, name }))
  const villageItems = Object.entries(villages)
    .filter(([, v]) => box === 'county' || v.townshipId === townshipId)
    .map(([id, v]) => ({ id, name: v.name }))
  return (
    <View>
      <ListFilterBar store={store.filters} units={unitItems} villages={villageItems} />
      <PagedRequestList store={store.list} emptyText={emptyText} />
    </View>
  )
}
