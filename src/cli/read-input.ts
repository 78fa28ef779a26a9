/**
 * The page to annotate, from a file, standard input or — only when the user names one —
 * an http(s) URL (the CLI's single use of the network).
 */
import { readFile } from 'node:fs/promises';
import { CliError } from './errors.ts';

export interface PageInput {
  html: string;
  /** The page's address: --url, else the fetched URL, else null. */
  url: string | null;
}

const FETCH_TIMEOUT_MS = 30_000;
const HTTP_URL = /^https?:\/\//i;
/** A tag that only HTML has, near the start (pages may begin with comments or BOM). */
const HTML_SIGNATURE = /<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p)[\s>/]/i;
const SNIFF_BYTES = 64 * 1024;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;

/** Bytes → text in the charset the page declares (HTTP header, then <meta>), else UTF-8. */
function decode(bytes: Uint8Array, contentType: string | null): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label = contentType?.match(/charset=([\w.:-]+)/i)?.[1] ?? head.match(META_CHARSET)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    // An unknown label (RangeError): fall back rather than refuse the page.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function checkHtml(bytes: Uint8Array, name: string): void {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0) || !HTML_SIGNATURE.test(new TextDecoder('latin1').decode(head))) {
    throw new CliError(`${name} does not look like an HTML page`);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readLocalFile(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`no such file: ${path}`);
    if (code === 'EISDIR') throw new CliError(`${path} is a directory, not an HTML file`);
    if (code === 'EACCES') throw new CliError(`cannot read ${path}: permission denied`);
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

async function fetchPage(url: string): Promise<{ bytes: Uint8Array; contentType: string | null; finalUrl: string }> {
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    });
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
    throw new CliError(`could not fetch ${url}: ${cause}`);
  }
  if (!response.ok) throw new CliError(`could not fetch ${url}: HTTP ${response.status}`);
  const contentType = response.headers.get('content-type');
  if (contentType !== null && !/html/i.test(contentType)) {
    throw new CliError(`${url} is not an HTML page (${contentType.split(';')[0] ?? contentType})`);
  }
  return { bytes: new Uint8Array(await response.arrayBuffer()), contentType, finalUrl: response.url || url };
}

export async function readPageInput(source: string, url: string | null): Promise<PageInput> {
  if (HTTP_URL.test(source)) {
    const { bytes, contentType, finalUrl } = await fetchPage(source);
    checkHtml(bytes, source);
    return { html: decode(bytes, contentType), url: url ?? finalUrl };
  }
  const isStdin = source === '-';
  const bytes = isStdin ? await readStdin() : await readLocalFile(source);
  const name = isStdin ? 'standard input' : source;
  if (bytes.length === 0) throw new CliError(`${name} is empty`);
  checkHtml(bytes, name);
  return { html: decode(bytes, null), url };
}
