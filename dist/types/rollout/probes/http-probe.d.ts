import type { HttpProbe, ProbeCheck } from './health-probe.js';
/**
 * One GET of the probe's URL. It passes when the status is the expected one and the whole answer (headers and
 * body) arrived within `max-latency`; a slow 200 fails too, because a canary that answers late is not healthy.
 * Credentials in the URL are sent as Basic auth (fetch refuses them in the URL) and never appear in the reason.
 */
export declare function checkHttpProbe(probe: HttpProbe, send?: typeof fetch): Promise<ProbeCheck>;
export declare function httpProbeEndpoint(probe: HttpProbe): string;
