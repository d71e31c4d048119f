import { useDidShow } from '@tarojs/taro'
import { useEffect } from 'react'
import { Screen } from '@/components/screen'
import { replace, TITLES } from '@/services/navigate'
import { CheckinForm } from '@/features/checkin/components/checkin-form'
import { checkinStore, useCheckin } from '@/features/checkin/use-checkin'

export default function CheckinPage() {
  const consented = useCheckin((s) => s.consented)
  useDidShow(() => void checkinStore.getState().load())
  useEffect(() => {
    if (consented === false) replace('checkinConsent')
  }, [consented])
  return (
    <Screen title={TITLES.checkin}>
      <CheckinForm />
    </Screen>
  )
}
