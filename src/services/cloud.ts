/**
 * The cloud transport port. Taro picks `cloud.weapp.ts` or `cloud.h5.ts` for `import './cloud'`;
 * this file only gives TypeScript (and tests) the shape both of them export.
 */
import type { Envelope } from '../core/contract'

/** Sends one event `{action, ...payload}` to one function and answers the function's envelope. */
export type CloudTransport = (fn: string, event: Record<string, unknown>) => Promise<Envelope<unknown>>

export declare const transport: CloudTransport

/** Called once at launch (weapp: `Taro.cloud.init`). */
export declare function initCloud(): void
