import { useDidShow } from '@tarojs/taro'
import { Screen } from '@/components/screen'
import { TITLES } from '@/services/navigate'
import { CalendarView } from '@/features/admin/components/calendar-view'
import { calendarStore } from '@/features/admin/use-calendar'

export default function CalendarPage() {
  useDidShow(() => void calendarStore.getState().load())
  return (
    <Screen title={TITLES.calendar}>
      <CalendarView />
    </Screen>
  )
}
