import { Text, View } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { SHEET_ROLE_NAMES } from '@/core/org-import-sheets'
import type { ImportState } from '../import-store'
import { IMPORT_COPY } from '../copy'
import { CountsTable, ProblemTable } from './import-report'
import './import.less'

/** The import screen: template, pick (and check), the report, the tick for missing users, apply. */
export function ImportView({ s }: { s: ImportState }) {
  const report = s.report
  const clean = !!report && report.problems.length === 0
  return (
    <View className="qb-import">
      <Text className="qb-import__p">{IMPORT_COPY.intro}</Text>
      <View className="qb-import__buttons">
        <Button size="large" fill="outline" loading={s.busy === 'template'} disabled={!!s.busy} onClick={() => void s.downloadTemplate()}>
          {IMPORT_COPY.template}
        </Button>
        <Button type="primary" size="large" loading={s.busy === 'check'} disabled={!!s.busy} onClick={() => void s.pick()}>
          {s.file ? IMPORT_COPY.pickAgain : IMPORT_COPY.pick}
        </Button>
      </View>
      {s.file && <Text className="qb-import__p qb-import__file">{s.file.name}</Text>}
      {s.busy === 'check' && <Text className="qb-import__p">{IMPORT_COPY.checking}</Text>}
      {s.error && <Text className="qb-error qb-import__p">{s.error}</Text>}
      {report && report.problems.length > 0 && (
        <View className="qb-import__section">
          <Text className="qb-import__h qb-error">{IMPORT_COPY.problemsTitle(report.problems.length)}</Text>
          <ProblemTable report={report} />
        </View>
      )}
      {clean && <Text className="qb-import__h qb-import__ok">{IMPORT_COPY.noProblems}</Text>}
      {report && (
        <View className="qb-import__section">
          <Text className="qb-import__h">{IMPORT_COPY.countsTitle}</Text>
          <CountsTable report={report} />
        </View>
      )}
      {clean && report.missing.length > 0 && (
        <View className="qb-import__section">
          <Text className="qb-import__h">{IMPORT_COPY.missingTitle(report.missing.length)}</Text>
          {report.missing.map((m) => (
            <Text key={m.id} className="qb-import__p qb-import__missing">
              {m.name}　{SHEET_ROLE_NAMES[m.role] ?? m.role}　{m.phone ?? ''}
            </Text>
          ))}
          <View className="qb-import__tick" onClick={() => s.setDeactivateMissing(!s.deactivateMissing)}>
            <Text className={`qb-import__box ${s.deactivateMissing ? 'qb-import__box--on' : ''}`}>{s.deactivateMissing ? '✓' : ''}</Text>
            <Text className="qb-import__p">{IMPORT_COPY.missingTick}</Text>
          </View>
        </View>
      )}
      {clean && report.handovers.length > 0 && (
        <View className="qb-import__section">
          <Text className="qb-import__h">{IMPORT_COPY.handoverTitle(report.handovers.length)}</Text>
          {report.handovers.map((h) => (
            <Text key={h.id} className="qb-import__p qb-import__handover">
              {h.name}（{SHEET_ROLE_NAMES[h.role] ?? h.role}，{IMPORT_COPY.handoverWhy[h.why]}）：{IMPORT_COPY.handoverWork(h.requests, h.careTasks)}
            </Text>
          ))}
        </View>
      )}
      {clean && (
        <View className="qb-import__buttons">
          <Button type="primary" size="large" loading={s.busy === 'apply'} disabled={!!s.busy} onClick={() => void s.apply()}>
            {s.busy === 'apply' ? IMPORT_COPY.applying : IMPORT_COPY.apply}
          </Button>
        </View>
      )}
      {s.result && (
        <View className="qb-import__section">
          <Text className="qb-import__h qb-import__ok">{IMPORT_COPY.applied(s.result.written)}</Text>
          <CountsTable report={s.result} />
        </View>
      )}
    </View>
  )
}
