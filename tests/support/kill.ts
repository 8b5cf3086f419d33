/**
 * Crash tests: the `kooperator` command killed with SIGKILL in the middle of its work. Kills are aimed at the work
 * itself, not at a guessed time: the process is watched until it says (or shows) that writing has begun, then
 * killed after the given delay, so a test holds on a slow or busy machine too.
 */
import { spawn } from 'node:child_process';
import { seeded } from '../../main/services/seededRandom';
import { KOOPERATOR_BIN } from './cli';

export interface KillableRun {
  code: number | null;
  /** Killed before it finished on its own. */
  killed: boolean;
  /** Milliseconds from the moment writing began to the end of the process (for an unkilled run). */
  writing: number;
}

/** Runs `kooperator …args`; once `started(stdout)` says writing has begun, waits `killAfter` ms (if given) and kills it. */
export function runKillable(args: string[], started: (stdout: string) => boolean, killAfter?: number): Promise<KillableRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [KOOPERATOR_BIN, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    let beganAt = 0;
    let killed = false;
    const watch = setInterval(() => {
      if (beganAt === 0 && started(stdout)) {
        beganAt = Date.now();
        if (killAfter !== undefined) setTimeout(() => (killed = child.kill('SIGKILL')), killAfter);
      }
    }, 2);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('exit', (code) => {
      clearInterval(watch);
      resolve({ code, killed: killed && code === null, writing: beganAt ? Date.now() - beganAt : 0 });
    });
  });
}

/** Kill delays from a seed, so a failing run can be repeated. */
export function killDelays(seed: number): () => number {
  return seeded(seed).next;
}
