import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { UnitPicker } from '@/components/unit-picker'
import type { UnitOption } from '@/services/directory'
import { RequestCard } from '@/components/request/request-card'
import { ListStatus } from '@/components/status-block'
import type { DispatchState } from '../dispatch-store'
import { TOWNSHIP_COPY as C } from '../copy'
import './township.less'

interface Props {
  s: DispatchState
  units: UnitOption[]
  onOpen: (id: string) => void
}

/** Cards of what waits for a unit; 派单 opens the unit choice under the card. */
export function DispatchList({ s, units, onOpen }: Props) {
  return (
    <View>
      {s.items.length > 0 && (
        <Text className="qb-section-title qb-block">{C.dispatchCount(s.items.length)}</Text>
      )}
      <ListStatus list={s} emptyText={C.noDispatch} onRetry={() => void s.load()} />
      {s.items.map((r) => (
        <RequestCard key={r.id} request={r} now={s.now} onOpen={onOpen}>
          {s.choosing === r.id ? (
            <View className="qb-township__picker" onClick={(e) => e.stopPropagation()}>
              <Text className="qb-township__label">{C.pickUnit}</Text>
              <UnitPicker units={units} value={s.unitId} onChange={s.setUnit} />
              {s.formError && <Text className="qb-error qb-block">{s.formError}</Text>}
              <View className="qb-township__buttons">
                <Button type="primary" size="large" loading={s.busy} disabled={s.busy} onClick={() => void s.dispatch()}>
                  {C.confirmDispatch}
                </Button>
                <Button size="large" fill="outline" disabled={s.busy} onClick={() => s.choose(null)}>
                  {C.cancel}
                </Button>
              </View>
            </View>
          ) : (
            <View className="qb-township__buttons" onClick={(e) => e.stopPropagation()}>
              <Button type="primary" size="large" onClick={() => s.choose(r.id)}>
                {C.dispatch}
              </Button>
            </View>
          )}
        </RequestCard>
      ))}
    </View>
  )
}
