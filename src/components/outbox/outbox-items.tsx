import { View, Text } from '@tarojs/components'
import { CloudError } from '@/services/call'
import { errorMessage } from '@/services/error-messages'
import { outbox, useOutbox, type OutboxItem } from '@/services/outbox'
import { FAILED_DEFAULT_HINT, FAILED_HINTS, KIND_LABELS, OUTBOX_COPY, STATE_LABELS } from './copy'
import './outbox.less'

interface Props {
  /** which items to show (default: all) */
  filter?: (item: OutboxItem) => boolean
  /** show 已发送 items too (the home screen does; a form shows only what still waits) */
  withSent?: boolean
  heading?: boolean
  onOpen?: (item: OutboxItem) => void
}

/** Submissions the phone holds (待发送 / 发送中 / 未能发送) and, on request, those just sent. */
export function OutboxItems({ filter = () => true, withSent = false, heading = false, onOpen }: Props) {
  const items = useOutbox((s) => s.items).filter((i) => filter(i) && (withSent || i.state !== 'sent'))
  if (!items.length) return null
  return (
    <View className="qb-outbox" role="list" aria-label={OUTBOX_COPY.heading}>
      {heading && <Text className="qb-outbox__heading">{OUTBOX_COPY.heading}</Text>}
      {items.map((item) => (
        <Row key={item.id} item={item} onOpen={onOpen} />
      ))}
    </View>
  )
}

function Row({ item, onOpen }: { item: OutboxItem; onOpen?: (item: OutboxItem) => void }) {
  const { retry, remove } = outbox.getState()
  const canOpen = !!onOpen && item.state === 'sent' && !!item.resultId
  return (
    <View className={`qb-outbox__row qb-outbox__row--${item.state}`} role="listitem">
      <View className="qb-outbox__head">
        <Text className="qb-outbox__title">
          {KIND_LABELS[item.kind]}：{item.title}
        </Text>
        <Text className={`qb-outbox__state qb-outbox__state--${item.state}`}>{STATE_LABELS[item.state]}</Text>
      </View>
      {item.state === 'pending' && <Text className="qb-outbox__hint">{OUTBOX_COPY.pendingHint}</Text>}
      {item.state === 'failed' && (
        <View role="alert">
          <Text className="qb-outbox__error">{errorMessage(new CloudError(item.code ?? 'INTERNAL'))}</Text>
          <Text className="qb-outbox__hint">{FAILED_HINTS[item.code ?? ''] ?? FAILED_DEFAULT_HINT}</Text>
          <View className="qb-outbox__actions">
            <View className="qb-outbox__btn" role="button" onClick={() => void retry(item.id)}>
              <Text>{OUTBOX_COPY.retry}</Text>
            </View>
            <View className="qb-outbox__btn qb-outbox__btn--plain" role="button" onClick={() => remove(item.id)}>
              <Text>{OUTBOX_COPY.remove}</Text>
            </View>
          </View>
        </View>
      )}
      {canOpen && (
        <View className="qb-outbox__btn qb-outbox__btn--plain" role="button" onClick={() => onOpen(item)}>
          <Text>{OUTBOX_COPY.open}</Text>
        </View>
      )}
    </View>
  )
}
