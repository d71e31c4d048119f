import { View, Text } from '@tarojs/components'
import { PlainButton } from './plain-button'
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
          <PlainButton className="qb-status__retry" tone="primary" onClick={onRetry}>
            重试
          </PlainButton>
        )}
      </View>
    )
  }
  // Drawn here rather than NutUI's Empty, whose pictures load from storage.360buyimg.com (SPEC §11).
  if (empty) {
    return (
      <View className="qb-status qb-status__empty" role="status">
        <View className="qb-status__empty-art" aria-hidden />
        <Text>{emptyText}</Text>
      </View>
    )
  }
  return null
}

interface ListStatusProps {
  list: { loading: boolean; error: string | null; items: readonly unknown[] }
  emptyText: string
  onRetry: () => void
}

/** A list's state while it has nothing to show: loading, failed (重试) or empty; nothing once it has items. */
export function ListStatus({ list: { loading, error, items }, emptyText, onRetry }: ListStatusProps) {
  const none = items.length === 0
  return <StatusBlock loading={loading && none} error={none ? error : null} empty={!loading && !error && none} emptyText={emptyText} onRetry={onRetry} />
}
