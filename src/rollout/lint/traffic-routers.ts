import { asList, asRecord, isRecord } from './plain-data.js';

/** The traffic routers a canary's `trafficRouting` configures (`istio`, `alb`, `nginx`, …, and `plugins`). */
export interface TrafficRouters {
  /** Whether `trafficRouting` is set at all. */
  routed: boolean;
  has(router: 'istio' | 'alb' | 'smi' | 'apisix' | 'ambassador' | 'nginx' | 'appMesh' | 'traefik'): boolean;
  /** Whether any traffic router plugin is configured. */
  plugins: boolean;
  routing: Record<string, unknown>;
}

export function trafficRouters(canary: Record<string, unknown>): TrafficRouters {
  const routing = asRecord(canary.trafficRouting);
  const plugins = asRecord(routing.plugins);
  return {
    routed: isRecord(canary.trafficRouting),
    has: (router) => isRecord(routing[router]),
    plugins: Object.keys(plugins).length > 0,
    routing,
  };
}

/** The names of `trafficRouting.managedRoutes`, or undefined when the list is not written. */
export function managedRouteNames(routing: Record<string, unknown>): string[] | undefined {
  if (routing.managedRoutes === undefined) return undefined;
  return asList(routing.managedRoutes).flatMap((route) => {
    const name = asRecord(route).name;
    return typeof name === 'string' ? [name] : [];
  });
}
