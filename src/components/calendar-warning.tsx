import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { Role } from '../core/types'
import { call } from '../services/call'
import { go } from '../services/navigate'
import { useSession } from '../services/session'
import './calendar-warning.less'

/** Who is told that next year's holiday schedule is missing (SPEC §7.3); cadres and liaisons are not. */
const TOLD: Role[] = ['admin', 'county', 'secretary']

const COPY = {
  text: (year: number) => `尚未录入${year}年法定节假日安排，办理时限暂按周一至周五计算，可能落在假期内。`,
  admin: '请在“工作日历”中粘贴国务院办公厅放假通知。',
  others: '请联系系统管理员录入。',
}

/** Asks the server which year is missing; null for roles that are not told, or on any failure. */
export async function fetchCalendarWarning(role: Role | undefined, ask = () => call('admin', 'calendarWarning', {})): Promise<number | null> {
  if (!role || !TOLD.includes(role)) return null
  try {
    return (await ask()).year
  } catch {
    return null // a warning that cannot be fetched must not stand in the way of the page
  }
}

/** The §7.3 banner on the admin home and the county's and secretaries' dashboards. */
export function CalendarWarning() {
  const role = useSession((s) => s.user?.role)
  const [year, setYear] = useState<number | null>(null)
  useEffect(() => {
    let live = true
    void fetchCalendarWarning(role).then((y) => live && setYear(y))
    return () => {
      live = false
    }
  }, [role])
  if (year === null) return null
  const admin = role === 'admin'
  return (
    <View className="qb-cal-warning" role="alert" onClick={admin ? () => go('calendar') : undefined}>
      <Text>{COPY.text(year)}</Text>
      <Text className="qb-cal-warning__hint">{admin ? COPY.admin : COPY.others}</Text>
    </View>
  )
}
