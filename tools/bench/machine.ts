/** The machine a benchmark ran on, so figures from different machines are never compared blind. */
import { cpus, totalmem, platform, release, loadavg } from 'node:os';

export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly node: string;
  readonly platform: string;
  /** One-minute load average when the run started: a busy shared machine slows every timing. */
  readonly loadAverage: number;
  readonly date: string;
}

export function machineInfo(now: Date = new Date()): MachineInfo {
  const list = cpus();
  return {
    cpuModel: (list[0]?.model ?? 'unknown').trim(),
    cores: list.length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${platform()} ${release()}`,
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
    date: now.toISOString(),
  };
}
