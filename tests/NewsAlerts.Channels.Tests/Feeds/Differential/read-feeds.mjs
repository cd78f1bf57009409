// Reads each feed file named on standard input (one path a line) with rss-parser and prints one JSON line per
// file: {"path", "items": [{"id", "title", "link", "date"}]} or {"path", "error"}. Used by the differential test.
import { readFileSync } from 'node:fs';
import Parser from 'rss-parser';

const parser = new Parser();
const paths = readFileSync(0, 'utf8').split('\n').filter(p => p.length > 0);
for (const path of paths) {
  try {
    const feed = await parser.parseString(decode(readFileSync(path)));
    const items = (feed.items ?? []).map(item => ({
      id: text(item.guid ?? item.id),
      title: text(item.title),
      link: text(item.link),
      date: item.isoDate ?? null,
    }));
    process.stdout.write(JSON.stringify({ path, items }) + '\n');
  } catch (error) {
    process.stdout.write(JSON.stringify({ path, error: String(error?.message ?? error) }) + '\n');
  }
}

// rss-parser takes a string and has no charset handling of its own: decode as a reader without an HTTP header
// must (XML 1.0 §4.3.3, F): a byte order mark, else the declaration's encoding, else UTF-8.
function decode(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, 200).toString('latin1');
  const declared = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function text(value) {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && typeof value._ === 'string') return value._;
  return JSON.stringify(value);
}
