import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { formatTime } from '@/components/request/format-time'
import type { FormValues } from '../lib/action-forms'
import { ACTION_LABELS } from '@/core/labels'
import { ASK_COPY, DETAIL_COPY } from '../copy'
import type { Ask } from '../lib/viewer-ask'
import { ActionForm } from './action-form'
import './ask-block.less'

interface Props {
  ask: Ask
  values: FormValues
  busy: boolean
  formError: string | null
  onChange: <K extends keyof FormValues>(key: K, value: FormValues[K]) => void
  onSubmit: (action: 'reply' | 'confirm') => void
  onSignFor: () => void
  onDecideExtension: (approve: boolean) => void
}

/** What the request waits on from the viewer, first on the screen, with the means to answer. */
export function AskBlock({ ask, values, busy, formError, onChange, onSubmit, onSignFor, onDecideExtension }: Props) {
  const copy = ASK_COPY[ask.kind]
  return (
    <View className="qb-ask" role="region" aria-label={copy.title} data-ask={ask.kind}>
      <Text className="qb-ask__title">{copy.title}</Text>
      {ask.kind === 'reply' && (
        <>
          <Text className="qb-ask__text">
            {copy.lead}
            {ask.question}
          </Text>
          {ask.askedAt && <Text className="qb-ask__meta">{ASK_COPY.askedAt + formatTime(ask.askedAt)}</Text>}
        </>
      )}
      {ask.kind === 'confirm' && ask.note && <Text className="qb-ask__text">{copy.lead + ask.note}</Text>}
      {ask.kind === 'signFor' && <Text className="qb-ask__text">{copy.lead + formatTime(ask.signForBy)}</Text>}
      {ask.kind === 'decideExtension' && (
        <>
          <Text className="qb-ask__text">{copy.lead + DETAIL_COPY.workdays(ask.days)}</Text>
          <Text className="qb-ask__meta">{ASK_COPY.reason + ask.reason}</Text>
        </>
      )}
      {(ask.kind === 'reply' || ask.kind === 'confirm') && (
        <ActionForm
          action={ask.kind}
          values={values}
          units={[]}
          busy={busy}
          error={formError}
          onChange={onChange}
          onSubmit={() => onSubmit(ask.kind as 'reply' | 'confirm')}
        />
      )}
      {ask.kind === 'signFor' && (
        <View className="qb-ask__row">
          <Button type="primary" size="large" block loading={busy} disabled={busy} onClick={onSignFor}>
            {ACTION_LABELS.signFor}
          </Button>
        </View>
      )}
      {ask.kind === 'decideExtension' && (
        <View className="qb-ask__row">
          <Button type="primary" size="large" disabled={busy} onClick={() => onDecideExtension(true)}>
            {ASK_COPY.approve}
          </Button>
          <Button size="large" fill="outline" disabled={busy} onClick={() => onDecideExtension(false)}>
            {ASK_COPY.deny}
          </Button>
        </View>
      )}
      {formError && ask.kind !== 'reply' && ask.kind !== 'confirm' && (
        <View className="qb-error" role="alert">
          {formError}
        </View>
      )}
    </View>
  )
}
