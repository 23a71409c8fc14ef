// Shared by the npm projects the Maven build installs (dashboard-web, libs/storage/emulators); run with the
// project folder as the working directory.
// Runs `npm ci` only when node_modules is missing or older than package-lock.json: a clean clone
// installs exactly what the lockfile pins, and repeated builds skip a reinstall that would take
// most of their time.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';

const modifiedAt = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;

if (modifiedAt('node_modules/.package-lock.json') >= modifiedAt('package-lock.json')) {
  console.log('node_modules is up to date with package-lock.json: skipping npm ci');
} else {
  const npm = spawnSync('npm', ['ci'], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exitCode = npm.status ?? 1;
}
