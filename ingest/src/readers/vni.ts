// VNI Windows, the encoding of the VNI-Times fonts: a Windows-1252 text where a vowel is written
// as its base letter followed by a mark character ("caùc" = "các"), and a few letters by one
// character of their own (ô = ơ, ö = ư, ñ = đ, ó = ĩ).

import iconv from 'iconv-lite';

/**
 * Lower-case letters and their VNI spelling, one group per base vowel (tone order: sắc, huyền,
 * hỏi, ngã, nặng). Capitals are the same strings in upper case ("AÙ" = "Á").
 */
const VNI_LOWER: Array<[string, string]> = [
  ['á', 'aù'], ['à', 'aø'], ['ả', 'aû'], ['ã', 'aõ'], ['ạ', 'aï'],
  ['ă', 'aê'], ['ắ', 'aé'], ['ằ', 'aè'], ['ẳ', 'aú'], ['ẵ', 'aü'], ['ặ', 'aë'],
  ['â', 'aâ'], ['ấ', 'aá'], ['ầ', 'aà'], ['ẩ', 'aå'], ['ẫ', 'aã'], ['ậ', 'aä'],
  ['é', 'eù'], ['è', 'eø'], ['ẻ', 'eû'], ['ẽ', 'eõ'], ['ẹ', 'eï'],
  ['ê', 'eâ'], ['ế', 'eá'], ['ề', 'eà'], ['ể', 'eå'], ['ễ', 'eã'], ['ệ', 'eä'],
  ['í', 'í'], ['ì', 'ì'], ['ỉ', 'æ'], ['ĩ', 'ó'], ['ị', 'ò'],
  ['ó', 'où'], ['ò', 'oø'], ['ỏ', 'oû'], ['õ', 'oõ'], ['ọ', 'oï'],
  ['ô', 'oâ'], ['ố', 'oá'], ['ồ', 'oà'], ['ổ', 'oå'], ['ỗ', 'oã'], ['ộ', 'oä'],
  ['ơ', 'ô'], ['ớ', 'ôù'], ['ờ', 'ôø'], ['ở', 'ôû'], ['ỡ', 'ôõ'], ['ợ', 'ôï'],
  ['ú', 'uù'], ['ù', 'uø'], ['ủ', 'uû'], ['ũ', 'uõ'], ['ụ', 'uï'],
  ['ư', 'ö'], ['ứ', 'öù'], ['ừ', 'öø'], ['ử', 'öû'], ['ữ', 'öõ'], ['ự', 'öï'],
  ['ý', 'yù'], ['ỳ', 'yø'], ['ỷ', 'yû'], ['ỹ', 'yõ'], ['ỵ', 'î'],
  ['đ', 'ñ'],
];

/** Every Vietnamese letter (both cases) and its VNI spelling. */
export const VNI_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ...VNI_LOWER,
  ...VNI_LOWER.map(([u, v]) => [u.toUpperCase(), v.toUpperCase()] as const),
];

const UNICODE_TO_VNI = new Map(VNI_PAIRS.map(([u, v]) => [u, v]));
// A capital base with a small mark ("Aù") is read by the base's case, as VNI keyboards produce both.
const VNI_TO_UNICODE = new Map<string, string>();
for (const [u, v] of VNI_LOWER) {
  VNI_TO_UNICODE.set(v, u);
  VNI_TO_UNICODE.set(v.toUpperCase(), u.toUpperCase());
  if (v.length === 2) {
    VNI_TO_UNICODE.set(v[0]!.toUpperCase() + v[1], u.toUpperCase());
    VNI_TO_UNICODE.set(v[0] + v[1]!.toUpperCase(), u);
  }
}

/** Encodes text as VNI Windows bytes; characters Windows-1252 lacks become `?`. */
export function encodeVni(text: string): Uint8Array {
  let s = '';
  for (const ch of text.normalize('NFC')) s += UNICODE_TO_VNI.get(ch) ?? ch;
  return new Uint8Array(iconv.encode(s, 'windows-1252'));
}

/** Decodes VNI Windows bytes to Unicode (NFC). */
export function decodeVni(bytes: Uint8Array): string {
  const s = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    // Every VNI mark is a Latin-1 letter from U+00C0 up.
    const two = i + 1 < s.length && s.charCodeAt(i + 1) >= 0xc0 ? VNI_TO_UNICODE.get(s.slice(i, i + 2)) : undefined;
    if (two !== undefined) {
      out += two;
      i++;
      continue;
    }
    out += VNI_TO_UNICODE.get(s[i]!) ?? s[i];
  }
  return out.normalize('NFC');
}
