import { View, Text, Input, Picker } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useStore } from 'zustand'
import type { RequestStatus } from '@/core/types'
import { ChoiceChips } from '@/components/choice-chips'
import { STATUS_LABELS } from '@/core/labels'
import { ToggleChip } from '@/components/toggle-chip'
import { FILTER_COPY as C } from '../copy'
import type { FilteredListStore } from '../filtered-list-store'
import './list-filter-bar.less'

const STATUSES: RequestStatus[] = ['pending_dispatch', 'assigned', 'in_progress', 'awaiting_submitter', 'resolved', 'closed', 'withdrawn']
const STATUS_CHOICES = [{ value: '', label: C.all }, ...STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))]

export interface Named {
  id: string
  name: string
}

interface Props {
  store: FilteredListStore['filters']
  units: Named[]
  villages: Named[]
}

/** 「承办单位：全部」 as a native picker: the first row clears the filter. */
function NamedPicker({ label, items, value, onPick }: { label: string; items: Named[]; value?: string; onPick: (id?: string) => void }) {
  const range = [C.pick, ...items.map((i) => i.name)]
  const current = items.find((i) => i.id === value)?.name ?? C.pick
  return (
    <Picker mode="selector" range={range} value={Math.max(0, items.findIndex((i) => i.id === value) + 1)} onChange={(e) => onPick(items[Number(e.detail.value) - 1]?.id)}>
      <View className="qb-filters__picker" role="button" aria-label={`${label}：${current}`}>
        <Text className="qb-filters__picker-label">{label}</Text>
        <Text className="qb-filters__picker-value">{current} ▾</Text>
      </View>
    </Picker>
  )
}

/** Search, status, unit, village and overdue above the township's or county's list. */
export function ListFilterBar({ store, units, villages }: Props) {
  const s = useStore(store)
  const f = s.filters
  const any = Object.keys(f).length > 0
  return (
    <View className="qb-filters">
      <Text className="qb-filters__label" id="qb-filter-search">{C.searchLabel}</Text>
      <View className="qb-filters__search">
        <Input
          className="qb-filters__input"
          aria-labelledby="qb-filter-search"
          value={s.draft}
          placeholder={C.searchPlaceholder}
          confirmType="search"
          onInput={(e) => s.setDraft(e.detail.value)}
          onConfirm={() => void s.search()}
        />
        <Button type="primary" onClick={() => void s.search()}>
          {C.search}
        </Button>
      </View>
      <Text className="qb-filters__label">{C.status}</Text>
      <ChoiceChips options={STATUS_CHOICES} value={f.status ?? ''} onChange={(v) => void s.set('status', (v || undefined) as RequestStatus | undefined)} />
      <View className="qb-filters__row">
        <NamedPicker label={C.unit} items={units} value={f.unitId} onPick={(id) => void s.set('unitId', id)} />
        <NamedPicker label={C.village} items={villages} value={f.villageId} onPick={(id) => void s.set('villageId', id)} />
      </View>
      <View className="qb-filters__row">
        <ToggleChip label={C.overdue} on={!!f.overdue} onChange={(on) => void s.set('overdue', on || undefined)} />
        {any && (
          <Button fill="outline" onClick={() => void s.clear()}>
            {C.clear}
          </Button>
        )}
      </View>
    </View>
  )
}
