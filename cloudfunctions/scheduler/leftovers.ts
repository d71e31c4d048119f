import { deliverNotices } from '../_shared/announce'
import type { Database } from '../_shared/cloud'
import { ESCALATION_PAGE, type RequestRepo } from '../_shared/repos/requests'
import type { Budget } from './budget'

/**
 * Delivers request notices that a call cut off after its write left pending (SPEC §11). Delivery is
 * keyed, so a notice the dead call had already delivered is not told twice; delivered ones are
 * cleared and drop out of the query.
 */
export async function deliverLeftoverNotices(db: Database, requests: RequestRepo, cutoff: string, budget: Budget): Promise<number> {
  let delivered = 0
  for (;;) {
    const page = await requests.undeliveredBefore(cutoff)
    let now = 0
    for (const { req, notices } of page) {
      if (await deliverNotices(db, req, notices)) now += 1
      if (budget.spent()) break
    }
    delivered += now
    if (page.length < ESCALATION_PAGE || now === 0 || budget.spent()) break
  }
  return delivered
}
