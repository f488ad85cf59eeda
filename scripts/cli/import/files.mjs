// The files `demarche import` is given: paths, directories (walked) and globs, expanded to the
// release files to push, with each path that cannot be read as a rejection of its own.
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { FILE_KINDS } from '../release-files.mjs';

/** A path, a directory (walked) or a glob, to the list of files with a known extension. */
export async function expand(arg) {
  if (/[*?[{]/.test(arg)) {
    const parts = resolve(arg).split('/');
    const firstGlob = parts.findIndex((part) => /[*?[{]/.test(part));
    const base = parts.slice(0, firstGlob).join('/') || '/';
    const pattern = globToRegExp(resolve(arg));
    return (await walk(base)).filter((file) => pattern.test(file));
  }
  const info = await stat(arg).catch((error) => unusable(arg, error));
  if (info.rejected) return [info];
  if (info.isDirectory()) return (await walk(resolve(arg))).filter((f) => typeof f === 'object' || FILE_KINDS[extname(f).toLowerCase()]);
  return [info.isFile() ? resolve(arg) : notAFile(resolve(arg))];
}

/** Why a path cannot be imported, as a rejection the summary lists (never a silent skip or a hang). */
export function unusable(path, error) {
  const reasons = {
    ENOENT: ['IMPORT.NOT_FOUND', 'no such file or directory (or a broken link)'],
    ELOOP: ['IMPORT.SYMLINK_LOOP', 'symbolic links loop'],
    EACCES: ['IMPORT.UNREADABLE', 'permission denied'],
    EPERM: ['IMPORT.UNREADABLE', 'operation not permitted'],
  };
  const [code, message] = reasons[error.code] ?? ['IMPORT.UNREADABLE', error.message];
  return { rejected: path, code, message };
}

// A FIFO, socket or device named like a release file would block or stream forever.
const notAFile = (path) => ({ rejected: path, code: 'IMPORT.NOT_A_FILE', message: 'not a regular file' });

/** `**` any directories, `*` and `?` within one name, `{a,b}` alternatives, `[…]` classes. */
function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      re += `(?:${glob.slice(i + 1, end).split(',').map((s) => s.replace(/[.+^$()|\\]/g, '\\$&')).join('|')})`;
      i = end;
    } else if (c === '[') {
      const end = glob.indexOf(']', i);
      re += glob.slice(i, end + 1);
      i = end;
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Files under `dir`; symbolic links are followed once each (a loop is listed as rejected, not walked forever). */
async function walk(dir, seen = new Set()) {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return [];
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    return [unusable(dir, error)];
  }
  const out = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    const info = entry.isSymbolicLink() ? await stat(path).catch((error) => unusable(path, error)) : entry;
    if (info.rejected) out.push(info);
    else if (info.isDirectory()) out.push(...(await walk(path, seen)));
    else if (info.isFile()) out.push(path);
    else if (FILE_KINDS[extname(path).toLowerCase()]) out.push(notAFile(path));
  }
  return out;
}
