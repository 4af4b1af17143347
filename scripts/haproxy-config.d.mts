export interface HaproxyOptions {
  port: number;
  statsPort: number;
  host?: string;
  statsHost?: string;
}

export function haproxyConfig(
  options: HaproxyOptions & ({ instances: number[] } | { service: { name: string; port: number; max: number } }),
): string;

export const DOCKER_HAPROXY: HaproxyOptions & { service: { name: string; port: number; max: number } };
