// A few weeks of history, played through the real functions with the dev clock set back, so every
// screen has something in it and every record carries the events the real lifecycle would write.
import type { Category, RequestKind, Satisfaction, ServiceRequest, Urgency } from '../../src/core/types'
import type { Runtime } from './runtime'
import { seedCare } from './seed-care'
import { users } from './seed-data'

type Stage = 'assigned' | 'in_progress' | 'resolved' | 'closed'

interface Story {
  cadre: number
  kind: RequestKind
  category: Category
  title: string
  description: string
  urgency?: Urgency
  daysAgo: number
  stage: Stage
  rating?: { solved: boolean; satisfaction: Satisfaction; comment?: string }
}

const stories: Story[] = [
  { cadre: 1, kind: 'support', category: 'tech', title: '柑橘园冬季修剪技术指导', description: '村里新栽的200亩柑橘今年第一次冬剪，村民没有经验，希望农业专家来现场指导一次。', daysAgo: 24, stage: 'closed', rating: { solved: true, satisfaction: 'satisfied', comment: '专家讲得很细，村民都学会了' } },
  { cadre: 2, kind: 'difficulty', category: 'transport', title: '驻村往返县城交通不便', description: '村里到县城每天只有一班车，周末回家和开会经常赶不上，希望协调解决出行问题。', daysAgo: 21, stage: 'closed', rating: { solved: true, satisfaction: 'basic' } },
  { cadre: 3, kind: 'difficulty', category: 'lodging', title: '村部宿舍屋顶漏雨', description: '驻村宿舍屋顶瓦片破损，下雨天漏水严重，被褥受潮，需要维修。', daysAgo: 18, stage: 'closed', rating: { solved: true, satisfaction: 'satisfied' } },
  { cadre: 4, kind: 'support', category: 'sales', title: '土鸡蛋销售渠道对接', description: '合作社每月约有3万枚土鸡蛋，希望对接县内机关食堂和超市，稳定销路。', daysAgo: 15, stage: 'resolved' },
  { cadre: 6, kind: 'difficulty', category: 'health', title: '腰椎不适需要到县医院复查', description: '腰椎间盘突出旧疾复发，需要到县人民医院复查，想请单位帮忙预约专家号。', daysAgo: 12, stage: 'closed', rating: { solved: false, satisfaction: 'basic', comment: '号约上了，但还要再排队' } },
  { cadre: 7, kind: 'support', category: 'funds', title: '村道硬化项目资金申请', description: '新田村到组里的2公里村道还是泥路，雨天无法通行，想申请水利配套资金一并硬化。', daysAgo: 9, stage: 'in_progress' },
  { cadre: 8, kind: 'support', category: 'materials', title: '村委会办公电脑老旧', description: '村委会两台电脑用了十年，经常死机，影响网上办事，希望支持两台办公电脑。', daysAgo: 7, stage: 'resolved' },
  { cadre: 1, kind: 'difficulty', category: 'office', title: '村部网络信号差', description: '村部宽带经常断线，视频会议卡顿，需要协调运营商检修线路。', daysAgo: 5, stage: 'in_progress' },
  { cadre: 5, kind: 'support', category: 'policy', title: '光伏扶贫项目政策咨询', description: '村里想建村级光伏电站，不清楚现行补贴和并网政策，希望有人讲解。', daysAgo: 3, stage: 'assigned' },
  { cadre: 2, kind: 'difficulty', category: 'psych', title: '近期工作压力大想找人聊聊', description: '最近迎检任务多，晚上睡不好，想和单位的同志聊一聊。', daysAgo: 2, stage: 'in_progress' },
  { cadre: 3, kind: 'support', category: 'tech', title: '茶园病虫害防治求助', description: '茶园出现大面积茶小绿叶蝉，急需植保技术人员到现场指导用药。', urgency: 'urgent', daysAgo: 1, stage: 'assigned' },
  { cadre: 6, kind: 'difficulty', category: 'family', title: '孩子转学入学手续', description: '孩子跟随到乡镇就读，需要办理转学手续，学校说名额要教育局协调。', daysAgo: 1, stage: 'assigned' },
]

const HOUR = 3600_000
const DAY = 24 * HOUR
const openidOf = (userId: string | null) => users.find((u) => u.id === userId)?.openid

type Answer = { ok: true; data: ServiceRequest } | { ok: false; error: { code: string; message: string } }

/** Plays the stories; returns how many requests were created. The caller puts the clock back. */
export async function seedHistory(rt: Runtime, warn: (line: string) => void): Promise<number> {
  if (!rt.functions.includes('requests')) {
    warn('seed: no requests function yet, history skipped')
    return 0
  }
  const realNow = Date.now()
  // Stories start at 09:30 Shanghai time on their day; a step that would lie in the future is not played.
  // Weekend stories move back to the Friday before: cadres and liaisons work on working days.
  const dayStart = (daysAgo: number) => {
    const start = Math.floor((realNow + 8 * HOUR) / DAY) * DAY - 8 * HOUR - daysAgo * DAY
    const weekday = new Date(start + 8 * HOUR).getUTCDay()
    return start - (weekday === 6 ? 1 : weekday === 0 ? 2 : 0) * DAY
  }
  let created = 0
  for (const [i, s] of stories.entries()) {
    const cadre = `dev-cadre-${s.cadre}`
    let at = dayStart(s.daysAgo) + 9.5 * HOUR + i * 7 * 60_000
    const call = async (action: string, payload: object, openid: string): Promise<ServiceRequest | null> => {
      rt.clock.setOffset(at - Date.now(), false)
      const answer = (await rt.invoke('requests', { action, ...payload }, { openid })) as Answer
      if (answer.ok) return answer.data
      warn(`seed: requests.${action} for "${s.title}" failed: ${answer.error.code} ${answer.error.message}`)
      return null
    }
    const payload = { clientRequestId: `seed-request-${String(i + 1).padStart(2, '0')}`, kind: s.kind, category: s.category, title: s.title, description: s.description, urgency: s.urgency ?? 'normal' }
    let r = await call('submit', payload, cadre)
    if (!r) continue
    created++
    const liaison = openidOf(r.assigneeId)
    if (r.status !== 'assigned' || !liaison || s.stage === 'assigned') continue
    at += 1.5 * HOUR
    if (at > realNow || !(r = await call('signFor', { id: r.id }, liaison))) continue
    if (s.stage === 'in_progress') continue
    at += 2 * DAY
    if (at > realNow || !(r = await call('resolve', { id: r.id, note: '已协调相关科室办理完毕，结果已当面反馈。' }, liaison))) continue
    if (s.stage === 'resolved' || !s.rating) continue
    at += 1 * DAY
    if (at <= realNow) await call('confirm', { id: r.id, ...s.rating }, cadre)
  }
  await seedCare(rt, warn)
  return created
}
