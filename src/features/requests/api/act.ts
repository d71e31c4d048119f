import type { CommandType } from '../../../core/lifecycle/commands'
import type { RequestView } from '../../../core/contacts'
import { call } from '../../../services/call'
import type { CommandPayload } from '../../../core/contract'

/** One lifecycle action on a request: `requests.<action>` with its payload. */
export const act = <A extends CommandType>(action: A, payload: CommandPayload<A>) =>
  call('requests', action, payload) as Promise<RequestView>
