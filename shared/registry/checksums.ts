/** The SHA256SUMS asset, in the format `sha256sum -c` reads: `<hex>  <name>` per line. */
export function formatSha256Sums(entries: readonly { name: string; sha256: string }[]): string {
  return entries.map(({ name, sha256 }) => `${sha256}  ${name}\n`).join('');
}

/** Name → sha256 from a SHA256SUMS text (binary-mode `*name` lines too); malformed lines are an error. */
export function parseSha256Sums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!match) throw new Error(`SHA256SUMS line ${index + 1} is not "<sha256>  <name>": ${line.slice(0, 80)}`);
    sums.set(match[2]!, match[1]!.toLowerCase());
  });
  return sums;
}
