import type { ListBox } from '../../../core/contract'
import { call } from '../../../services/call'

export const listRequests = (box: ListBox, cursor?: string) =>
  call('requests', 'list', cursor ? { box, cursor } : { box })
