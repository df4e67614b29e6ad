import { asList, asRecord, asString, asWholeNumber, isRecord } from './plain-data.js';

/** A TLS or TCP route of a VirtualService: its index, the ports and SNI hosts its match blocks name, its destinations. */
export interface Layer4Route {
  index: number;
  route: Record<string, unknown>;
  ports: Set<number>;
  sniHosts: Set<string>;
}

export function layer4Routes(spec: Record<string, unknown>, kind: 'tls' | 'tcp'): Layer4Route[] {
  return asList(spec[kind]).flatMap((route, index) => {
    if (!isRecord(route)) return [];
    const ports = new Set<number>();
    const sniHosts = new Set<string>();
    for (const match of asList(route.match).map(asRecord)) {
      // A match block without a port matches every port: the controller reads it as port 0.
      ports.add(asWholeNumber(match.port) ?? 0);
      for (const host of asList(match.sniHosts)) if (typeof host === 'string') sniHosts.add(host);
    }
    return [{ index, route, ports, sniHosts }];
  });
}

/**
 * The routes a Rollout's `tlsRoutes` / `tcpRoutes` entry selects, as the controller searches them: a route whose
 * match blocks name more than one port never matches; otherwise its one port (0 when none) must equal the entry's,
 * and for TLS its SNI hosts must be exactly the entry's, in any order.
 */
export function matchingLayer4Routes(routes: readonly Layer4Route[], wanted: Record<string, unknown>, kind: 'tls' | 'tcp'): Layer4Route[] {
  const port = asWholeNumber(wanted.port) ?? 0;
  const hosts = new Set(asList(wanted.sniHosts).filter((host): host is string => typeof host === 'string'));
  return routes.filter((route) => {
    if (route.ports.size > 1) return false;
    const routePort = route.ports.size === 0 ? 0 : [...route.ports][0];
    if (routePort !== port) return false;
    return kind === 'tcp' || (route.sniHosts.size === hosts.size && [...hosts].every((host) => route.sniHosts.has(host)));
  });
}

/** A short description of a Rollout's route entry for messages: `port 443, sniHosts a, b`. */
export function describeLayer4Entry(wanted: Record<string, unknown>): string {
  const hosts = asList(wanted.sniHosts).filter((host): host is string => typeof host === 'string');
  return `port ${asWholeNumber(wanted.port) ?? asString(wanted.port) ?? 0}${hosts.length > 0 ? `, sniHosts ${hosts.join(', ')}` : ''}`;
}
