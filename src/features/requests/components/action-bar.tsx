import { View } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ConfirmInput, Panel } from '../stores/detail-store'
import type { ViewerAction } from '../lib/viewer-actions'
import { ConfirmForm } from './confirm-form'
import { ResolveForm } from './resolve-form'
import './action-bar.less'

interface Props {
  actions: ViewerAction[]
  panel: Panel
  busy: boolean
  formError: string | null
  onSignFor: () => void
  onOpen: (panel: Panel) => void
  onResolve: (note: string) => void
  onConfirm: (input: ConfirmInput) => void
}

/** The buttons for what the viewer may do now, and the form of the one they opened. */
export function ActionBar({ actions, panel, busy, formError, onSignFor, onOpen, onResolve, onConfirm }: Props) {
  if (actions.length === 0) return null
  return (
    <View className="qb-actions">
      <View className="qb-actions__buttons">
        {actions.includes('signFor') && (
          <Button type="primary" size="large" loading={busy} disabled={busy} onClick={onSignFor}>
            签收
          </Button>
        )}
        {actions.includes('resolve') && panel !== 'resolve' && (
          <Button type="primary" size="large" onClick={() => onOpen('resolve')}>
            办结
          </Button>
        )}
        {actions.includes('confirm') && panel !== 'confirm' && (
          <Button type="primary" size="large" onClick={() => onOpen('confirm')}>
            评价
          </Button>
        )}
      </View>
      {panel === 'resolve' && <ResolveForm busy={busy} error={formError} onResolve={onResolve} />}
      {panel === 'confirm' && <ConfirmForm busy={busy} error={formError} onConfirm={onConfirm} />}
      {panel === 'none' && formError && <View className="qb-error qb-actions__error">{formError}</View>}
    </View>
  )
}
