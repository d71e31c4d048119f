import { Text, View } from '@tarojs/components'
import { SHEETS } from '@/core/org-import-sheets'
import type { ImportReport, SheetCounts } from '@/core/org-import-types'
import { IMPORT_COPY } from '../copy'

/** Every problem as a table row: sheet, row, column, message. */
export function ProblemTable({ report }: { report: ImportReport }) {
  return (
    <View className="qb-import__table" role="table">
      <View className="qb-import__tr qb-import__th" role="row">
        {Object.values(IMPORT_COPY.columns).map((h) => (
          <Text key={h} className="qb-import__td">{h}</Text>
        ))}
      </View>
      {report.problems.map((p, i) => (
        <View key={i} className="qb-import__tr qb-import__problem" role="row">
          <Text className="qb-import__td">{p.sheet}</Text>
          <Text className="qb-import__td">{p.row}</Text>
          <Text className="qb-import__td">{p.column}</Text>
          <Text className="qb-import__td qb-import__msg">{p.message}</Text>
        </View>
      ))}
    </View>
  )
}

const KINDS: (keyof SheetCounts)[] = ['create', 'update', 'unchanged', 'deactivate', 'remove']

/** Per sheet of the file: how many rows it would create, update, leave, deactivate, remove. */
export function CountsTable({ report }: { report: ImportReport }) {
  return (
    <View className="qb-import__table qb-import__counts" role="table">
      <View className="qb-import__tr qb-import__th" role="row">
        <Text className="qb-import__td">{IMPORT_COPY.columns.sheet}</Text>
        {KINDS.map((k) => (
          <Text key={k} className="qb-import__td">{IMPORT_COPY.counts[k]}</Text>
        ))}
      </View>
      {SHEETS.filter((s) => report.sheets.includes(s)).map((s) => (
        <View key={s} className="qb-import__tr" role="row">
          <Text className="qb-import__td">{s}</Text>
          {KINDS.map((k) => (
            <Text key={k} className="qb-import__td">{report.counts[s][k]}</Text>
          ))}
        </View>
      ))}
    </View>
  )
}
