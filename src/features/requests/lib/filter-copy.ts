/** The words of the township and county list filters. */
export const FILTER_COPY = {
  searchLabel: '搜索编号或标题',
  searchPlaceholder: '如 QB20261123-48213 或 “大棚”',
  search: '搜索',
  status: '状态',
  all: '全部',
  unit: '承办单位',
  village: '村',
  overdue: '只看超期',
  clear: '清除筛选',
  pick: '全部',
} as const
