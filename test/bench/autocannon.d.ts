// Minimal types for the parts of autocannon the benchmark uses.
declare module 'autocannon' {
  interface Request { method?: string; path: string; headers?: Record<string, string>; body?: string }
  interface Options { url: string; headers?: Record<string, string>; connections?: number; duration?: number; amount?: number; requests?: Request[]; timeout?: number }
  interface Histogram { average: number; p50: number; p90: number; p97_5: number; p99: number; max: number }
  interface Result { errors: number; timeouts: number; non2xx: number; latency: Histogram; requests: { total: number; average: number } }
  interface Instance extends PromiseLike<Result> {
    on(event: 'response', cb: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
  }
  function autocannon(opts: Options): Instance;
  export default autocannon;
}
