// Chinese names for the report (the app has its own table in src/components/request/labels.ts;
// server code does not import from the app).
export const CATEGORY_NAMES: Record<string, string> = {
  transport: '交通出行', office: '办公条件', lodging: '食宿保障', health: '身体健康/就医', family: '家庭困难',
  psych: '心理压力', other: '其他', funds: '资金项目', tech: '技术指导', materials: '物资设备', policy: '政策咨询',
  sales: '产销对接',
}
