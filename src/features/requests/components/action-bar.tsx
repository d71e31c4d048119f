import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { CommandType } from '@/core/lifecycle/commands'
import type { UnitOption } from '@/services/directory'
import type { Extension } from '@/core/types'
import { ACTION_LABELS, extensionReason } from '@/core/labels'
import { isForm, isTap, PRIMARY_ACTIONS, type FormValues, type TapAction } from '../lib/action-forms'
import { ASK_COPY, DETAIL_COPY } from '../copy'
import type { Panel } from '../detail-store'
import { ActionForm } from './action-form'
import './action-bar.less'

interface Props {
  actions: CommandType[]
  extension: Extension | null
  panel: Panel
  values: FormValues
  units: UnitOption[]
  busy: boolean
  formError: string | null
  onOpen: (panel: Panel) => void
  onChange: <K extends keyof FormValues>(key: K, value: FormValues[K]) => void
  onSubmit: () => void
  /** a one-tap action (签收, 撤回): the screen confirms it where it must, then sends it */
  onTapAction: (action: TapAction) => void
  onDecideExtension: (approve: boolean) => void
  onAddPhotos?: () => void
}

/** The buttons for what the viewer may do now, and the form of the one they opened. */
export function ActionBar(p: Props) {
  const { actions, panel, busy } = p
  if (actions.length === 0) return null
  const button = (a: CommandType, primary: boolean) => {
    if (a === 'decideExtension' || a === panel) return null
    const onClick = isTap(a) ? () => p.onTapAction(a) : isForm(a) ? () => p.onOpen(a) : undefined
    return (
      <Button
        key={a}
        className={primary ? 'qb-actions__primary' : 'qb-actions__secondary'}
        type={primary ? 'primary' : 'default'}
        fill={primary ? 'solid' : 'outline'}
        size={primary ? 'large' : 'normal'}
        loading={busy && primary && isTap(a)}
        disabled={busy}
        onClick={onClick}
      >
        {ACTION_LABELS[a]}
      </Button>
    )
  }
  const primary = actions.filter((a) => PRIMARY_ACTIONS.includes(a))
  const secondary = actions.filter((a) => !PRIMARY_ACTIONS.includes(a))
  return (
    <View className="qb-actions">
      {actions.includes('decideExtension') && p.extension && (
        <View className="qb-actions__extension">
          <Text className="qb-actions__extension-title">{DETAIL_COPY.extensionAsked(p.extension.days)}</Text>
          <Text className="qb-actions__extension-reason">{ASK_COPY.reason + extensionReason(p.extension)}</Text>
          <View className="qb-actions__row">
            <Button type="primary" size="large" disabled={busy} onClick={() => p.onDecideExtension(true)}>
              {ASK_COPY.approve}
            </Button>
            <Button size="large" fill="outline" disabled={busy} onClick={() => p.onDecideExtension(false)}>
              {ASK_COPY.deny}
            </Button>
          </View>
        </View>
      )}
      {primary.length > 0 && <View className="qb-actions__row">{primary.map((a) => button(a, true))}</View>}
      {secondary.length > 0 && <View className="qb-actions__grid">{secondary.map((a) => button(a, false))}</View>}
      {panel !== 'none' && (
        <ActionForm
          action={panel}
          values={p.values}
          units={p.units}
          busy={busy}
          error={p.formError}
          onChange={p.onChange}
          onSubmit={p.onSubmit}
          onCancel={() => p.onOpen('none')}
          onAddPhotos={p.onAddPhotos}
        />
      )}
      {panel === 'none' && p.formError && (
        <View className="qb-error qb-actions__error" role="alert">
          {p.formError}
        </View>
      )}
    </View>
  )
}
