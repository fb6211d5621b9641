/**
 * Whether process `pid` still runs (one owned by another user counts): what a build leaves behind
 * (a staging folder, a cache's temporary file) is removed only once its process is gone.
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
