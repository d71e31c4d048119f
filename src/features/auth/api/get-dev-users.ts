/** Demo users to pick from (local runtime only; empty on weapp). */
export { fetchDevUsers as getDevUsers } from '../../../services/dev'
