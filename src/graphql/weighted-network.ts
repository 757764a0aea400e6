import type { Driver } from 'neo4j-driver';
import { readWeightedNetwork, type WeightedArgs } from '../network/weighted-read.js';
import type { WeightedNetwork } from '../network/weighted-view.js';
import { timeLeft, type RequestContext } from './context.js';

/** Query.weightedNetwork: the view in one read transaction, within the request's time budget. */
export function weightedNetworkResolver(driver: Driver) {
  return (
    _source: unknown,
    args: WeightedArgs,
    context: RequestContext,
  ): Promise<WeightedNetwork> =>
    readWeightedNetwork(driver, context.sessionConfig?.database ?? 'neo4j', args, {
      timeout: timeLeft(context.deadline),
      metadata: { app: 'policy-graph', requestId: context.requestId },
    });
}
