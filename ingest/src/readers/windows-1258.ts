// Windows-1258, Microsoft's Vietnamese code page: precomposed â ă ê ô ơ ư đ, and the five tones
// as combining marks written after the letter ("ế" = ê + U+0301).

import iconv from 'iconv-lite';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Decodes Windows-1258 bytes to NFC text. */
export function decodeWindows1258(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1258').normalize('NFC');
}

/** Encodes text as Windows-1258: each letter with its vowel mark, then its tone as a combining mark. */
export function encodeWindows1258(text: string): Uint8Array {
  const split = text.normalize('NFC').replace(/\p{L}\p{M}*/gu, (cluster) => {
    const nfd = cluster.normalize('NFD');
    const tones = nfd.match(TONES)?.join('') ?? '';
    if (!tones) return cluster;
    const base = nfd.replace(TONES, '').normalize('NFC');
    // The code page has a few toned letters of its own (à, á, í…); keep them when it does.
    return iconv.encode(cluster, 'windows-1258').includes(0x3f) ? base + tones : cluster;
  });
  return new Uint8Array(iconv.encode(split, 'windows-1258'));
}
