// Type-only, never run or imported: the compiler checks that each mini-program file `x.weapp.ts`
// exports the same values, with the same types, as its default `x.ts` (which H5 and the tests run).
// The tests never execute the weapp files, so this is what keeps the two from drifting apart.
// test/lint/platform-files.test.ts fails when a `.weapp` file has no line here.

/** 'same' when each module's exports are assignable to the other's; otherwise a type naming both. */
type Same<Default, Weapp> = [Default, Weapp] extends [Weapp, Default] ? 'same' : { default: Default; weapp: Weapp }

export type PlatformParity = {
  cloud: Same<typeof import('@/services/cloud'), typeof import('@/services/cloud.weapp')>
  dev: Same<typeof import('@/services/dev'), typeof import('@/services/dev.weapp')>
  idle: Same<typeof import('@/services/idle'), typeof import('@/services/idle.weapp')>
  triggers: Same<typeof import('@/services/outbox/triggers'), typeof import('@/services/outbox/triggers.weapp')>
  uploadFile: Same<typeof import('@/services/attachments/upload-file'), typeof import('@/services/attachments/upload-file.weapp')>
  subscribe: Same<typeof import('@/services/subscribe/subscribe'), typeof import('@/services/subscribe/subscribe.weapp')>
  pageChrome: Same<typeof import('@/components/page-chrome'), typeof import('@/components/page-chrome.weapp')>
  fileUrl: Same<typeof import('@/components/photos/file-url'), typeof import('@/components/photos/file-url.weapp')>
  pickFile: Same<typeof import('@/features/admin/lib/pick-file'), typeof import('@/features/admin/lib/pick-file.weapp')>
  openWorkbook: Same<typeof import('@/services/open-workbook'), typeof import('@/services/open-workbook.weapp')>
}

export const PLATFORM_PARITY: PlatformParity = {
  cloud: 'same',
  dev: 'same',
  idle: 'same',
  triggers: 'same',
  uploadFile: 'same',
  subscribe: 'same',
  pageChrome: 'same',
  fileUrl: 'same',
  pickFile: 'same',
  openWorkbook: 'same',
}
