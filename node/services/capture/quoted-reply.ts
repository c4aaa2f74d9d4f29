// The new part of a reply: what the sender wrote above the quoted earlier mail. Mail clients
// mark the quote differently (">" lines, "On ... wrote:", Outlook's header block), and the
// quote holds the user's own words, which must not be read as the employer's.
const QUOTE_STARTS = [
  /^On .{4,200}wrote:\s*$/m,
  /^On .{4,120}\n.{0,120}wrote:\s*$/m,
  /^-{2,}\s*Original Message\s*-{2,}/im,
  /^_{10,}\s*$/m,
  /^From: .+\n(?:Sent|Date): .+/m,
  /^Le .{4,200}a écrit\s*:\s*$/m,
  /^Am .{4,200}schrieb .{0,100}:\s*$/m,
];

export function withoutQuotedReply(text: string): string {
  let body = text.replace(/\r\n/g, '\n');
  for (const start of QUOTE_STARTS) {
    const hit = start.exec(body);
    if (hit && hit.index > 0) body = body.slice(0, hit.index);
  }
  return body
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
