/**
 * Text from outside inside what we render: the job summary and the PR comments (GitHub
 * Markdown, which allows HTML) and Slack (mrkdwn). Whatever a StateBox, oar, Errata, an error
 * message or a comment holds is shown as the characters it is: secrets masked (core/mask),
 * one line, no HTML, no link or image, no mention that notifies anybody.
 *
 * - `mdText`: inside our own Markdown sentences (status line, waits, notes, table cells):
 *   `<`, `>` and `&` become entities (no tag, no autolink `<https://…>`), `](` is broken
 *   (no `[text](url)` link or `![img](url)`), backticks are escaped (no code span swallowing
 *   our markup), `@name` and `@org/team` get a zero-width joiner after the `@` (no mention).
 * - `mdCode`: a quoted text as an inline code span (issue texts, resolutions): nothing inside
 *   a code span is rendered, linked or mentioned.
 * - `htmlText`: inside our HTML (`<summary>`): entities and mentions.
 * - `mdUrl`: a link target only when it is an http(s) URL, with the characters that could end
 *   the Markdown link percent-encoded.
 * - `slackText`: Slack's own rule (https://api.slack.com/reference/surfaces/formatting#escaping):
 *   `&`, `<`, `>` escaped, so `<!channel>`, `<@U…>` and `<url|text>` from outside stay text.
 *
 * Bare URLs are still autolinked by GitHub: they show their target, which is not hidden.
 */
import { maskText } from '../../core/mask';

/** A zero-width joiner: `@\u200dteam` reads as `@team` and mentions nobody. */
export const ZWJ = '\u200d';

// eslint-disable-next-line no-control-regex
const BREAKS_RE = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_RE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
// A GitHub mention or team mention: `@` at the start or after a character that is not part of a
// word (so `img@sha256:…` and masked emails are left alone), followed by a login character.
const MENTION_RE = /(^|[^A-Za-z0-9_.+-])@(?=[A-Za-z0-9])/g;

/** Masked, on one line, without control characters. */
export function oneLine(text: string): string {
  return maskText(text).replace(BREAKS_RE, ' ').replace(CONTROLS_RE, '');
}

/** `@name` → `@‍name`: shown the same, notifies nobody. */
export function noMentions(text: string): string {
  return text.replace(MENTION_RE, `$1@${ZWJ}`);
}

function entities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Outside text inside our Markdown: shown as it reads, nothing in it rendered as markup. */
export function mdText(text: string): string {
  return noMentions(entities(oneLine(text)).replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\]\(/g, ']\\(').replace(/!\[/g, '!\\['));
}

/** mdText for a table cell: pipes escaped too. */
export function mdCell(text: string): string {
  return mdText(text).replace(/\|/g, '\\|');
}

/** A quoted text as an inline code span, the fence longer than any backtick run inside. */
export function mdCode(text: string): string {
  const line = oneLine(text);
  if (line.trim() === '') return '';
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') || (line.startsWith(' ') && line.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

/** Outside text inside our HTML (`<summary>…</summary>`): entities and mentions. */
export function htmlText(text: string): string {
  return noMentions(entities(oneLine(text)).replace(/"/g, '&quot;'));
}

/** An http(s) URL from outside, secrets masked, as a parsed URL; undefined for anything else. */
export function webUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(maskText(url.trim()));
  } catch {
    return undefined;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
}

/** A Markdown link target: an http(s) URL, percent-encoded where it could end the link; else undefined. */
export function mdUrl(url: string | undefined): string | undefined {
  return webUrl(url)?.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/ /g, '%20');
}

/** `[text](url)` when url is a safe link target, the text alone otherwise. */
export function mdLink(text: string, url: string | undefined): string {
  const target = mdUrl(url);
  return target ? `[${text}](${target})` : text;
}

/** `&`, `<`, `>` escaped (Slack's own rule), nothing masked: for an owner's address we show. */
export function slackEscape(text: string): string {
  return entities(text);
}

/** Text from outside in a Slack message: masked, then `&`, `<`, `>` escaped (Slack's own rule). */
export function slackText(text: string): string {
  return entities(maskText(text));
}
