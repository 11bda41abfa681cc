/** Ids of resources created at run time: the real prefix plus 16 random lower-case alphanumerics. */

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const ID_LENGTH = 16;

/** A fresh id such as `crn-8k2m0q4zv1b7c9xw`. */
export function newId(prefix: string): string {
  let out = prefix;
  while (out.length < prefix.length + ID_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(ID_LENGTH))) {
      // 252 = 7 × 36: dropping larger bytes keeps every character equally likely.
      if (byte < 252 && out.length < prefix.length + ID_LENGTH) out += ALPHABET[byte % 36];
    }
  }
  return out;
}
