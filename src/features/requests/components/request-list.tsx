import type { ListBox } from '../../../core/contract'
import { PagedRequestList } from '../../../components/request/paged-request-list'
import { listStore } from '../stores'

export const BOX_TITLES: Record<ListBox, string> = {
  mine: '我的诉求',
  unit: '待办工单',
  township: '本乡镇诉求',
  county: '全县诉求',
}

/** One box of requests as cards, with its loading / empty / failed states and 加载更多. */
export function RequestList({ box, emptyText }: { box: ListBox; emptyText: string }) {
  return <PagedRequestList store={listStore(box)} emptyText={emptyText} />
}
